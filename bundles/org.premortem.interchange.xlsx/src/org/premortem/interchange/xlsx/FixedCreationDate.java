/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.interchange.xlsx;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
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
        Path temporary = Files.createTempFile("premortem-", ".xlsx");
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            Files.write(temporary, workbook);
            copy(temporary, zip, date);
        } finally {
            Files.deleteIfExists(temporary);
        }
        return out.toByteArray();
    }

    /** Reads through the central directory: FastExcel's entries carry their sizes only there and after the data. */
    private static void copy(Path workbook, ZipOutputStream zip, LocalDate date) throws IOException {
        try (ZipFile in = new ZipFile(workbook.toFile())) {
            for (ZipEntry entry : java.util.Collections.list(in.entries())) {
                byte[] content;
                try (InputStream stream = in.getInputStream(entry)) {
                    content = stream.readAllBytes();
                }
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
    }
}
