/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.cli.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.premortem.cli.Main;
import org.premortem.core.persistence.AnalysisStore;

/** {@code premortem generate}: a synthetic analysis of the requested size, the same file for the same seed. */
class GenerateCommandTest {

    @TempDir
    Path folder;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return Main.run(new PrintWriter(out), new PrintWriter(err), args);
    }

    @Test
    void writesTheRequestedUcasDeterministically() throws IOException {
        Path first = folder.resolve("first.premortem");
        Path second = folder.resolve("second.premortem");

        assertEquals(0, run("generate", "--ucas", "40", "--seed", "9", "--out", first.toString()), err.toString());
        assertEquals(0, run("generate", "--ucas", "40", "--seed", "9", "--out", second.toString()), err.toString());

        assertEquals(40, AnalysisStore.load(first).getUnsafeControlActions().size());
        assertArrayEquals(Files.readAllBytes(first), Files.readAllBytes(second));
        assertTrue(out.toString().startsWith(first + ": 40 UCAs (seed 9)"), out.toString());
    }

    @Test
    void theSeedIsOptionalAndThenOne() throws IOException {
        Path implicit = folder.resolve("implicit.premortem");
        Path explicit = folder.resolve("explicit.premortem");
        assertEquals(0, run("generate", "--ucas", "5", "--out", implicit.toString()));
        assertEquals(0, run("generate", "--ucas", "5", "--seed", "1", "--out", explicit.toString()));
        assertArrayEquals(Files.readAllBytes(implicit), Files.readAllBytes(explicit));
    }

    @Test
    void badSizesAndMissingOptionsAreUsageErrors() {
        assertEquals(2, run("generate", "--ucas", "0", "--out", folder.resolve("x.premortem").toString()));
        assertTrue(err.toString().contains("--ucas must be at least 1"), err.toString());
        assertEquals(2, run("generate", "--ucas", "5"));
        assertEquals(2, run("generate", "--out", folder.resolve("y.premortem").toString()));
        assertFalse(Files.exists(folder.resolve("x.premortem")));
    }

    @Test
    void anUnwritableFileIsReportedOnOneLine() {
        Path nowhere = folder.resolve("missing-folder").resolve("x.premortem");
        assertEquals(2, run("generate", "--ucas", "5", "--out", nowhere.toString()));
        assertEquals("premortem: " + nowhere + ": cannot write the file (its folder does not exist); the previous "
                + "file, if any, is unchanged", err.toString().strip());
    }
}
