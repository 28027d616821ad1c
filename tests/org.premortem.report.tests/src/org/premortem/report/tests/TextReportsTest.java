/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.report.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.premortem.model.stpa.Analysis;
import org.premortem.model.stpa.UnsafeControlAction;

/** Markdown with SVG files beside it, CSV with one file per table; all formats repeat their bytes. */
class TextReportsTest {

    @Test
    void markdownHasEverySectionEveryUcaAndItsDiagramAsAFile(@TempDir Path folder) throws Exception {
        Analysis analysis = Reports.example();
        List<Path> files = Reports.export("md", analysis, folder);
        assertEquals(List.of("report.md", "report-control-structure-CS-1.svg"),
                files.stream().map(p -> p.getFileName().toString()).toList());
        String markdown = Files.readString(files.get(0), StandardCharsets.UTF_8);
        for (String heading : List.of("## 2 Losses", "## 3 Hazards", "### 7.2 CMP-2: Enactor", "## 12 Coverage")) {
            assertTrue(markdown.contains("\n" + heading + "\n"), heading);
        }
        for (UnsafeControlAction uca : analysis.getUnsafeControlActions()) {
            assertTrue(markdown.contains("<a id=\"" + uca.getDisplayId() + "\"></a>**" + uca.getDisplayId() + "**"),
                    uca.getDisplayId());
        }
        assertTrue(markdown.contains("![Figure 1: CS-1: DynamoDB DNS management](report-control-structure-CS-1.svg)"));
        assertTrue(Files.readString(files.get(1)).startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<svg "));
    }

    @Test
    void csvWritesEachTableToItsOwnFile(@TempDir Path folder) throws Exception {
        List<Path> files = Reports.export("csv", Reports.example(), folder);
        List<String> names = files.stream().map(p -> p.getFileName().toString()).toList();
        assertTrue(names.containsAll(List.of("losses.csv", "hazards.csv", "uca-table-CMP-2.csv", "ucas.csv",
                "loss-scenarios.csv", "requirements.csv", "traceability-hazards-losses.csv", "coverage.csv")), names
                        .toString());
        List<List<String>> losses = Csv.read(folder.resolve("report-csv").resolve("losses.csv"));
        assertEquals(List.of(List.of("ID", "Loss"), List.of("L-1",
                "Users cannot connect to DynamoDB (loss of service: the DynamoDB API is unreachable)")), losses);
        List<List<String>> ucas = Csv.read(folder.resolve("report-csv").resolve("ucas.csv"));
        assertEquals(14, ucas.size(), "header and 13 UCAs");
        assertEquals("UCA-9", ucas.get(9).get(0));
        assertEquals("H-1", ucas.get(9).get(5));
    }

    @ParameterizedTest
    @ValueSource(strings = { "html", "md", "csv", "pdf" })
    void theSameModelGivesTheSameBytes(String format, @TempDir Path first, @TempDir Path second) throws Exception {
        List<Path> one = Reports.export(format, Reports.example(), first);
        List<Path> two = Reports.export(format, Reports.example(), second);
        assertEquals(one.size(), two.size());
        for (int i = 0; i < one.size(); i++) {
            assertArrayEquals(Files.readAllBytes(one.get(i)), Files.readAllBytes(two.get(i)), one.get(i).toString());
        }
    }
}
