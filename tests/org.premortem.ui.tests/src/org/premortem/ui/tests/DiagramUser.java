/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.ui.tests;

import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.ToolBar;
import org.eclipse.swt.widgets.ToolItem;
import org.premortem.diagram.DiagramPage;
import org.premortem.diagram.layout.Box;
import org.premortem.diagram.layout.DiagramNode;
import org.premortem.diagram.layout.Point;
import org.premortem.ui.tests.robot.Robot;

/** What a user does with the control-structure diagram, through the robot: pick a palette tool, point at a box. */
final class DiagramUser {

    private final Robot robot;
    private final DiagramPage diagram;

    DiagramUser(Robot robot, DiagramPage diagram) {
        this.robot = robot;
        this.diagram = diagram;
    }

    /** The canvas the diagram is drawn on. */
    Canvas canvas() {
        return robot.find(diagram.control(), Canvas.class, c -> c.getClass() == Canvas.class);
    }

    /** Clicks a palette tool (or the Lay out button) by its label, as a user does. */
    void tool(String label) {
        ToolItem item = robot.ui(() -> item(diagram, label));
        Rectangle bounds = robot.ui(item::getBounds);
        robot.click(robot.ui(item::getParent), bounds.x + bounds.width / 2, bounds.y + bounds.height / 2);
    }

    /** Clicks a palette tool and waits until it shows as chosen. */
    void choose(String label) {
        tool(label);
        ToolItem item = robot.ui(() -> item(diagram, label));
        robot.waitUntil(label + " chosen", item::getSelection);
    }

    /** The palette or tool bar item labelled {@code label}; on the UI thread. */
    static ToolItem item(DiagramPage diagram, String label) {
        for (ToolBar bar : Robot.all(diagram.control(), ToolBar.class, b -> true)) {
            for (ToolItem item : bar.getItems()) {
                if (label.equals(item.getText())) {
                    return item;
                }
            }
        }
        throw new AssertionError("no tool " + label);
    }

    /** Waits for the in-place name editor, types {@code name} and Enter. */
    void name(String name) {
        Canvas canvas = canvas();
        robot.waitUntil("the name editor open", () -> nameEditor(canvas) != null);
        robot.type(name);
        robot.key('\r');
        robot.waitUntil("the name editor closed", () -> nameEditor(canvas) == null);
    }

    /** The in-place name editor, while open; on the UI thread. */
    static Text nameEditor(Canvas canvas) {
        for (Control child : canvas.getChildren()) {
            if (child instanceof Text text && !text.isDisposed() && text.isVisible() && text.isFocusControl()) {
                return text;
            }
        }
        return null;
    }

    /** Where the box of the component named {@code name} is drawn on the canvas: its middle. */
    Point center(String name) {
        return robot.ui(() -> {
            Box front = diagram.layout().nodes().stream().filter(n -> name.equals(n.component().getName()))
                    .map(DiagramNode::front).findFirst().orElseThrow(() -> new AssertionError("no box " + name));
            double zoom = diagram.zoom();
            return new Point(Math.round(front.centerX() * zoom), Math.round(front.centerY() * zoom));
        });
    }

    /** Drags from the middle of one box to the middle of another (with a connection tool: connects them). */
    void dragBetween(String from, String to) {
        Point start = center(from);
        Point end = center(to);
        robot.drag(canvas(), (int) start.x(), (int) start.y(), (int) end.x(), (int) end.y());
    }
}
