/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.interchange.xlsx;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * Makes a workbook's bytes depend on its content and the report date only. FastExcel stamps the document's creation
 * time ({@code docProps/core.xml}) with the clock; this copies the package entry by entry, in the same order, with
 * that time set to the report date (midnight UTC) and every entry dated 1980-01-01.
 */
final class FixedCreationDate {

    private static final String CORE = "docProps/core.xml";
    private static final long ENTRY_TIME = LocalDate.of(1980, 1, 1).atStartOfDay().toInstant(ZoneOffset.UTC)
            .toEpochMilli();

    private FixedCreationDate() {
    }

    static byte[] apply(byte[] workbook, LocalDate date) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(workbook.length);
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(workbook));
                ZipOutputStream zip = new ZipOutputStream(out)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                byte[] content = in.readAllBytes();
                if (CORE.equals(entry.getName())) {
                    content = new String(content, StandardCharsets.UTF_8)
                            .replaceAll("(<dcterms:created[^>]*>)[^<]*(</dcterms:created>)", "$1" + date + "T00:00:00Z$2")
                            .getBytes(StandardCharsets.UTF_8);
                }
                ZipEntry copy = new ZipEntry(entry.getName());
                copy.setTime(ENTRY_TIME);
                zip.putNextEntry(copy);
                zip.write(content);
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }
}
