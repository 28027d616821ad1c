/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.tables;

import org.eclipse.nebula.widgets.nattable.NatTable;
import org.eclipse.nebula.widgets.nattable.config.AbstractRegistryConfiguration;
import org.eclipse.nebula.widgets.nattable.config.CellConfigAttributes;
import org.eclipse.nebula.widgets.nattable.config.DefaultNatTableStyleConfiguration;
import org.eclipse.nebula.widgets.nattable.config.IConfigRegistry;
import org.eclipse.nebula.widgets.nattable.grid.GridRegion;
import org.eclipse.nebula.widgets.nattable.layer.config.DefaultColumnHeaderStyleConfiguration;
import org.eclipse.nebula.widgets.nattable.layer.config.DefaultRowHeaderStyleConfiguration;
import org.eclipse.nebula.widgets.nattable.painter.cell.ICellPainter;
import org.eclipse.nebula.widgets.nattable.painter.cell.TextPainter;
import org.eclipse.nebula.widgets.nattable.painter.cell.decorator.BeveledBorderDecorator;
import org.eclipse.nebula.widgets.nattable.painter.cell.decorator.LineBorderDecorator;
import org.eclipse.nebula.widgets.nattable.painter.cell.decorator.PaddingDecorator;
import org.eclipse.nebula.widgets.nattable.selection.config.DefaultSelectionStyleConfiguration;
import org.eclipse.nebula.widgets.nattable.style.BorderStyle;
import org.eclipse.nebula.widgets.nattable.style.BorderStyle.LineStyleEnum;
import org.eclipse.nebula.widgets.nattable.style.CellStyleAttributes;
import org.eclipse.nebula.widgets.nattable.style.DisplayMode;
import org.eclipse.nebula.widgets.nattable.style.HorizontalAlignmentEnum;
import org.eclipse.nebula.widgets.nattable.style.Style;
import org.eclipse.nebula.widgets.nattable.style.VerticalAlignmentEnum;
import org.eclipse.nebula.widgets.nattable.tooltip.NatTableContentTooltip;
import org.eclipse.nebula.widgets.nattable.util.GUIHelper;
import org.eclipse.swt.graphics.Color;

/**
 * How the tables look: texts start at the top left of their cells (short marks such as "✔" are centred), column
 * headers wrap their titles and grow to show them whole (a tool tip repeats the title), row headers wrap too, and
 * selected cells keep the normal font in black on light blue, the cell with the keyboard focus framed in a darker
 * blue: dark text on a light background, readable at a glance.
 */
final class TableStyle {

    /** The config label of body cells whose short content is centred (check marks). */
    static final String CENTERED = "premortem.centered"; //$NON-NLS-1$

    /** Text in selected cells and headers. */
    static final Color SELECTED_TEXT = new Color(0, 0, 0);
    /** Background of selected cells: a light blue. */
    static final Color SELECTED_BACKGROUND = new Color(214, 231, 252);
    /** Background of the selected cell that has the keyboard focus, and of the headers of selected cells. */
    static final Color FOCUS_BACKGROUND = new Color(184, 212, 248);
    /** The frame of the focused cell. */
    static final Color FOCUS_FRAME = new Color(25, 103, 210);

    private static final int PADDING = 4;

    private TableStyle() {
    }

    /** Adds the style to a table not yet configured; {@code wrap}: body texts wrap and rows grow to fit them. */
    static void apply(NatTable table, boolean wrap) {
        DefaultNatTableStyleConfiguration body = new DefaultNatTableStyleConfiguration();
        body.hAlign = HorizontalAlignmentEnum.LEFT;
        body.vAlign = VerticalAlignmentEnum.TOP;
        body.cellPainter = new LineBorderDecorator(new PaddingDecorator(new TextPainter(wrap, true, wrap),
                2, PADDING, 2, PADDING));
        table.addConfiguration(body);

        DefaultColumnHeaderStyleConfiguration columnHeader = new DefaultColumnHeaderStyleConfiguration();
        columnHeader.cellPainter = new BeveledBorderDecorator(wrapping());
        table.addConfiguration(columnHeader);

        DefaultRowHeaderStyleConfiguration rowHeader = new DefaultRowHeaderStyleConfiguration();
        rowHeader.hAlign = HorizontalAlignmentEnum.LEFT;
        rowHeader.vAlign = VerticalAlignmentEnum.TOP;
        rowHeader.cellPainter = new LineBorderDecorator(new PaddingDecorator(wrapping(), 2, PADDING, 2, PADDING));
        table.addConfiguration(rowHeader);

        table.addConfiguration(selection());
        table.addConfiguration(new AbstractRegistryConfiguration() {
            @Override
            public void configureRegistry(IConfigRegistry registry) {
                Style centred = new Style();
                centred.setAttributeValue(CellStyleAttributes.HORIZONTAL_ALIGNMENT, HorizontalAlignmentEnum.CENTER);
                centred.setAttributeValue(CellStyleAttributes.VERTICAL_ALIGNMENT, VerticalAlignmentEnum.MIDDLE);
                registry.registerConfigAttribute(CellConfigAttributes.CELL_STYLE, centred, DisplayMode.NORMAL,
                        CENTERED);
                registry.registerConfigAttribute(CellConfigAttributes.CELL_STYLE, centred, DisplayMode.SELECT,
                        CENTERED);
            }
        });
    }

    /** The column headers' tool tips: the whole title, however narrow the column. Call once configured. */
    static void addToolTips(NatTable table) {
        new NatTableContentTooltip(table, GridRegion.COLUMN_HEADER);
    }

    /** A text painter that wraps at word boundaries and makes its row as tall as the text needs (never shorter). */
    private static ICellPainter wrapping() {
        return new TextPainter(true, true, 2, false, true);
    }

    private static DefaultSelectionStyleConfiguration selection() {
        DefaultSelectionStyleConfiguration selection = new DefaultSelectionStyleConfiguration();
        selection.selectionFont = GUIHelper.DEFAULT_FONT;
        selection.selectionBgColor = SELECTED_BACKGROUND;
        selection.selectionFgColor = SELECTED_TEXT;
        selection.anchorBgColor = FOCUS_BACKGROUND;
        selection.anchorFgColor = SELECTED_TEXT;
        selection.anchorBorderColor = FOCUS_FRAME;
        selection.anchorBorderStyle = new BorderStyle(2, FOCUS_FRAME, LineStyleEnum.SOLID);
        selection.anchorGridBorderColor = FOCUS_FRAME;
        selection.anchorGridBorderStyle = new BorderStyle(1, FOCUS_FRAME, LineStyleEnum.SOLID);
        selection.selectedHeaderBgColor = FOCUS_BACKGROUND;
        selection.selectedHeaderFgColor = SELECTED_TEXT;
        selection.fullySelectedHeaderBgColor = FOCUS_BACKGROUND;
        return selection;
    }
}
