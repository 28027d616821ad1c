/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.ui.tests;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.nebula.widgets.nattable.NatTable;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.premortem.editor.PremortemEditor;
import org.premortem.model.stpa.ControlAction;
import org.premortem.model.stpa.UcaCategory;
import org.premortem.tables.ContextTablesPage;
import org.premortem.tables.UcaTablePage;
import org.premortem.tables.UcaWording;
import org.premortem.ui.tests.robot.Robot;

/**
 * How the tables look on the screen, read from its pixels: long column titles wrap onto several lines instead of
 * ending in "…", long texts start at the left of their cells, and a selected cell shows its text dark on light, as
 * readable as the rest.
 */
class TableLookTest {

    /** A cell's border and padding, left out when reading its text. */
    private static final int MARGIN = 3;

    private ExampleProject example;
    private PremortemEditor editor;

    @BeforeEach
    void openTheExample() throws Exception {
        example = new ExampleProject("table-look");
        IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        editor = (PremortemEditor) IDE.openEditor(page, example.model);
        ExampleProject.settle();
    }

    @AfterEach
    void close() throws Exception {
        try {
            editor.getSite().getPage().closeEditor(editor, false);
        } finally {
            example.delete();
        }
    }

    @Test
    void aLongColumnTitleWrapsOntoAsManyLinesAsItNeeds() throws Exception {
        editor.showContextTables();
        ExampleProject.settle();
        ContextTablesPage page = editor.contextTablesPage();
        page.showAction(page.controlActions().stream().filter(a -> "Set plan i active".equals(a.getName()))
                .findFirst().orElseThrow());
        page.createTable();
        ExampleProject.settle();
        String title = "Plan i is significantly older than the plan just applied";
        NatTable table = (NatTable) page.rowTable().tableControl();

        Robot.play("header-wraps", robot -> {
            robot.waitUntil("the header has grown to its lines", () -> {
                Rectangle header = Looks.columnHeader(table, title).orElseThrow();
                return header.height >= lines(table, title, header.width) * lineHeight(table);
            });
            Rectangle header = robot.ui(() -> Looks.columnHeader(table, title).orElseThrow());
            int expected = robot.ui(() -> lines(table, title, header.width));
            assertTrue(expected >= 3, "the title does not fit on one line of its column");
            List<int[]> painted = Looks.of(robot, table, header).lines(MARGIN);
            assertTrue(painted.size() >= expected, "the whole title shows, wrapped: " + painted.size()
                    + " lines painted, " + expected + " needed");
        });
    }

    @Test
    void longTextsStartAtTheLeftOfTheirCells() throws Exception {
        editor.showUcaTable();
        ExampleProject.settle();
        UcaTablePage table = editor.ucaTablePage();
        ControlAction newPlan = table.rows().get(0);

        Robot.play("left-aligned", robot -> {
            NatTable natTable = (NatTable) table.tableControl();
            robot.waitUntil("the row has grown to show the whole text", () -> table.cellBounds(newPlan,
                    UcaCategory.NOT_PROVIDED).map(bounds -> bounds.height >= 2 * lineHeight(natTable)).orElse(false));
            Rectangle cell = robot.ui(() -> table.cellBounds(newPlan, UcaCategory.NOT_PROVIDED).orElseThrow());
            // What the screen shows is read again while a repaint (the rows settling their heights) is under way:
            // the text must end up left-aligned, whatever a frame in between showed.
            int lineCount = 0;
            int rightmostStart = Integer.MAX_VALUE;
            for (int look = 0; look < 20 && (lineCount < 2 || rightmostStart > 12); look++) {
                Thread.sleep(look == 0 ? 0 : 250);
                Looks looks = Looks.of(robot, table.tableControl(), cell);
                List<int[]> lines = looks.lines(MARGIN);
                lineCount = lines.size();
                rightmostStart = 0;
                for (int[] line : lines) {
                    rightmostStart = Math.max(rightmostStart,
                            looks.leftmostInk(line[0], line[1], MARGIN).orElseThrow());
                }
            }
            assertTrue(lineCount >= 2, "the UCA's text takes several lines");
            assertTrue(rightmostStart <= 12,
                    "every line starts at the left edge of the cell, one starts at " + rightmostStart);
        });
    }

    @Test
    void aSelectedCellShowsDarkTextOnALightBackground() throws Exception {
        editor.showUcaTable();
        ExampleProject.settle();
        UcaTablePage table = editor.ucaTablePage();
        ControlAction newPlan = table.rows().get(0);
        String column = UcaWording.categoryName(UcaCategory.NOT_PROVIDED);

        Robot.play("selection-contrast", robot -> {
            NatTable shown = (NatTable) table.tableControl();
            robot.waitUntil("the row has grown to show the whole text", () -> table.cellBounds(newPlan,
                    UcaCategory.NOT_PROVIDED).map(bounds -> bounds.height >= 2 * lineHeight(shown)).orElse(false));
            Rectangle cell = robot.ui(() -> table.cellBounds(newPlan, UcaCategory.NOT_PROVIDED).orElseThrow());
            Point middle = Looks.middle(cell);
            Looks unselected = Looks.of(robot, table.tableControl(), cell);
            robot.click(table.tableControl(), middle.x, middle.y);
            robot.waitUntil("the cell is selected", () -> table.selectedCell().isPresent());
            Looks selected = Looks.of(robot, table.tableControl(), cell);
            RGB background = selected.background(MARGIN);
            assertFalse(background.equals(unselected.background(MARGIN)), "the selection shows");
            double contrast = Looks.contrast(selected.ink(MARGIN), background);
            assertTrue(contrast >= 7, "selected text is as readable as normal text: contrast " + contrast);
            assertTrue(Looks.contrast(background, new RGB(0, 0, 0)) > Looks.contrast(background,
                    new RGB(255, 255, 255)), "on a light background: " + background);

            NatTable natTable = (NatTable) table.tableControl();
            Rectangle header = robot.ui(() -> Looks.columnHeader(natTable, column).orElseThrow());
            Looks title = Looks.of(robot, natTable, header);
            double headerContrast = Looks.contrast(title.ink(MARGIN), title.background(MARGIN));
            assertTrue(headerContrast >= 7, "the selected cell's column title too: contrast " + headerContrast);
        });
    }

    /** How many lines {@code text} takes wrapped at word boundaries in a column {@code width} wide. */
    private static int lines(NatTable table, String text, int width) {
        GC gc = new GC(table);
        try {
            int available = width - 2 * MARGIN;
            int lines = 1;
            String line = "";
            for (String word : text.split(" ")) {
                String longer = line.isEmpty() ? word : line + " " + word;
                if (gc.textExtent(longer).x > available && !line.isEmpty()) {
                    lines++;
                    line = word;
                } else {
                    line = longer;
                }
            }
            return lines;
        } finally {
            gc.dispose();
        }
    }

    private static int lineHeight(NatTable table) {
        GC gc = new GC(table);
        try {
            return gc.getFontMetrics().getHeight();
        } finally {
            gc.dispose();
        }
    }
}
