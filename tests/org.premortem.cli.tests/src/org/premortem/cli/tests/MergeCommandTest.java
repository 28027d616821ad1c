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
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.premortem.cli.CommandServices;
import org.premortem.cli.Main;
import org.premortem.core.validation.RuleRegistry;
import org.premortem.validation.LossWithoutHazardRule;
import org.premortem.validation.structure.ColdStartRule;

/**
 * {@code premortem merge BASE OURS THEIRS -o OUT}: 0 clean, 1 conflicts recorded in a file that loads and that
 * {@code validate} reports with both values, 2 bad input with nothing written.
 */
class MergeCommandTest {

    private static final String UCA3_TEXT = "displayId=\"UCA-3\" text=\"Enactor does not add a plan to Route53";
    private static final String UCA5 = "displayId=\"UCA-5\" text=\"";

    @TempDir
    Path folder;

    private StringWriter out = new StringWriter();
    private StringWriter err = new StringWriter();

    private int run(String... args) {
        out = new StringWriter();
        err = new StringWriter();
        RuleRegistry rules = RuleRegistry.fromServiceLoader(LossWithoutHazardRule.class.getClassLoader(),
                ColdStartRule.class.getClassLoader());
        return Main.run(new CommandServices(rules), new PrintWriter(out), new PrintWriter(err), args);
    }

    private Path version(String name, String from, String to) throws IOException {
        String text = Files.readString(StatsCommandTest.EXAMPLE, StandardCharsets.UTF_8);
        String edited = from == null ? text : text.replace(from, to);
        assertTrue(from == null || !edited.equals(text), from);
        Path file = folder.resolve(name + ".premortem");
        Files.writeString(file, edited, StandardCharsets.UTF_8);
        return file;
    }

    @Test
    void editsOfDifferentElementsMergeCleanly() throws IOException {
        Path base = version("base", null, null);
        Path ours = version("ours", UCA3_TEXT, "displayId=\"UCA-3\" text=\"Ours: Enactor does not add a plan to Route53");
        Path theirs = version("theirs", UCA5, UCA5 + "Theirs: ");
        Path merged = folder.resolve("merged.premortem");

        assertEquals(0, run("merge", base.toString(), ours.toString(), theirs.toString(), "-o", merged.toString()),
                err.toString());

        String text = Files.readString(merged);
        assertTrue(text.contains("text=\"Ours: Enactor does not add"), text);
        assertTrue(text.contains(UCA5 + "Theirs: "), text);
        assertEquals(0, run("diff", base.toString(), merged.toString(), "--format", "json") == 1 ? 0 : 1);
        assertEquals(0, run("validate", merged.toString()));
    }

    @Test
    void conflictsAreRecordedAndValidateReportsBothValues() throws IOException {
        Path base = version("base", null, null);
        Path ours = version("ours", UCA3_TEXT, "displayId=\"UCA-3\" text=\"Ours wording");
        Path theirs = version("theirs", UCA3_TEXT, "displayId=\"UCA-3\" text=\"Theirs wording");
        Path merged = folder.resolve("merged.premortem");

        assertEquals(1, run("merge", base.toString(), ours.toString(), theirs.toString(), "-o", merged.toString()),
                err.toString());
        assertTrue(out.toString().contains("conflict: UCA-3"), out.toString());
        assertTrue(out.toString().contains("1 conflicts recorded in " + merged), out.toString());

        String text = Files.readString(merged);
        assertFalse(text.contains("<<<<<<<"), text);
        assertTrue(text.contains("displayId=\"UCA-3\" text=\"Ours wording"), text);

        assertEquals(1, run("validate", merged.toString()), out + "\n" + err);
        String findings = out.toString();
        assertTrue(findings.contains("error stpa.merge-conflict UCA-3: merge conflict on UCA-3"), findings);
        assertTrue(findings.contains("ours \"Ours wording"), findings);
        assertTrue(findings.contains("theirs \"Theirs wording"), findings);
    }

    @Test
    void withoutOutTheMergedFileGoesToStandardOutput() throws IOException {
        Path base = version("base", null, null);
        assertEquals(0, run("merge", base.toString(), base.toString(), base.toString()), err.toString());
        assertEquals(Files.readString(base), out.toString());
    }

    @Test
    void badInputExitsTwoAndWritesNothing() throws IOException {
        Path base = version("base", null, null);
        Path bad = folder.resolve("bad.premortem");
        Files.writeString(bad, "<?xml version=\"1.0\"?>\n<nope>\n");
        Path merged = folder.resolve("merged.premortem");
        Files.writeString(merged, "previous");

        assertEquals(2, run("merge", base.toString(), bad.toString(), base.toString(), "-o", merged.toString()));

        assertTrue(err.toString().startsWith("premortem: " + bad + ":"), err.toString());
        assertArrayEquals("previous".getBytes(StandardCharsets.UTF_8), Files.readAllBytes(merged));
    }

    @Test
    void anOutThatCannotBeWrittenExitsTwoWithOneLine() throws IOException {
        Path base = version("base", null, null);
        Path folderAsOut = Files.createDirectories(folder.resolve("a-folder"));

        assertEquals(2, run("merge", base.toString(), base.toString(), base.toString(), "-o", folderAsOut.toString()));

        assertTrue(err.toString().startsWith("premortem: " + folderAsOut + ": cannot write the merged analysis"),
                err.toString());
        assertEquals(1, err.toString().lines().count(), err.toString());
    }

    @Test
    void versionsOfDifferentAnalysesExitTwo() throws IOException {
        Path base = version("base", null, null);
        Path other = version("other", "id=\"_hyem2fIYZNK1uaQApBwKxA\"", "id=\"_AAAAAAAAAAAAAAAAAAAAAA\"");
        Path merged = folder.resolve("merged.premortem");

        assertEquals(2, run("merge", base.toString(), base.toString(), other.toString(), "-o", merged.toString()));

        assertTrue(err.toString().contains("not versions of one analysis"), err.toString());
        assertFalse(Files.exists(merged));
    }
}
