/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.report.text.csv;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.premortem.core.persistence.AtomicFile;
import org.premortem.core.report.ReportExporter;
import org.premortem.core.report.ReportInput;
import org.premortem.report.ReportBuilder;
import org.premortem.report.ReportMessages;
import org.premortem.report.doc.Block;
import org.premortem.report.doc.Inline;
import org.premortem.report.doc.ReportDocument;

/**
 * The report as CSV: every table of the report in a file of its own ({@code BASE-csv/losses.csv}, ...), UTF-8 with a
 * byte order mark (so spreadsheets read it as UTF-8), CRLF line ends, links written as the display ids they show.
 */
public final class CsvReportExporter implements ReportExporter {

    public static final String ID = "csv";

    private static final String BOM = "\ufeff";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String label() {
        return ReportMessages.get("format.csv");
    }

    @Override
    public List<Path> export(ReportInput input, Path directory, String baseName) throws IOException {
        ReportDocument document = ReportBuilder.build(input);
        Path folder = Files.createDirectories(directory.resolve(baseName + "-csv"));
        List<Path> files = new ArrayList<>();
        for (Block.Table table : document.tables()) {
            Path file = folder.resolve(table.name() + ".csv");
            AtomicFile.write(file, csv(table).getBytes(StandardCharsets.UTF_8));
            files.add(file);
        }
        return files;
    }

    static String csv(Block.Table table) {
        StringBuilder out = new StringBuilder(BOM);
        line(out, table.header());
        for (Block.Row row : table.rows()) {
            line(out, row.cells().stream().map(Inline::plainText).toList());
        }
        return out.toString();
    }

    private static void line(StringBuilder out, List<String> fields) {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            out.append(CsvText.field(fields.get(i)));
        }
        out.append("\r\n");
    }
}
