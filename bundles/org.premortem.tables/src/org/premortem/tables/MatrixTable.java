/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.tables;

import java.util.Collection;
import java.util.List;
import java.util.function.Supplier;

import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.premortem.model.stpa.Analysis;
import org.premortem.model.stpa.IdentifiedElement;

/**
 * A traceability matrix on a NatTable: one row per element of one kind, one column per element of another, a
 * check where the row element's many-valued reference holds the column element. Clicking a cell links or unlinks
 * the two with one command on the editor's stack.
 */
public final class MatrixTable {

    private final Supplier<List<? extends IdentifiedElement>> rowSource;
    private final Supplier<List<? extends IdentifiedElement>> columnSource;
    private final EReference reference;
    private final EditingDomain domain;
    private final TableCommands commands;
    private final TableGrid grid;
    private List<? extends IdentifiedElement> rows;
    private List<? extends IdentifiedElement> columns;

    MatrixTable(Composite parent, Analysis analysis, EditingDomain domain, EReference reference,
            Supplier<List<? extends IdentifiedElement>> rows, Supplier<List<? extends IdentifiedElement>> columns) {
        this.rowSource = rows;
        this.columnSource = columns;
        this.reference = reference;
        this.domain = domain;
        this.commands = new TableCommands(domain, analysis);
        rebuild();
        grid = new TableGrid(parent,
                new ReadOnlyData(() -> this.columns.size(), () -> this.rows.size(),
                        (c, r) -> linked(r, c) ? Messages.Matrix_linked : ""),
                new ReadOnlyData(() -> this.columns.size(), () -> 1, (c, r) -> this.columns.get(c).getDisplayId()),
                new ReadOnlyData(1, () -> this.rows.size(), (c, r) -> this.rows.get(r).getLabel()), false);
        grid.setColumnWidths(420, 56);
        grid.table().addListener(SWT.MouseDown, event -> {
            if (event.button == 1 && (event.stateMask & SWT.MODIFIER_MASK) == 0) {
                grid.bodyCellAt(event.x, event.y).ifPresent(cell -> toggle(cell.y, cell.x));
            }
        });
        ModelRefresher.install(analysis, grid.table(), this::refresh);
    }

    Control control() {
        return grid.table();
    }

    void onSelection(Runnable listener) {
        grid.onSelection(listener);
    }

    /** The row and column elements of the selected cell. */
    List<IdentifiedElement> selectedElements() {
        return grid.selectedCell().filter(cell -> cell.y < rows.size() && cell.x < columns.size())
                .<List<IdentifiedElement>>map(cell -> List.of(rows.get(cell.y), columns.get(cell.x)))
                .orElse(List.of());
    }

    /** The row elements, in order. */
    public List<? extends IdentifiedElement> rows() {
        return rows;
    }

    /** The column elements, in order. */
    public List<? extends IdentifiedElement> columns() {
        return columns;
    }

    /** Whether the cell (row, column) is checked. */
    public boolean linked(int row, int column) {
        return ((Collection<?>) rows.get(row).eGet(reference)).contains(columns.get(column));
    }

    /** Links the row element to the column element, or unlinks them if linked (a click on the cell). */
    public void toggle(int row, int column) {
        domain.getCommandStack().execute(commands.toggle(rows.get(row), reference, columns.get(column)));
    }

    private void rebuild() {
        rows = List.copyOf(rowSource.get());
        columns = List.copyOf(columnSource.get());
    }

    private void refresh() {
        rebuild();
        grid.refresh();
    }
}
