/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.premortem.cli.Main;

/** The command line's contract: version, usage and exit codes. */
class CommandLineTest {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return Main.run(new PrintWriter(out), new PrintWriter(err), args);
    }

    @Test
    void versionPrintsTheBundleVersionAndSucceeds() {
        assertEquals(0, run("--version"));
        assertTrue(out.toString().matches("Premortem \\d+\\.\\d+\\.\\d+\\S*\\R"), out.toString());
        assertEquals("", err.toString());
    }

    @Test
    void helpListsUsageOnStandardOutput() {
        assertEquals(0, run("--help"));
        assertTrue(out.toString().contains("Usage: premortem"), out.toString());
    }

    @ParameterizedTest
    @ValueSource(strings = { "bogus", "--no-such-option" })
    void unknownCommandsPrintUsageOnStandardErrorAndExitTwo(String argument) {
        assertEquals(2, run(argument));
        assertTrue(err.toString().contains(argument), err.toString());
        assertTrue(err.toString().contains("Usage: premortem"), err.toString());
        assertEquals("", out.toString());
    }

    @Test
    void noCommandIsAUsageError() {
        assertEquals(2, run());
        assertTrue(err.toString().contains("Usage: premortem"), err.toString());
    }
}
