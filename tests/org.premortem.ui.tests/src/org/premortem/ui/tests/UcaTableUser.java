/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.ui.tests;

import java.util.Optional;
import java.util.concurrent.Callable;

import org.eclipse.nebula.widgets.nattable.NatTable;
import org.eclipse.nebula.widgets.nattable.viewport.command.ShowCellInViewportCommand;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.premortem.model.stpa.ControlAction;
import org.premortem.model.stpa.UcaCategory;
import org.premortem.tables.UcaTablePage;
import org.premortem.ui.tests.robot.Robot;

/** What a user does with the UCA table, through the robot: scroll a cell into view, right-click it for its menu. */
final class UcaTableUser {

    private final Robot robot;
    private final UcaTablePage table;

    UcaTableUser(Robot robot, UcaTablePage table) {
        this.robot = robot;
        this.table = table;
    }

    /** Right-clicks a cell, which selects it and opens its menu. */
    void openCellMenu(ControlAction action, UcaCategory category) {
        Point cell = Looks.middle(cell(action, category));
        robot.rightClick(table.tableControl(), cell.x, cell.y);
        robot.waitUntil("the cell is selected",
                () -> table.selectedCell().equals(Optional.of(new UcaTablePage.Cell(action, category))));
    }

    /**
     * Where a cell is, scrolled into view first (as a user scrolls to it): always, since a cell whose middle is inside
     * the table's area may still be hidden under the frozen controller and action columns.
     */
    Rectangle cell(ControlAction action, UcaCategory category) {
        robot.waitUntil("the UCA table is shown",
                () -> table.tableControl().isVisible() && table.tableControl().getSize().x > 0);
        robot.uiRun(() -> ((NatTable) table.tableControl()).doCommand(new ShowCellInViewportCommand(
                category.getValue(), table.rows().indexOf(action))));
        robot.idle();
        Rectangle cell = settled(robot, () -> table.cellBounds(action, category)
                .orElseThrow(() -> new AssertionError("the cell is not in view")));
        if (!robot.ui(() -> inView(table.tableControl(), cell))) {
            throw new AssertionError("the cell is not in view: " + cell);
        }
        return cell;
    }

    /** Whether the middle of a cell is inside the table's visible area (a click there hits the cell). */
    static boolean inView(Control table, Rectangle cell) {
        return ((Composite) table).getClientArea().contains(Looks.middle(cell));
    }

    /**
     * Where a cell is once the table has settled: painting a newly shown part of a table may make rows and headers
     * taller, which moves the cells below; a click must go where the cell is then.
     */
    static Rectangle settled(Robot robot, Callable<Rectangle> bounds) {
        Rectangle last = robot.ui(bounds);
        for (int round = 0; round < 50; round++) {
            robot.idle();
            Rectangle now = robot.ui(bounds);
            if (now.equals(last)) {
                return now;
            }
            last = now;
        }
        return last;
    }
}
