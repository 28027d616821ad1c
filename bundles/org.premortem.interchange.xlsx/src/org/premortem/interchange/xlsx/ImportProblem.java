/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.interchange.xlsx;

import java.util.Objects;

/**
 * Something in a workbook that cannot be imported, where it is: sheet, row (0 for the sheet as a whole) and column
 * (its letters and header, empty for the row as a whole).
 */
public record ImportProblem(String sheet, int row, String column, String message) {

    public ImportProblem {
        Objects.requireNonNull(sheet, "sheet");
        Objects.requireNonNull(column, "column");
        Objects.requireNonNull(message, "message");
    }

    /** "UCAs, row 7, column E (Hazards): no element has the id H-9". */
    @Override
    public String toString() {
        if (row == 0) {
            return Messages.get("problem.atSheet", sheet, message);
        }
        if (column.isEmpty()) {
            return Messages.get("problem.atRow", sheet, row, message);
        }
        return Messages.get("problem.at", sheet, row, column, message);
    }
}
