/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.interchange.xlsx;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;
import org.premortem.model.stpa.Analysis;
import org.premortem.model.stpa.IdentifiedElement;

/**
 * Writes the relational part of the workbook: the analysis sheet (name, description, counters) and one sheet per
 * kind of element, a row per element in document order, with the columns of {@link Columns}. The import reads these
 * sheets back ({@link WorkbookImport}).
 */
final class RelationalSheets {

    private static final double WIDE = 60;
    private static final double NARROW = 14;

    private RelationalSheets() {
    }

    static void write(Analysis analysis, Workbook workbook) {
        writeAnalysis(analysis, workbook.newWorksheet(Messages.get("sheet.ANALYSIS")));
        for (SheetKind kind : SheetKind.values()) {
            writeKind(analysis, kind, workbook.newWorksheet(kind.sheetName()));
        }
    }

    /** The elements of a sheet in document order (parents before their parts). */
    static List<IdentifiedElement> elementsOf(Analysis analysis, SheetKind kind) {
        List<IdentifiedElement> elements = new ArrayList<>();
        for (TreeIterator<EObject> it = analysis.eAllContents(); it.hasNext();) {
            EObject next = it.next();
            if (next instanceof IdentifiedElement element && kind.holds(next.eClass())) {
                elements.add(element);
            }
        }
        return elements;
    }

    private static void writeAnalysis(Analysis analysis, Worksheet sheet) {
        header(sheet, List.of(Messages.get("analysis.property"), Messages.get("analysis.value")));
        String counters = analysis.getDisplayIdCounters().stream().map(c -> c.getPrefix() + " " + c.getLast())
                .collect(Collectors.joining(CellText.LINE));
        String[][] rows = {
            {Messages.get("analysis.name"), analysis.getName()},
            {Messages.get("analysis.description"), analysis.getDescription()},
            {Messages.get("analysis.permanentId"), analysis.getId()},
            {Messages.get("analysis.counters"), counters}};
        for (int r = 0; r < rows.length; r++) {
            sheet.value(r + 1, 0, rows[r][0]);
            if (rows[r][1] != null && !rows[r][1].isEmpty()) {
                sheet.value(r + 1, 1, rows[r][1]);
                sheet.style(r + 1, 1).wrapText(true).set();
            }
        }
        sheet.width(0, 22);
        sheet.width(1, 80);
    }

    private static void writeKind(Analysis analysis, SheetKind kind, Worksheet sheet) {
        List<Column> columns = Columns.of(kind);
        header(sheet, columns.stream().map(Column::header).toList());
        int row = 1;
        for (IdentifiedElement element : elementsOf(analysis, kind)) {
            for (int c = 0; c < columns.size(); c++) {
                Object value = valueOf(element, columns.get(c));
                if (value instanceof Integer number) {
                    sheet.value(row, c, number);
                } else if (value instanceof String text && !text.isEmpty()) {
                    sheet.value(row, c, text);
                    if (text.length() > NARROW) {
                        sheet.style(row, c).wrapText(true).set();
                    }
                }
            }
            row++;
        }
        for (int c = 0; c < columns.size(); c++) {
            Column column = columns.get(c);
            boolean wide = column.role() == Column.Role.FEATURE && column.feature().getEType().getInstanceClass() == String.class
                    || column.role() == Column.Role.CAUSAL_FACTORS;
            sheet.width(c, wide ? WIDE : column.role() == Column.Role.PERMANENT_ID ? 27 : NARROW);
        }
        sheet.freezePane(1, 1);
    }

    private static Object valueOf(IdentifiedElement element, Column column) {
        return switch (column.role()) {
            case ID -> CellText.displayId(element);
            case CLASS -> CellText.className(element.eClass());
            case PART_OF -> element.eContainer() instanceof IdentifiedElement parent
                    && !(parent instanceof Analysis) ? CellText.displayId(parent) : null;
            case FEATURE, CAUSAL_FACTORS, CONTEXT_CONDITIONS -> CellText.encode(element, column.feature());
            case PERMANENT_ID -> element.getId();
        };
    }

    private static void header(Worksheet sheet, List<String> headers) {
        for (int c = 0; c < headers.size(); c++) {
            sheet.value(0, c, headers.get(c));
            sheet.style(0, c).bold().fillColor("DDDDDD").set();
        }
    }
}
