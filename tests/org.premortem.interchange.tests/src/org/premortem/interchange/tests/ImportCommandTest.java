/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.interchange.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.premortem.cli.CommandServices;
import org.premortem.cli.Main;
import org.premortem.core.interchange.AnalysisImporterRegistry;
import org.premortem.core.report.ReportExporterRegistry;
import org.premortem.core.validation.RuleRegistry;
import org.premortem.interchange.pasta.PastaImporter;
import org.premortem.validation.LossWithoutHazardRule;
import org.premortem.validation.structure.ColdStartRule;

/** {@code premortem import}: format from the extension or --format, --out, --dry-run, errors and exit codes. */
class ImportCommandTest {

    @TempDir
    Path folder;

    private StringWriter out = new StringWriter();
    private StringWriter err = new StringWriter();

    private int run(String... args) {
        out = new StringWriter();
        err = new StringWriter();
        RuleRegistry rules = RuleRegistry.fromServiceLoader(LossWithoutHazardRule.class.getClassLoader(),
                ColdStartRule.class.getClassLoader());
        AnalysisImporterRegistry importers = AnalysisImporterRegistry.fromServiceLoader(
                PastaImporter.class.getClassLoader());
        return Main.run(new CommandServices(rules, new ReportExporterRegistry(), importers), new PrintWriter(out),
                new PrintWriter(err), args);
    }

    @Test
    void importsBesideTheFileAndValidateAcceptsTheResult() throws Exception {
        Path copy = Files.copy(Pasta.EVERY_CONSTRUCT, folder.resolve("crossing.stpa"));
        assertEquals(0, run("import", copy.toString()), err.toString());
        Path written = folder.resolve("crossing.premortem");
        assertTrue(Files.isRegularFile(written));
        assertTrue(out.toString().contains("hazards                6"), out.toString());
        assertTrue(out.toString().contains("note: the header \"Barrier faults\""), out.toString());
        assertTrue(out.toString().strip().endsWith(written.toString()), out.toString());
        assertEquals(0, run("validate", written.toString()), out + "\n" + err);
        assertFalse(out.toString().contains(": error "), out.toString());
    }

    @Test
    void theDefaultOutputIsNotOverwritten() throws Exception {
        Path copy = Files.copy(Pasta.EVERY_CONSTRUCT, folder.resolve("crossing.stpa"));
        Files.writeString(folder.resolve("crossing.premortem"), "mine");
        assertEquals(2, run("import", copy.toString()));
        assertTrue(err.toString().contains("--out"), err.toString());
        assertEquals("mine", Files.readString(folder.resolve("crossing.premortem")));
        Path out = folder.resolve("other.premortem");
        assertEquals(0, run("import", copy.toString(), "--out", out.toString()), err.toString());
        assertTrue(Files.isRegularFile(out));
    }

    @Test
    void dryRunWritesNothing() throws Exception {
        Path copy = Files.copy(Pasta.CONTEXT_TABLE, folder.resolve("table.stpa"));
        assertEquals(0, run("import", copy.toString(), "--dry-run"), err.toString());
        assertTrue(out.toString().contains("dry run"), out.toString());
        assertFalse(Files.exists(folder.resolve("table.premortem")));
    }

    @Test
    void badInputNamesLineAndColumnExitsTwoAndWritesNothing() throws Exception {
        Path bad = folder.resolve("bad.stpa");
        Files.writeString(bad, "Losses\nL1 \"a\"\nHazards\nH1 \"b\" [L2]\n");
        assertEquals(2, run("import", bad.toString()));
        assertEquals(bad + ":4:9: no loss named 'L2'", err.toString().strip());
        assertFalse(Files.exists(folder.resolve("bad.premortem")));
    }

    @Test
    void theFormatComesFromTheExtensionOrFromFormat() throws Exception {
        Path text = Files.copy(Pasta.EVERY_CONSTRUCT, folder.resolve("crossing.txt"));
        assertEquals(2, run("import", text.toString()));
        assertTrue(err.toString().contains("--format") && err.toString().contains("pasta"), err.toString());
        assertEquals(2, run("import", text.toString(), "--format", "visio"));
        assertTrue(err.toString().contains("unknown import format 'visio'"), err.toString());
        assertEquals(0, run("import", text.toString(), "--format", "PASTA", "--dry-run"), err.toString());
    }
}
