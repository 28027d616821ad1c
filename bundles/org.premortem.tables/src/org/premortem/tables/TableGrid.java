/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.tables;

import java.util.Optional;
import java.util.function.IntConsumer;
import java.util.function.IntFunction;
import java.util.function.IntPredicate;

import org.eclipse.nebula.widgets.nattable.NatTable;
import org.eclipse.nebula.widgets.nattable.config.AbstractRegistryConfiguration;
import org.eclipse.nebula.widgets.nattable.config.IConfigRegistry;
import org.eclipse.nebula.widgets.nattable.config.IEditableRule;
import org.eclipse.nebula.widgets.nattable.edit.EditConfigAttributes;
import org.eclipse.nebula.widgets.nattable.edit.editor.MultiLineTextCellEditor;
import org.eclipse.nebula.widgets.nattable.style.DisplayMode;
import org.eclipse.nebula.widgets.nattable.ui.matcher.MouseEventMatcher;
import org.eclipse.swt.SWT;
import org.eclipse.nebula.widgets.nattable.coordinate.PositionCoordinate;
import org.eclipse.nebula.widgets.nattable.coordinate.Range;
import org.eclipse.nebula.widgets.nattable.resize.event.ColumnResizeEvent;
import org.eclipse.nebula.widgets.nattable.data.IDataProvider;
import org.eclipse.nebula.widgets.nattable.grid.layer.DefaultGridLayer;
import org.eclipse.nebula.widgets.nattable.layer.DataLayer;
import org.eclipse.nebula.widgets.nattable.layer.LayerUtil;
import org.eclipse.nebula.widgets.nattable.selection.SelectionLayer;
import org.eclipse.nebula.widgets.nattable.selection.command.SelectCellCommand;
import org.eclipse.nebula.widgets.nattable.selection.event.ISelectionEvent;
import org.eclipse.nebula.widgets.nattable.viewport.command.ShowCellInViewportCommand;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Composite;

/**
 * A NatTable grid (column header, row header, body) over three data providers, with wrapped multi-line body cells
 * whose rows grow to fit, column resize and reorder, and conversions from mouse positions and selections to the
 * indices of the data providers. Only visible rows are painted, so large models stay responsive.
 */
final class TableGrid {

    private static final String EDITABLE = "premortem.editable"; //$NON-NLS-1$

    private final NatTable table;
    private final DefaultGridLayer grid;
    private final SelectionLayer selectionLayer;
    private int shownColumns;

    /** A read-only grid (edits come from clicks and menus, as commands). */
    TableGrid(Composite parent, IDataProvider body, IDataProvider columnHeader, IDataProvider rowHeader, boolean wrap) {
        this(parent, body, columnHeader, rowHeader, wrap, column -> InPlaceEditing.NONE, column -> false);
    }

    /** How a body column is edited in place, if at all. */
    enum InPlaceEditing {
        /** Not in place. */
        NONE,
        /** A wrapping text editor; Enter commits. */
        TEXT,
        /** A wrapping text editor for one entry per line: Enter starts a new line, Ctrl+Enter commits. */
        LINES
    }

    /**
     * A grid whose body columns (indices of the body provider) are edited in place as {@code editing} says; the
     * new value goes to the body provider's setDataValue, which turns it into a command. The columns that
     * {@code centered} accepts show short marks, centred; all other texts start at the top left.
     */
    TableGrid(Composite parent, IDataProvider body, IDataProvider columnHeader, IDataProvider rowHeader, boolean wrap,
            IntFunction<InPlaceEditing> editing, IntPredicate centered) {
        grid = new DefaultGridLayer(body, columnHeader, rowHeader, true);
        selectionLayer = grid.getBodyLayer().getSelectionLayer();
        table = new NatTable(parent, grid, false);
        TableStyle.apply(table, wrap);
        ((DataLayer) grid.getBodyDataLayer()).setConfigLabelAccumulator((labels, column, row) -> {
            InPlaceEditing kind = editing.apply(column);
            if (kind != InPlaceEditing.NONE) {
                labels.add(EDITABLE);
                labels.add(kind.name());
            }
            if (centered.test(column)) {
                labels.add(TableStyle.CENTERED);
            }
        });
        table.addConfiguration(new AbstractRegistryConfiguration() {
            @Override
            public void configureRegistry(IConfigRegistry registry) {
                registry.registerConfigAttribute(EditConfigAttributes.CELL_EDITABLE_RULE,
                        IEditableRule.ALWAYS_EDITABLE, DisplayMode.EDIT, EDITABLE);
                registry.registerConfigAttribute(EditConfigAttributes.CELL_EDITOR, textEditor(false),
                        DisplayMode.EDIT, InPlaceEditing.TEXT.name());
                registry.registerConfigAttribute(EditConfigAttributes.CELL_EDITOR, textEditor(true),
                        DisplayMode.EDIT, InPlaceEditing.LINES.name());
            }
        });
        table.configure();
        TableStyle.addToolTips(table);
        shownColumns = grid.getBodyDataLayer().getColumnCount();
    }

    private static MultiLineTextCellEditor textEditor(boolean lines) {
        MultiLineTextCellEditor editor = new MultiLineTextCellEditor(true);
        editor.setCommitOnEnter(true);
        editor.setCommitWithCtrlKey(lines);
        return editor;
    }

