/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.interchange.pasta;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.premortem.core.report.ReportExporter;
import org.premortem.core.report.ReportInput;

/**
 * Writes an analysis as a PASTA {@code .stpa} file ({@code premortem report --format pasta}, File &gt; Export). What
 * PASTA cannot hold is listed in comments at the top of the file. The same analysis gives the same bytes.
 */
public final class PastaExporter implements ReportExporter {

    @Override
    public String id() {
        return "pasta";
    }

    @Override
    public String label() {
        return Messages.get("label");
    }

    @Override
    public List<Path> export(ReportInput input, Path directory, String baseName) throws IOException {
        Path file = directory.resolve(baseName + ".stpa");
        Files.writeString(file, PastaWriter.write(input.analysis()), StandardCharsets.UTF_8);
        return List.of(file);
    }
}
