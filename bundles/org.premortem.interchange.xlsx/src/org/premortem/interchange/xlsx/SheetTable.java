/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.interchange.xlsx;

import java.util.List;
import java.util.Objects;

/**
 * A sheet as text: its name and its rows, the header row first. Cells are strings, empty for an empty cell.
 *
 * @param name the sheet's name
 * @param rows its non-empty rows, in order
 */
record SheetTable(String name, List<Row> rows) {

    /**
     * A row of a sheet.
     *
     * @param number the row's number as a spreadsheet shows it (1 for the first row)
     * @param cells the cells from column A on; missing cells at the end are not listed
     */
    record Row(int number, List<String> cells) {

        Row {
            cells = List.copyOf(cells);
        }

        String cell(int column) {
            return column < cells.size() ? cells.get(column) : "";
        }

        boolean isBlank() {
            return cells.stream().allMatch(String::isBlank);
        }
    }

    SheetTable {
        Objects.requireNonNull(name, "name");
        rows = List.copyOf(rows);
    }

    /** The column's letters as a spreadsheet shows them: 0 is A, 26 is AA. */
    static String columnLetters(int column) {
        StringBuilder letters = new StringBuilder();
        for (int n = column + 1; n > 0; n = (n - 1) / 26) {
            letters.insert(0, (char) ('A' + (n - 1) % 26));
        }
        return letters.toString();
    }
}
