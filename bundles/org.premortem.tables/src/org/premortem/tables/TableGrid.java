/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.tables;

import java.util.Optional;
import java.util.function.IntConsumer;

import org.eclipse.nebula.widgets.nattable.NatTable;
import org.eclipse.nebula.widgets.nattable.config.AbstractRegistryConfiguration;
import org.eclipse.nebula.widgets.nattable.config.DefaultNatTableStyleConfiguration;
import org.eclipse.nebula.widgets.nattable.config.IConfigRegistry;
import org.eclipse.nebula.widgets.nattable.config.IEditableRule;
import org.eclipse.nebula.widgets.nattable.edit.EditConfigAttributes;
import org.eclipse.nebula.widgets.nattable.layer.cell.ColumnOverrideLabelAccumulator;
import org.eclipse.nebula.widgets.nattable.style.DisplayMode;
import org.eclipse.nebula.widgets.nattable.ui.matcher.MouseEventMatcher;
import org.eclipse.swt.SWT;
import org.eclipse.nebula.widgets.nattable.coordinate.PositionCoordinate;
import org.eclipse.nebula.widgets.nattable.data.IDataProvider;
import org.eclipse.nebula.widgets.nattable.grid.layer.DefaultGridLayer;
import org.eclipse.nebula.widgets.nattable.layer.DataLayer;
import org.eclipse.nebula.widgets.nattable.layer.LayerUtil;
import org.eclipse.nebula.widgets.nattable.painter.cell.TextPainter;
import org.eclipse.nebula.widgets.nattable.painter.cell.decorator.LineBorderDecorator;
import org.eclipse.nebula.widgets.nattable.painter.cell.decorator.PaddingDecorator;
import org.eclipse.nebula.widgets.nattable.selection.SelectionLayer;
import org.eclipse.nebula.widgets.nattable.selection.command.SelectCellCommand;
import org.eclipse.nebula.widgets.nattable.selection.event.ISelectionEvent;
import org.eclipse.swt.graphics.Point;
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

    /**
     * A grid; the body columns listed in {@code editableColumns} are edited in place (the new value goes to the body
     * provider's setDataValue, which turns it into a command).
     */
    TableGrid(Composite parent, IDataProvider body, IDataProvider columnHeader, IDataProvider rowHeader, boolean wrap,
            int... editableColumns) {
        grid = new DefaultGridLayer(body, columnHeader, rowHeader, true);
        selectionLayer = grid.getBodyLayer().getSelectionLayer();
        table = new NatTable(parent, grid, false);
        DefaultNatTableStyleConfiguration style = new DefaultNatTableStyleConfiguration();
        if (wrap) {
            style.cellPainter = new LineBorderDecorator(new PaddingDecorator(new TextPainter(true, true, true), 2));
        }
        table.addConfiguration(style);
        if (editableColumns.length > 0) {
            ColumnOverrideLabelAccumulator labels = new ColumnOverrideLabelAccumulator(grid.getBodyDataLayer());
            for (int column : editableColumns) {
                labels.registerColumnOverrides(column, EDITABLE);
            }
            ((DataLayer) grid.getBodyDataLayer()).setConfigLabelAccumulator(labels);
            table.addConfiguration(new AbstractRegistryConfiguration() {
                @Override
                public void configureRegistry(IConfigRegistry registry) {
                    registry.registerConfigAttribute(EditConfigAttributes.CELL_EDITABLE_RULE,
                            IEditableRule.ALWAYS_EDITABLE, DisplayMode.EDIT, EDITABLE);
                }
            });
        }
        table.configure();
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

    void setBodyColumnWidth(int column, int width) {
        ((DataLayer) grid.getBodyDataLayer()).setColumnWidthByPosition(column, width);
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
        int column = LayerUtil.convertColumnPosition(table, table.getColumnPositionByX(x), selectionLayer);
        int row = LayerUtil.convertRowPosition(table, table.getRowPositionByY(y), selectionLayer);
        if (column < 0 || row < 0) {
            return Optional.empty();
        }
        return Optional.of(new Point(selectionLayer.getColumnIndexByPosition(column),
                selectionLayer.getRowIndexByPosition(row)));
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

    /** Selects one body cell, given as indices of the body data provider. */
    void selectCell(int column, int row) {
        selectionLayer.doCommand(new SelectCellCommand(selectionLayer, selectionLayer.getColumnPositionByIndex(column),
                selectionLayer.getRowPositionByIndex(row), false, false));
    }

    void refresh() {
        if (!table.isDisposed()) {
            table.refresh(false);
        }
    }
}
