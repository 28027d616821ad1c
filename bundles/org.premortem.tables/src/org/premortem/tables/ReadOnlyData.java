/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.tables;

import java.util.function.IntSupplier;

import org.eclipse.nebula.widgets.nattable.data.IDataProvider;

/** A NatTable data provider computed on demand (only for the cells being painted); edits go through commands. */
final class ReadOnlyData implements IDataProvider {

    /** The value of a cell. */
    @FunctionalInterface
    interface Cells {
        Object value(int column, int row);
    }

    private final IntSupplier columns;
    private final IntSupplier rows;
    private final Cells cells;

    ReadOnlyData(int columns, IntSupplier rows, Cells cells) {
        this(() -> columns, rows, cells);
    }

    ReadOnlyData(IntSupplier columns, IntSupplier rows, Cells cells) {
        this.columns = columns;
        this.rows = rows;
        this.cells = cells;
    }

    @Override
    public Object getDataValue(int columnIndex, int rowIndex) {
        return rowIndex < rows.getAsInt() ? cells.value(columnIndex, rowIndex) : null;
    }

    @Override
    public void setDataValue(int columnIndex, int rowIndex, Object newValue) {
        // read-only: every edit is an EMF command on the editor's stack
    }

    @Override
    public int getColumnCount() {
        return columns.getAsInt();
    }

    @Override
    public int getRowCount() {
        return rows.getAsInt();
    }
}