    /** Calls {@code action} with the column index of a plain click on a column header. */
    void onColumnHeaderClick(IntConsumer action) {
        table.getUiBindingRegistry().registerFirstSingleClickBinding(MouseEventMatcher.columnHeaderLeftClick(SWT.NONE),
                (natTable, event) -> {
                    int column = LayerUtil.convertColumnPosition(table, table.getColumnPositionByX(event.x),
                            selectionLayer);
                    if (column >= 0) {
                        action.accept(selectionLayer.getColumnIndexByPosition(column));
                    }
                });
    }

    NatTable table() {
        return table;
    }

    void setColumnWidths(int rowHeaderWidth, int bodyWidth) {
        ((DataLayer) grid.getRowHeaderDataLayer()).setDefaultColumnWidth(rowHeaderWidth);
        ((DataLayer) grid.getBodyDataLayer()).setDefaultColumnWidth(bodyWidth);
    }

    /**
     * Sets the widths of the first {@code widths.length} body columns with one resize event for all of them: an event
     * per column made the layers above recompute their column positions once per column, which for a matrix of a
     * thousand columns was most of the time its page took to show.
     */
    void setBodyColumnWidths(int[] widths) {
        DataLayer body = (DataLayer) grid.getBodyDataLayer();
        for (int column = 0; column < widths.length; column++) {
            body.setColumnWidthByPosition(column, widths[column], false);
        }
        if (widths.length > 0) {
            body.fireLayerEvent(new ColumnResizeEvent(body, new Range(0, widths.length)));
        }
    }

    void setRowHeaderColumnWidth(int column, int width) {
        ((DataLayer) grid.getRowHeaderDataLayer()).setColumnWidthByPosition(column, width);
    }

    void setColumnHeaderHeight(int height) {
        ((DataLayer) grid.getColumnHeaderDataLayer()).setDefaultRowHeight(height);
    }

    /** Calls {@code listener} whenever the selected cells change. */
    void onSelection(Runnable listener) {
        selectionLayer.addLayerListener(event -> {
            if (event instanceof ISelectionEvent) {
                listener.run();
            }
        });
    }

    /** The body cell under a point of the table, as (column index, row index) of the body data provider. */
    Optional<Point> bodyCellAt(int x, int y) {
        int columnPosition = table.getColumnPositionByX(x);
        int rowPosition = table.getRowPositionByY(y);
        if (columnPosition < firstBodyColumn() || rowPosition < firstBodyRow()) {
            return Optional.empty();
        }
        int column = LayerUtil.convertColumnPosition(table, columnPosition, selectionLayer);
        int row = LayerUtil.convertRowPosition(table, rowPosition, selectionLayer);
        if (column < 0 || row < 0) {
            return Optional.empty();
        }
        return Optional.of(new Point(selectionLayer.getColumnIndexByPosition(column),
                selectionLayer.getRowIndexByPosition(row)));
    }

    /** The table's first column position in the body (after the row header's columns). */
    private int firstBodyColumn() {
        return grid.getRowHeaderLayer().getColumnCount();
    }

    /** The table's first row position in the body (after the column header's rows). */
    private int firstBodyRow() {
        return grid.getColumnHeaderLayer().getRowCount();
    }

    /** The last selected body cell, as (column index, row index) of the body data provider. */
    Optional<Point> selectedCell() {
        PositionCoordinate last = selectionLayer.getLastSelectedCellPosition();
        if (last == null || last.columnPosition < 0 || last.rowPosition < 0) {
            return Optional.empty();
        }
        return Optional.of(new Point(selectionLayer.getColumnIndexByPosition(last.columnPosition),
                selectionLayer.getRowIndexByPosition(last.rowPosition)));
    }

    /**
     * The bounds, in the table's coordinates, of a body cell given as indices of the body data provider; empty when
     * the cell is hidden or scrolled out of view. Looks through the visible cells only, so it costs little.
     */
    Optional<Rectangle> bodyCellBounds(int column, int row) {
        int columnPosition = -1;
        for (int p = firstBodyColumn(); p < table.getColumnCount() && columnPosition < 0; p++) {
            int inBody = LayerUtil.convertColumnPosition(table, p, selectionLayer);
            columnPosition = inBody >= 0 && selectionLayer.getColumnIndexByPosition(inBody) == column ? p : -1;
        }
        int rowPosition = -1;
        for (int p = firstBodyRow(); p < table.getRowCount() && rowPosition < 0; p++) {
            int inBody = LayerUtil.convertRowPosition(table, p, selectionLayer);
            rowPosition = inBody >= 0 && selectionLayer.getRowIndexByPosition(inBody) == row ? p : -1;
        }
        if (columnPosition < 0 || rowPosition < 0) {
            return Optional.empty();
        }
        return Optional.of(table.getBoundsByPosition(columnPosition, rowPosition));
    }

    /** Selects one body cell, given as indices of the body data provider, and scrolls it into view. */
    void selectCell(int column, int row) {
        int columnPosition = selectionLayer.getColumnPositionByIndex(column);
        int rowPosition = selectionLayer.getRowPositionByIndex(row);
        selectionLayer.doCommand(new SelectCellCommand(selectionLayer, columnPosition, rowPosition, false, false));
        grid.getBodyLayer().getViewportLayer().doCommand(new ShowCellInViewportCommand(columnPosition, rowPosition));
    }

    /**
     * Repaints after a model change. When the number of body columns changed, the layers must learn it (a
     * structural refresh); otherwise a visual refresh keeps the user's column order.
     */
    void refresh() {
        if (table.isDisposed()) {
            return;
        }
        int columns = grid.getBodyDataLayer().getColumnCount();
        table.refresh(columns != shownColumns);
        shownColumns = columns;
    }
}
