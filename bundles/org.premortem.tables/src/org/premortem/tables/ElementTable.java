/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.tables;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.nebula.widgets.nattable.data.IDataProvider;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.premortem.core.query.IdOrder;
import org.premortem.model.stpa.Analysis;
import org.premortem.model.stpa.IdentifiedElement;

/**
 * A list of model elements on a NatTable, one row each, with columns that may change with the model: cells are
 * edited in place, clicked or double-clicked as their {@link ElementColumn} says (one command each), a click on a
 * column header sorts by it (again: descending), a text filter narrows the rows, columns resize and reorder by
 * dragging, and the selected rows' elements are the selection.
 */
public final class ElementTable<T extends IdentifiedElement> {

    private final Supplier<List<T>> source;
    private final Supplier<List<ElementColumn<T>>> columnSource;
    private final EditingDomain domain;
    private final TableGrid grid;
    private List<T> rows = List.of();
    private List<ElementColumn<T>> columns = List.of();
    private List<String> sizedHeaders = List.of();
    private Function<T, String> rowLabel = element -> "";
    private String filter = "";
    private int sortColumn = -1;
    private boolean descending;
    private ModelRefresher refresher;

    ElementTable(Composite parent, Analysis analysis, EditingDomain domain, Supplier<List<T>> source,
            List<ElementColumn<T>> columns) {
        this(parent, analysis, domain, source, () -> columns);
    }

    /** A table whose columns are read again from {@code columns} at every refresh. */
    ElementTable(Composite parent, Analysis analysis, EditingDomain domain, Supplier<List<T>> source,
            Supplier<List<ElementColumn<T>>> columns) {
        this.source = source;
        this.columnSource = columns;
        this.domain = domain;
        rebuild();
        grid = new TableGrid(parent, new EditableData(), new ReadOnlyData(() -> this.columns.size(), () -> 1,
                (c, r) -> this.columns.get(c).header()),
                new ReadOnlyData(1, () -> rows.size(), (c, r) -> rowLabel.apply(rows.get(r))), true,
                this::inPlaceEditing, column -> column < this.columns.size() && this.columns.get(column).mark());
        grid.setColumnWidths(12, 120);
        sizeColumns();
        grid.onColumnHeaderClick(this::sortBy);
        grid.table().addListener(SWT.MouseDown, event -> gesture(event, false));
        grid.table().addListener(SWT.MouseDoubleClick, event -> gesture(event, true));
        refresher = ModelRefresher.install(analysis, grid.table(), this::refresh);
    }

    Control control() {
        return grid.table();
    }

    void onSelection(Runnable listener) {
        grid.onSelection(listener);
    }

    /** Shows a label per row in the row header (e.g. the row's number), {@code width} pixels wide. */
    void showRowLabels(Function<T, String> label, int width) {
        rowLabel = label;
        grid.setColumnWidths(width, 120);
        sizeColumns();
        grid.refresh();
    }

    /** The element of the selected row, if any. */
    List<T> selectedElements() {
        flush();
        return selectedCell().map(cell -> List.of(rows.get(cell.y))).orElse(List.of());
    }

    /** The selected cell, as (column, row) of {@link #cellText}. */
    Optional<Point> selectedCell() {
        return grid.selectedCell().filter(cell -> cell.y < rows.size() && cell.x < columns.size());
    }

    /**
     * Reads the rows again (so that a row just added is there), then selects the cell of {@code element} in
     * {@code column}, scrolls it into view and gives the table the keyboard: what a user wants after Add, to type
     * the new row's text at once. Nothing happens if the filter hides the element.
     */
    void select(T element, int column) {
        refresh();
        int row = rows.indexOf(element);
        if (row >= 0 && column < columns.size()) {
            grid.selectCell(column, row);
            grid.table().setFocus();
        }
    }

    /**
     * Where a cell is, in the coordinates of the table control ({@link #control()}); empty when it is scrolled out
     * of view. Row and column as in {@link #cellText}.
     */
    public Optional<Rectangle> cellBounds(int row, int column) {
        flush();
        return grid.bodyCellBounds(column, row);
    }

    /** The table control itself (a NatTable), where the mouse acts. */
    public Control tableControl() {
        return grid.table();
    }

    /** The rows shown, filtered and sorted. */
    public List<T> rows() {
        flush();
        return rows;
    }

    /** The number of columns shown. */
    public int columnCount() {
        flush();
        return columns.size();
    }

