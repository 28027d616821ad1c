/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.report.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.premortem.core.report.ReportInput;

/**
 * The build produces the example's reports for people to look at: {@code target/example-report/} of this bundle
 * holds the DynamoDB analysis as HTML, PDF, Markdown and CSV.
 */
class ExampleReportTest {

    @Test
    void theExampleIsReportedInEveryFormat() throws Exception {
        Path folder = Files.createDirectories(Path.of("target", "example-report"));
        ReportInput input = ReportInput.of(Reports.example(), LocalDate.of(2026, 11, 28));
        for (String format : List.of("html", "pdf", "md", "csv")) {
            for (Path file : Reports.registry().find(format).orElseThrow().export(input, folder, "dynamodb-dns")) {
                assertTrue(Files.size(file) > 20, file.toString());
            }
        }
    }
}
