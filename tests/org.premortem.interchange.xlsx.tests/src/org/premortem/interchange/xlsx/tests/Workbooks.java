/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.interchange.xlsx.tests;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.premortem.core.persistence.AnalysisStore;
import org.premortem.core.report.ReportInput;
import org.premortem.interchange.xlsx.XlsxExporter;
import org.premortem.model.stpa.Analysis;
import org.premortem.model.stpa.ControlStructure;
import org.premortem.model.stpa.UnsafeControlAction;

/** Helpers of the spreadsheet tests: exporting, hand-made workbooks, reading package parts, comparing analyses. */
final class Workbooks {

    static final LocalDate DATE = LocalDate.of(2026, 12, 1);

    private Workbooks() {
    }

    static byte[] export(Analysis analysis) {
        try {
            return XlsxExporter.bytes(ReportInput.of(analysis, DATE));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A workbook made by hand: sheet name to rows (the header first). */
    static byte[] of(Map<String, List<List<String>>> sheets) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Workbook workbook = new Workbook(out, "test", "1.0");
        for (Map.Entry<String, List<List<String>>> sheet : sheets.entrySet()) {
            Worksheet worksheet = workbook.newWorksheet(sheet.getKey());
            List<List<String>> rows = sheet.getValue();
            for (int r = 0; r < rows.size(); r++) {
                for (int c = 0; c < rows.get(r).size(); c++) {
                    worksheet.value(r, c, rows.get(r).get(c));
                }
            }
        }
        workbook.finish();
        return out.toByteArray();
    }

    static boolean hasPart(byte[] workbook, String name) throws IOException {
        try (ZipInputStream zip = new ZipInputStream(new java.io.ByteArrayInputStream(workbook))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (entry.getName().equals(name)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The text of a part of the workbook's package, such as {@code xl/workbook.xml}. */
    static String part(byte[] workbook, String name) throws IOException {
        try (ZipInputStream zip = new ZipInputStream(new java.io.ByteArrayInputStream(workbook))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (entry.getName().equals(name)) {
                    return new String(zip.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
        }
        throw new AssertionError("no part " + name);
    }

    /**
     * The analysis without what the workbook does not hold (diagram layouts, rejected scenario candidates, context
     * tables and the UCAs' links to their rows, merge-conflict records): what an import of its export must equal.
     */
    static Analysis held(Analysis analysis) {
        Analysis copy = EcoreUtil.copy(analysis);
        for (ControlStructure structure : copy.getControlStructures()) {
            structure.getDiagram().clear();
        }
        for (UnsafeControlAction uca : copy.getUnsafeControlActions()) {
            uca.getRejectedScenarios().clear();
            uca.setContextTableRow(null);
        }
        copy.getContextTables().clear();
        copy.getConflicts().clear();
        return copy;
    }

    /** The file text Premortem would save for an analysis: equal texts mean equal analyses, element by element. */
    static String saved(Analysis analysis) {
        try {
            return new String(AnalysisStore.serialize(analysis), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