    /** The text of a cell, as painted. */
    public String cellText(int row, int column) {
        flush();
        return columns.get(column).text().apply(rows.get(row));
    }

    /**
     * Edits a cell in place (as typing into it and pressing Enter does): one command on the editor's stack, none
     * if the text is unchanged or the column is not edited in place.
     */
    public void setText(int row, int column, String text) {
        flush();
        String typed = text == null ? "" : text;
        if (typed.equals(cellText(row, column))) {
            return;
        }
        T element = rows.get(row);
        columns.get(column).typed().ifPresent(edit -> {
            Command command = edit.command(domain, element, typed);
            if (command.canExecute()) {
                domain.getCommandStack().execute(command);
            }
        });
    }

    /** Does what a click on a cell does (if its column reacts to clicks). */
    public void click(int row, int column) {
        flush();
        act(row, column, false);
    }

    /** Does what a double-click on a cell does (if its column reacts to double-clicks). */
    public void doubleClick(int row, int column) {
        flush();
        act(row, column, true);
    }

    /** Shows only the rows with a cell containing {@code text} (ignoring case). */
    public void setFilter(String text) {
        filter = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        refresh();
    }

    /** Sorts by a column's text (ids in numeric order); sorting by the same column again reverses the order. */
    public void sortBy(int column) {
        descending = column == sortColumn && !descending;
        sortColumn = column;
        refresh();
    }

    /** Catches up with the model if it changed while the table was hidden. */
    private void flush() {
        if (refresher != null) {
            refresher.flush();
        }
    }

    /** Reads rows and columns again from the model and repaints. */
    void refresh() {
        if (refresher != null) {
            refresher.refreshed();
        }
        rebuild();
        sizeColumns();
        grid.refresh();
    }

    private void rebuild() {
        columns = List.copyOf(columnSource.get());
        if (sortColumn >= columns.size()) {
            sortColumn = -1;
        }
        List<T> shown = new ArrayList<>(source.get().stream().filter(this::matches).toList());
        if (sortColumn >= 0) {
            Comparator<T> order = Comparator.comparing(columns.get(sortColumn).text(), IdOrder.INSTANCE);
            shown.sort(descending ? order.reversed() : order);
        }
        rows = List.copyOf(shown);
    }

    /** Gives the columns their initial widths whenever the set of columns changes (keeping the user's widths). */
    private void sizeColumns() {
        List<String> headers = columns.stream().map(ElementColumn::header).toList();
        if (grid == null || headers.equals(sizedHeaders)) {
            return;
        }
        sizedHeaders = headers;
        grid.setBodyColumnWidths(columns.stream().mapToInt(ElementColumn::width).toArray());
    }

    private TableGrid.InPlaceEditing inPlaceEditing(int column) {
        if (column >= columns.size() || columns.get(column).typed().isEmpty()) {
            return TableGrid.InPlaceEditing.NONE;
        }
        return columns.get(column).lines() ? TableGrid.InPlaceEditing.LINES : TableGrid.InPlaceEditing.TEXT;
    }

    private boolean matches(T element) {
        return filter.isEmpty() || columns.stream()
                .anyMatch(column -> column.text().apply(element).toLowerCase(Locale.ROOT).contains(filter));
    }

    private void gesture(Event event, boolean doubleClick) {
        if (event.button == 1 && (event.stateMask & SWT.MODIFIER_MASK) == 0) {
            grid.bodyCellAt(event.x, event.y).ifPresent(cell -> act(cell.y, cell.x, doubleClick));
        }
    }

    private void act(int row, int column, boolean doubleClick) {
        if (row >= rows.size() || column >= columns.size()) {
            return;
        }
        T element = rows.get(row);
        columns.get(column).gesture().filter(gesture -> gesture.doubleClick() == doubleClick)
                .ifPresent(gesture -> gesture.action().accept(element));
    }

    /** The body data: reads through the columns, writes in-place edits as commands. */
    private final class EditableData implements IDataProvider {

        @Override
        public Object getDataValue(int columnIndex, int rowIndex) {
            return rowIndex < rows.size() && columnIndex < columns.size() ? cellText(rowIndex, columnIndex) : null;
        }

        @Override
        public void setDataValue(int columnIndex, int rowIndex, Object newValue) {
            setText(rowIndex, columnIndex, newValue == null ? "" : newValue.toString());
        }

        @Override
        public int getColumnCount() {
            return columns.size();
        }

        @Override
        public int getRowCount() {
            return rows.size();
        }
    }
}
