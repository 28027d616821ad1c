/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.interchange.xlsx;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.dhatim.fastexcel.Position;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.premortem.core.query.AnalysisQuery;
import org.premortem.core.query.UcaCategories;
import org.premortem.model.stpa.Analysis;
import org.premortem.model.stpa.Component;
import org.premortem.model.stpa.ControlAction;
import org.premortem.model.stpa.NotApplicableEntry;
import org.premortem.model.stpa.NotApplicableVerdict;
import org.premortem.model.stpa.UcaCategory;
import org.premortem.model.stpa.UnsafeControlAction;

/**
 * Writes the STPA Handbook's UCA table of each controller as a sheet for printing: a row per control action, a column
 * per category; each cell lists its UCAs ("UCA-3: text [H-1, H-2]") and its not-applicable entries with their
 * rationale. Printed landscape, one page wide, the title and header rows repeated on every page, text wrapped, the
 * print area set to the table, page numbers in the footer.
 */
final class UcaMatrixSheets {

    /** Longest sheet name a spreadsheet accepts. */
    private static final int MAX_SHEET_NAME = 31;

    private UcaMatrixSheets() {
    }

    static void write(Analysis analysis, Workbook workbook) {
        AnalysisQuery query = new AnalysisQuery(analysis);
        List<String> names = new ArrayList<>();
        for (Component controller : query.controllers()) {
            List<ControlAction> actions = query.controlActionsOf(controller);
            if (!actions.isEmpty()) {
                String name = sheetName(controller, names);
                names.add(name);
                writeTable(query, controller, actions, workbook.newWorksheet(name));
            }
        }
    }

    private static String sheetName(Component controller, List<String> taken) {
        String base = Messages.get("sheet.matrix", CellText.displayId(controller)).replaceAll("[\\\\/?*\\[\\]:]", "_");
        base = base.length() > MAX_SHEET_NAME ? base.substring(0, MAX_SHEET_NAME) : base;
        String name = base;
        for (int n = 2; taken.contains(name); n++) {
            String suffix = " (" + n + ")";
            name = base.substring(0, Math.min(base.length(), MAX_SHEET_NAME - suffix.length())) + suffix;
        }
        return name;
    }

    private static void writeTable(AnalysisQuery query, Component controller, List<ControlAction> actions,
            Worksheet sheet) {
        UcaCategory[] categories = UcaCategory.values();
        int lastColumn = categories.length;
        sheet.value(0, 0, Messages.get("matrix.title", controller.getName(), CellText.displayId(controller)));
        sheet.style(0, 0).bold().fontSize(14).set();
        sheet.value(1, 0, Messages.get("matrix.controlAction"));
        for (int c = 0; c < categories.length; c++) {
            sheet.value(1, c + 1, Messages.get("matrix.category." + categories[c].getName()));
        }
        sheet.range(1, 0, 1, lastColumn).style().bold().fillColor("DDDDDD").wrapText(true).verticalAlignment("top")
                .borderStyle("thin").set();
        int row = 2;
        for (ControlAction action : actions) {
            sheet.value(row, 0, CellText.displayId(action) + ": " + nullToEmpty(action.getName()));
            for (int c = 0; c < categories.length; c++) {
                sheet.value(row, c + 1, cell(query, action, categories[c]));
            }
            sheet.range(row, 0, row, lastColumn).style().wrapText(true).verticalAlignment("top").borderStyle("thin")
                    .set();
            row++;
        }
        sheet.width(0, 24);
        for (int c = 1; c <= lastColumn; c++) {
            sheet.width(c, 40);
        }
        sheet.pageOrientation("landscape");
        sheet.fitToWidth((short) 1);
        sheet.fitToHeight((short) 0);
        sheet.repeatRows(0, 1);
        sheet.addNamedRange(sheet.range(0, 0, row - 1, lastColumn), "_xlnm.Print_Area");
        sheet.footer(Messages.get("matrix.footer"), Position.CENTER);
        sheet.freezePane(1, 2);
    }

    private static String cell(AnalysisQuery query, ControlAction action, UcaCategory category) {
        List<String> entries = new ArrayList<>();
        for (UnsafeControlAction uca : query.ucasOf(action)) {
            if (uca.getType() != null && UcaCategories.categoryOf(uca.getType()) == category) {
                String hazards = uca.getHazards().stream().map(CellText::displayId)
                        .collect(Collectors.joining(", ", " [", "]"));
                entries.add(CellText.displayId(uca) + ": " + nullToEmpty(uca.getText())
                        + (uca.getHazards().isEmpty() ? "" : hazards));
            }
        }
        for (NotApplicableEntry entry : query.notApplicableOf(action)) {
            if (entry.getCategory() == category) {
                String verdict = Messages.get(entry.getVerdict() == NotApplicableVerdict.NOT_HAZARDOUS
                        ? "matrix.notHazardous" : "matrix.notApplicable", CellText.displayId(entry));
                String rationale = entry.getRationale();
                entries.add(rationale == null || rationale.isBlank() ? verdict
                        : Messages.get("matrix.rationale", verdict, rationale));
            }
        }
        return entries.isEmpty() ? Messages.get("matrix.empty") : String.join("\n\n", entries);
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }
}
