/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.interchange.xlsx.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.premortem.cli.CommandServices;
import org.premortem.cli.Main;
import org.premortem.core.interchange.AnalysisImporterRegistry;
import org.premortem.core.persistence.AnalysisStore;
import org.premortem.core.report.ReportExporterRegistry;
import org.premortem.core.validation.RuleRegistry;
import org.premortem.examples.DynamoDbDnsExample;
import org.premortem.interchange.reqif.ReqifExporter;
import org.premortem.interchange.xlsx.XlsxExporter;
import org.premortem.model.stpa.Analysis;

/**
 * The command line: {@code report --format xlsx,reqif} writes both files; {@code import FILE.xlsx} makes an analysis;
 * {@code import --update EXISTING [--delete-missing] [--dry-run]} changes one and prints the change summary; errors
 * name sheet, row and column and write nothing.
 */
class XlsxCommandTest {

    @TempDir
    Path folder;

    private StringWriter out = new StringWriter();
    private StringWriter err = new StringWriter();

    private int run(String... args) {
        out = new StringWriter();
        err = new StringWriter();
        ReportExporterRegistry reports = ReportExporterRegistry.fromServiceLoader(
                XlsxExporter.class.getClassLoader(), ReqifExporter.class.getClassLoader());
        AnalysisImporterRegistry importers = AnalysisImporterRegistry.fromServiceLoader(
                XlsxExporter.class.getClassLoader());
        return Main.run(new CommandServices(new RuleRegistry(), reports, importers), new PrintWriter(out),
                new PrintWriter(err), args);
    }

    private Path saved(Analysis analysis, String name) throws Exception {
        Path file = folder.resolve(name);
        AnalysisStore.save(analysis, file);
        return file;
    }

    @Test
    void reportWritesTheWorkbookAndTheReqifFile() throws Exception {
        Path model = saved(DynamoDbDnsExample.build(), "dns.premortem");

        assertEquals(0, run("report", model.toString(), "--format", "xlsx,reqif", "--date", "2026-12-01",
                "--no-validation"), err.toString());

        assertTrue(Files.size(folder.resolve("dns.xlsx")) > 0);
        assertTrue(Files.readString(folder.resolve("dns.reqif")).contains("<REQ-IF "));
    }

    @Test
    void anExportedWorkbookImportsAsTheSameAnalysis() throws Exception {
        Analysis example = DynamoDbDnsExample.build();
        Path workbook = folder.resolve("dns.xlsx");
        Files.write(workbook, Workbooks.export(example));

        assertEquals(0, run("import", workbook.toString()), err.toString());

        Analysis imported = AnalysisStore.load(folder.resolve("dns.premortem"));
        assertEquals(Workbooks.saved(Workbooks.held(example)), Workbooks.saved(imported));
    }

    @Test
    void updateWithDeleteMissingPrintsTheSummaryAndRewritesTheFile() throws Exception {
        Analysis example = DynamoDbDnsExample.build();
        Path model = saved(example, "dns.premortem");
        Analysis edited = EcoreUtil.copy(example);
        edited.getRequirements().get(0).setText("Planner checks the plan generation before it issues a plan");
        EcoreUtil.delete(edited.getRequirements().get(edited.getRequirements().size() - 1), true);
        Path workbook = folder.resolve("review.xlsx");
        Files.write(workbook, Workbooks.export(edited));
        byte[] before = Files.readAllBytes(model);

        assertEquals(0, run("import", workbook.toString(), "--update", model.toString(), "--delete-missing",
                "--dry-run"), err.toString());
        assertTrue(out.toString().startsWith("0 added, 1 changed, 0 moved, 1 removed"), out.toString());
        assertArrayEquals(before, Files.readAllBytes(model), "a dry run writes nothing");

        assertEquals(0, run("import", workbook.toString(), "--update", model.toString(), "--delete-missing"),
                err.toString());
        assertTrue(out.toString().contains("changed REQ-1: Text"), out.toString());
        assertTrue(out.toString().strip().endsWith(model.toString()), out.toString());
        assertEquals(Workbooks.saved(Workbooks.held(edited)), Workbooks.saved(Workbooks.held(AnalysisStore.load(model))));
    }

    @Test
    void aBadRowNamesSheetRowAndColumnAndWritesNothing() throws Exception {
        Path model = saved(DynamoDbDnsExample.build(), "dns.premortem");
        byte[] before = Files.readAllBytes(model);
        Path workbook = folder.resolve("bad.xlsx");
        Files.write(workbook, Workbooks.of(java.util.Map.of("Hazards", java.util.List.of(
                java.util.List.of("Id", "Text", "Losses"), java.util.List.of("H-1", "Changed", "L-42")))));

        assertEquals(2, run("import", workbook.toString(), "--update", model.toString()));

        assertEquals(workbook + ":Hazards:row 2:column C (Losses): no element has the id L-42", err.toString().strip());
        assertArrayEquals(before, Files.readAllBytes(model));
    }

    @Test
    void deleteMissingNeedsUpdate() throws Exception {
        Path workbook = folder.resolve("dns.xlsx");
        Files.write(workbook, Workbooks.export(DynamoDbDnsExample.build()));

        assertEquals(2, run("import", workbook.toString(), "--delete-missing"));

        assertEquals("premortem: --delete-missing needs --update EXISTING.premortem", err.toString().strip());
        assertFalse(Files.exists(folder.resolve("dns.premortem")));
    }
}
