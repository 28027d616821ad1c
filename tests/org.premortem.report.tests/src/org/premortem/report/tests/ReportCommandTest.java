/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.report.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.premortem.cli.CommandServices;
import org.premortem.cli.Main;
import org.premortem.core.validation.RuleRegistry;
import org.premortem.validation.LossWithoutHazardRule;

/** {@code premortem report}: writes the formats asked for, prints their paths; bad input exits 2 with one line. */
class ReportCommandTest {

    @TempDir
    Path folder;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandServices services = new CommandServices(RuleRegistry.fromServiceLoader(
                LossWithoutHazardRule.class.getClassLoader()), Reports.registry());
        return Main.run(services, new PrintWriter(out), new PrintWriter(err), args);
    }

    @Test
    void writesEveryFormatAndPrintsThePaths() throws Exception {
        Path dir = folder.resolve("new/out");
        assertEquals(0, run("report", Reports.EXAMPLE.toString(), "--format", "html,pdf,md,csv", "--out",
                dir.toString(), "--date", "2026-01-02"), err.toString());
        List<String> written = out.toString().lines().toList();
        assertEquals(dir.resolve("dynamodb-dns.html").toString(), written.get(0));
        assertEquals(dir.resolve("dynamodb-dns.pdf").toString(), written.get(1));
        assertEquals(dir.resolve("dynamodb-dns.md").toString(), written.get(2));
        assertTrue(written.contains(dir.resolve("dynamodb-dns-csv").resolve("ucas.csv").toString()), written.toString());
        for (String path : written) {
            assertTrue(Files.size(Path.of(path)) > 0, path);
        }
        String html = Files.readString(dir.resolve("dynamodb-dns.html"));
        assertTrue(html.contains("2026-01-02"), "the date given");
        assertTrue(html.contains("id=\"s-findings\""), "validation ran and its findings are in the report");
        assertEquals("", err.toString());
    }

    @Test
    void htmlIsTheDefaultFormatAndNoValidationLeavesFindingsOut() throws Exception {
        assertEquals(0, run("report", Reports.EXAMPLE.toString(), "--out", folder.toString(), "--no-validation"));
        assertEquals(List.of(folder.resolve("dynamodb-dns.html").toString()), out.toString().lines().toList());
        assertTrue(!Files.readString(folder.resolve("dynamodb-dns.html")).contains("id=\"s-findings\""));
    }

    @Test
    void unknownFormatBadDateAndBadFileExitTwoWithOneLine() throws Exception {
        assertEquals(2, run("report", Reports.EXAMPLE.toString(), "--format", "html,docx", "--out",
                folder.toString()));
        assertEquals("premortem: unknown report format 'docx' (known: csv, html, md, pdf)", err.toString().strip());
        err.getBuffer().setLength(0);
        assertEquals(2, run("report", Reports.EXAMPLE.toString(), "--date", "yesterday"));
        assertEquals(1, err.toString().lines().count(), err.toString());
        err.getBuffer().setLength(0);
        assertEquals(2, run("report", folder.resolve("missing.premortem").toString(), "--out", folder.toString()));
        assertEquals(1, err.toString().lines().count(), err.toString());
        assertEquals("", out.toString());
        try (var files = Files.list(folder)) {
            assertEquals(0, files.count(), "nothing written");
        }
    }
}
