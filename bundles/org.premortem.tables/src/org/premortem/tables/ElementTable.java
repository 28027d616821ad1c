/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.tables;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import java.util.stream.IntStream;

import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.nebula.widgets.nattable.data.IDataProvider;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.premortem.model.stpa.Analysis;
import org.premortem.model.stpa.IdentifiedElement;

/**
 * A list of model elements on a NatTable, one row each: text columns are edited in place (one command each), a
 * click on a column header sorts by it (again: descending), a text filter narrows the rows, and the selected
 * rows' elements are the selection.
 */
public final class ElementTable<T extends IdentifiedElement> {

    private final Supplier<List<T>> source;
    private final List<ElementColumn<T>> columns;
    private final EditingDomain domain;
    private final TableGrid grid;
    private List<T> rows = List.of();
    private String filter = "";
    private int sortColumn = -1;
    private boolean descending;

    ElementTable(Composite parent, Analysis analysis, EditingDomain domain, Supplier<List<T>> source,
            List<ElementColumn<T>> columns) {
        this.source = source;
        this.columns = List.copyOf(columns);
        this.domain = domain;
        rebuild();
        int[] editable = IntStream.range(0, columns.size()).filter(c -> columns.get(c).editable().isPresent())
                .toArray();
        ReadOnlyData body = new ReadOnlyData(columns.size(), () -> rows.size(), (c, r) -> cellText(r, c));
        grid = new TableGrid(parent, new EditableData(body), new ReadOnlyData(columns.size(), () -> 1,
                (c, r) -> columns.get(c).header()), new ReadOnlyData(1, () -> rows.size(), (c, r) -> ""), true,
                editable);
        grid.setColumnWidths(12, 120);
        for (int c = 0; c < columns.size(); c++) {
            grid.setBodyColumnWidth(c, columns.get(c).width());
        }
        grid.onColumnHeaderClick(this::sortBy);
        ModelRefresher.install(analysis, grid.table(), this::refresh);
    }

    Control control() {
        return grid.table();
    }

    void onSelection(Runnable listener) {
        grid.onSelection(listener);
    }

    /** The element of the selected row, if any. */
    List<T> selectedElements() {
        return grid.selectedCell().filter(cell -> cell.y < rows.size()).map(cell -> List.of(rows.get(cell.y)))
                .orElse(List.of());
    }

    /** The rows shown, filtered and sorted. */
    public List<T> rows() {
        return rows;
    }

    /** The text of a cell, as painted. */
    public String cellText(int row, int column) {
        return columns.get(column).text().apply(rows.get(row));
    }

    /** Edits a text cell in place (as typing into it does): one SetCommand on the editor's stack. */
    public void setText(int row, int column, String text) {
        columns.get(column).editable().ifPresent(attribute -> domain.getCommandStack()
                .execute(SetCommand.create(domain, rows.get(row), attribute, text)));
    }

    /** Shows only the rows with a cell containing {@code text} (ignoring case). */
    public void setFilter(String text) {
        filter = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        refresh();
    }

    /** Sorts by a column's text; sorting by the same column again reverses the order. */
    public void sortBy(int column) {
        descending = column == sortColumn && !descending;
        sortColumn = column;
        refresh();
    }

    private void rebuild() {
        List<T> shown = new ArrayList<>(source.get().stream().filter(this::matches).toList());
        if (sortColumn >= 0) {
            Comparator<T> order = Comparator.comparing(columns.get(sortColumn).text(), IdOrder.INSTANCE);
            shown.sort(descending ? order.reversed() : order);
        }
        rows = List.copyOf(shown);
    }

    private boolean matches(T element) {
        return filter.isEmpty() || columns.stream()
                .anyMatch(column -> column.text().apply(element).toLowerCase(Locale.ROOT).contains(filter));
    }

    private void refresh() {
        rebuild();
        grid.refresh();
    }

    /** The body data: reads through the columns, writes in-place edits as commands. */
    private final class EditableData implements IDataProvider {

        private final ReadOnlyData read;

        EditableData(ReadOnlyData read) {
            this.read = read;
        }

        @Override
        public Object getDataValue(int columnIndex, int rowIndex) {
            return read.getDataValue(columnIndex, rowIndex);
        }

        @Override
        public void setDataValue(int columnIndex, int rowIndex, Object newValue) {
            setText(rowIndex, columnIndex, newValue == null ? "" : newValue.toString());
        }

        @Override
        public int getColumnCount() {
            return read.getColumnCount();
        }

        @Override
        public int getRowCount() {
            return read.getRowCount();
        }
    }
}
