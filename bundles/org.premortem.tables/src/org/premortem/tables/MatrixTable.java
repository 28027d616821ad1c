/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.tables;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Supplier;

import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.premortem.model.stpa.Analysis;
import org.premortem.model.stpa.IdentifiedElement;

/**
 * A traceability matrix on an {@link ElementTable}: one row per element of one kind, a first column with the row
 * element's label, then one column per element of another kind with a check where the row element's many-valued
 * reference holds the column element (columns in id order). Clicking a check cell links or unlinks the two with one command on the
 * editor's stack; a click on a column header sorts the rows (by label, or linked rows together), the filter
 * narrows them, and columns resize and reorder like in every element table.
 */
public final class MatrixTable {

    private final Supplier<List<? extends IdentifiedElement>> columnSource;
    private final EReference reference;
    private final EditingDomain domain;
    private final TableCommands commands;
    private final ElementTable<IdentifiedElement> table;
    private List<? extends IdentifiedElement> columns = List.of();

    MatrixTable(Composite parent, Analysis analysis, EditingDomain domain, EReference reference, String rowHeader,
            Supplier<List<? extends IdentifiedElement>> rows, Supplier<List<? extends IdentifiedElement>> columns) {
        this.columnSource = columns;
        this.reference = reference;
        this.domain = domain;
        this.commands = new TableCommands(domain, analysis);
        table = new ElementTable<>(parent, analysis, domain, () -> List.copyOf(rows.get()),
                () -> tableColumns(rowHeader));
    }

    private List<ElementColumn<IdentifiedElement>> tableColumns(String rowHeader) {
        columns = TableDialogs.byId(columnSource.get());
        List<ElementColumn<IdentifiedElement>> all = new ArrayList<>();
        all.add(ElementColumn.shown(rowHeader, 420, IdentifiedElement::getLabel));
        for (IdentifiedElement column : columns) {
            all.add(ElementColumn.toggled(column.getDisplayId(), 56,
                    row -> holds(row, column) ? Messages.Matrix_linked : "", row -> toggle(row, column)));
        }
        return all;
    }

    Control control() {
        return table.control();
    }

    void onSelection(Runnable listener) {
        table.onSelection(listener);
    }

    /** The row and column elements of the selected cell (only the row element on the label column). */
    List<IdentifiedElement> selectedElements() {
        return table.selectedCell().<List<IdentifiedElement>>map(cell -> cell.x == 0
                ? List.of(table.rows().get(cell.y))
                : List.of(table.rows().get(cell.y), columns.get(cell.x - 1))).orElse(List.of());
    }

    /** The table itself: its first column is the row label, column {@code c + 1} shows {@code columns().get(c)}. */
    public ElementTable<IdentifiedElement> table() {
        return table;
    }

    /** The row elements shown (filtered and sorted), in order. */
    public List<? extends IdentifiedElement> rows() {
        return table.rows();
    }

    /** The column elements, in order. */
    public List<? extends IdentifiedElement> columns() {
        return columns;
    }

    /** Whether the cell (row, column) is checked; {@code column} indexes {@link #columns()}. */
    public boolean linked(int row, int column) {
        return holds(table.rows().get(row), columns.get(column));
    }

    /** Links the row element to the column element, or unlinks them if linked: what a click on the cell does. */
    public void toggle(int row, int column) {
        table.click(row, column + 1);
    }

    private boolean holds(IdentifiedElement row, IdentifiedElement column) {
        return ((Collection<?>) row.eGet(reference)).contains(column);
    }

    private void toggle(IdentifiedElement row, IdentifiedElement column) {
        domain.getCommandStack().execute(commands.toggle(row, reference, column));
    }
}
