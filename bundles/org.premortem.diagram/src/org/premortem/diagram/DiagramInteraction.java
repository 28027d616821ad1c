/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.diagram;

import java.util.List;
import java.util.Optional;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Text;
import org.premortem.diagram.layout.Box;
import org.premortem.diagram.layout.DiagramLabel;
import org.premortem.diagram.layout.DiagramNode;
import org.premortem.model.stpa.Component;
import org.premortem.model.stpa.Connection;
import org.premortem.model.stpa.IdentifiedElement;

/**
 * Mouse and keyboard on the diagram: click selects, drag moves (or resizes, from a box's bottom right corner),
 * a creation tool creates where clicked, a connection tool connects the box pressed to the box released on;
 * double click or F2 edits a name in place; Delete deletes; Ctrl+= / Ctrl+- / Ctrl+0 zoom.
 */
final class DiagramInteraction {

    private static final int DRAG_THRESHOLD = 3;

    private final DiagramPage page;
    private final Canvas canvas;
    private double pressX;
    private double pressY;
    private double currentX;
    private double currentY;
    private DiagramNode pressed;
    private boolean resizing;
    private boolean dragging;

    DiagramInteraction(DiagramPage page, Canvas canvas) {
        this.page = page;
        this.canvas = canvas;
        canvas.addListener(SWT.MouseDown, this::mouseDown);
        canvas.addListener(SWT.MouseMove, this::mouseMove);
        canvas.addListener(SWT.MouseUp, this::mouseUp);
        canvas.addListener(SWT.MouseDoubleClick, event -> editName());
        canvas.addListener(SWT.KeyDown, this::key);
        canvas.setData(DiagramInteraction.class.getName(), this);
    }

    private double x(Event event) {
        return event.x / page.zoom();
    }

    private double y(Event event) {
        return event.y / page.zoom();
    }

    private void mouseDown(Event event) {
        if (event.button != 1) {
            return;
        }
        canvas.setFocus();
        pressX = x(event);
        pressY = y(event);
        currentX = pressX;
        currentY = pressY;
        dragging = false;
        pressed = HitTest.nodeAt(page.layout(), pressX, pressY).orElse(null);
        resizing = pressed != null && page.tool() == Tool.SELECT && HitTest.onHandle(pressed, pressX, pressY);
        if (page.tool() == Tool.SELECT) {
            Optional<IdentifiedElement> hit = HitTest.elementAt(page.layout(), pressX, pressY);
            page.select(hit.map(List::of).orElse(List.of()));
        }
    }

    private void mouseMove(Event event) {
        if ((event.stateMask & SWT.BUTTON1) == 0 || pressed == null) {
            return;
        }
        currentX = x(event);
        currentY = y(event);
        dragging |= Math.abs(currentX - pressX) > DRAG_THRESHOLD || Math.abs(currentY - pressY) > DRAG_THRESHOLD;
        canvas.redraw();
    }

    private void mouseUp(Event event) {
        if (event.button != 1) {
            return;
        }
        double x = x(event);
        double y = y(event);
        Tool tool = page.tool();
        if (tool.componentKind().isPresent()) {
            page.createComponent(tool.componentKind().get(), x, y);
        } else if (tool.connects() && pressed != null) {
            HitTest.nodeAt(page.layout(), x, y).filter(target -> target != pressed)
                    .ifPresent(target -> page.connect(tool, pressed.component(), target.component()));
        } else if (tool == Tool.SELECT && pressed != null && dragging) {
            if (resizing) {
                Box front = pressed.front();
                page.resize(pressed.component(), pressed.bounds().width() + (x - front.right()),
                        pressed.bounds().height() + (y - front.bottom()));
            } else if (page.selectedElements().contains(pressed.component())) {
                page.move(pressed.component(), x - pressX, y - pressY);
            }
        }
        pressed = null;
        dragging = false;
        canvas.redraw();
    }

    private void key(Event event) {
        boolean control = (event.stateMask & SWT.MOD1) != 0;
        if (event.keyCode == SWT.DEL) {
            page.deleteSelection();
        } else if (event.keyCode == SWT.F2) {
            editName();
        } else if (control && (event.character == '=' || event.character == '+')) {
            page.setZoom(page.zoom() * 1.25);
        } else if (control && event.character == '-') {
            page.setZoom(page.zoom() / 1.25);
        } else if (control && event.character == '0') {
            page.zoomToFit();
        }
    }

    /** Edits the name of the selected component or connection in place; Enter commits, Escape cancels. */
    void editName() {
        if (page.selectedElements().size() != 1) {
            return;
        }
        IdentifiedElement element = page.selectedElements().iterator().next();
        Box where = page.layout().nodes().stream().filter(n -> n.component() == element).map(DiagramNode::front)
                .findFirst().orElseGet(() -> page.layout().edges().stream().filter(e -> e.connection() == element)
                        .flatMap(e -> e.label().stream()).map(DiagramLabel::bounds).findFirst()
                        .orElse(new Box(pressX, pressY, 160, 24)));
        Text text = new Text(canvas, SWT.BORDER | SWT.SINGLE);
        text.setText(name(element));
        text.setBounds((int) (where.x() * page.zoom()), (int) (where.y() * page.zoom()),
                (int) Math.max(120, where.width() * page.zoom()), text.computeSize(SWT.DEFAULT, SWT.DEFAULT).y);
        text.selectAll();
        text.setFocus();
        text.addListener(SWT.DefaultSelection, event -> {
            String name = text.getText().strip();
            text.dispose();
            if (!name.isEmpty() && !name.equals(name(element))) {
                page.rename(element, name);
            }
        });
        text.addListener(SWT.Traverse, event -> {
            if (event.detail == SWT.TRAVERSE_ESCAPE) {
                event.doit = false;
                text.dispose();
            }
        });
        text.addListener(SWT.FocusOut, event -> {
            if (!text.isDisposed()) {
                text.dispose();
            }
        });
    }

    private static String name(IdentifiedElement element) {
        if (element instanceof Component component) {
            return component.getName() == null ? "" : component.getName();
        }
        return element instanceof Connection connection && connection.getName() != null ? connection.getName() : "";
    }

    /** Draws what the mouse is doing: the box being moved or resized, the connection being drawn. */
    static void paintFeedback(GC gc, DiagramPage page) {
        Object data = page.canvas().getData(DiagramInteraction.class.getName());
        if (!(data instanceof DiagramInteraction interaction) || interaction.pressed == null || !interaction.dragging) {
            return;
        }
        double zoom = page.zoom();
        gc.setForeground(page.canvas().getDisplay().getSystemColor(SWT.COLOR_DARK_GRAY));
        gc.setLineStyle(SWT.LINE_DOT);
        Box front = interaction.pressed.front();
        double dx = interaction.currentX - interaction.pressX;
        double dy = interaction.currentY - interaction.pressY;
        if (page.tool().connects()) {
            gc.drawLine((int) ((front.x() + front.width() / 2) * zoom), (int) ((front.y() + front.height() / 2) * zoom),
                    (int) (interaction.currentX * zoom), (int) (interaction.currentY * zoom));
        } else if (interaction.resizing) {
            gc.drawRectangle((int) (front.x() * zoom), (int) (front.y() * zoom), (int) ((front.width() + dx) * zoom),
                    (int) ((front.height() + dy) * zoom));
        } else {
            gc.drawRectangle((int) ((front.x() + dx) * zoom), (int) ((front.y() + dy) * zoom),
                    (int) (front.width() * zoom), (int) (front.height() * zoom));
        }
        gc.setLineStyle(SWT.LINE_SOLID);
    }
}
