/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.interchange.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.premortem.model.stpa.Analysis;

/**
 * Import, export, import again: the second analysis has the same elements, texts, display ids, links and notes as
 * the first (everything PASTA can hold), and exporting it gives the same file again.
 */
class PastaRoundTripTest {

    @TempDir
    Path folder;

    static Stream<Path> fixtures() {
        return Stream.of(Pasta.EVERY_CONSTRUCT, Pasta.CONTEXT_TABLE, Pasta.RULE_TYPES);
    }

    @ParameterizedTest
    @MethodSource("fixtures")
    void importAfterExportKeepsEveryElement(Path fixture) throws Exception {
        Analysis first = Pasta.read(fixture).analysis();
        Path exported = Pasta.write(first, folder, "once");
        Analysis second = Pasta.read(exported).analysis();
        assertEquals(AnalysisOutline.of(first), AnalysisOutline.of(second));
        assertEquals(notes(first), notes(second));
        Path again = Pasta.write(second, folder, "twice");
        assertEquals(body(exported), body(again), "export is a fixed point after one round");
        assertFalse(Files.readString(exported).contains("Not in PASTA"), Files.readString(exported));
    }

    @ParameterizedTest
    @MethodSource("fixtures")
    void theExportIsTheFixtureApartFromCommentsAndQuotes(Path fixture) throws Exception {
        Path exported = Pasta.write(Pasta.read(fixture).analysis(), folder, "out");
        assertEquals(tokens(Files.readString(fixture)), tokens(Files.readString(exported)));
    }

    private static String notes(Analysis analysis) {
        String description = analysis.getDescription();
        return description.substring(description.indexOf("PASTA notes"));
    }

    private static String body(Path file) throws Exception {
        return Files.readString(file).lines().filter(l -> !l.startsWith("//")).reduce("", (a, b) -> a + b + "\n");
    }

    /** The text without comments, with single quotes as double and without label lines equal to the node name. */
    private static List<String> tokens(String text) {
        String code = text.replaceAll("(?s)/\\*.*?\\*/", "").replaceAll("//[^\\n]*", "").replace('\'', '"')
                .replaceAll("(?m)^\\s*label \"Dispatcher\"\\s*$", "");
        return List.of(code.strip().split("\\s+"));
    }
}
