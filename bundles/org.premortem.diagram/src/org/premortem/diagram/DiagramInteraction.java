/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.diagram;

import java.util.List;
import java.util.Optional;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Cursor;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Text;
import org.premortem.diagram.layout.Box;
import org.premortem.diagram.layout.DiagramEdge;
import org.premortem.diagram.layout.DiagramLabel;
import org.premortem.diagram.layout.DiagramNode;
import org.premortem.diagram.layout.Point;
import org.premortem.model.stpa.Component;
import org.premortem.model.stpa.Connection;
import org.premortem.model.stpa.IdentifiedElement;

/**
 * Mouse and keyboard on the diagram. With the select tool a click selects, a drag moves a box (or resizes it, from
 * its bottom right corner). A component tool creates where clicked (at the default size) or in the rectangle
 * dragged; a connection tool connects the box pressed to the box released on (or, started from the context menu,
 * the box clicked next). Either tool then returns to select, and the new element's name is open for typing. Double
 * click or F2 edits a name in place (Enter commits, Escape cancels); Delete deletes; Escape drops the tool; Ctrl+= /
 * Ctrl+- / Ctrl+0 zoom. Mouse and keys only call the page; what they draw while dragging is drawn here.
 */
final class DiagramInteraction {

    private static final int DRAG_THRESHOLD = 3;
    private static final double ZOOM_STEP = 1.25;

    private final DiagramPage page;
    private final Canvas canvas;
    private final Cursor resizeCursor;
    private final Cursor crossCursor;
    private double pressX;
    private double pressY;
    private double currentX;
    private double currentY;
    private boolean down;
    private DiagramNode pressed;
    private boolean resizing;
    private boolean dragging;
    private Component connectingFrom;
    private Text editor;

    DiagramInteraction(DiagramPage page, Canvas canvas) {
        this.page = page;
        this.canvas = canvas;
        this.resizeCursor = new Cursor(canvas.getDisplay(), SWT.CURSOR_SIZESE);
        this.crossCursor = new Cursor(canvas.getDisplay(), SWT.CURSOR_CROSS);
        canvas.addListener(SWT.MouseDown, this::mouseDown);
        canvas.addListener(SWT.MouseMove, this::mouseMove);
        canvas.addListener(SWT.MouseUp, this::mouseUp);
        canvas.addListener(SWT.MouseDoubleClick, this::doubleClick);
        canvas.addListener(SWT.KeyDown, this::key);
        canvas.addDisposeListener(event -> {
            resizeCursor.dispose();
            crossCursor.dispose();
        });
    }

    private double x(Event event) {
        return event.x / page.zoom();
    }

    private double y(Event event) {
        return event.y / page.zoom();
    }

    /** Forgets a drag or a connection in progress (the tool changed). */
    void cancel() {
        down = false;
        pressed = null;
        dragging = false;
        connectingFrom = null;
        canvas.setCursor(page.tool() == Tool.SELECT ? null : crossCursor);
        canvas.redraw();
    }

    /** The next click on another box connects {@code source} to it with the page's (connection) tool. */
    void connectFrom(Component source) {
        connectingFrom = source;
        page.layout().nodes().stream().filter(n -> n.component() == source).findFirst().ifPresent(node -> {
            currentX = node.front().centerX();
            currentY = node.front().bottom();
        });
        canvas.setFocus();
        canvas.redraw();
    }

    private void mouseDown(Event event) {
        if (editor != null && !editor.isDisposed()) {
            commit(editor);
        }
        canvas.setFocus();
        pressX = x(event);
        pressY = y(event);
        currentX = pressX;
        currentY = pressY;
        dragging = false;
        Optional<DiagramNode> node = HitTest.nodeAt(page.layout(), pressX, pressY);
        if (event.button == 3) {
            Optional<IdentifiedElement> hit = HitTest.elementAt(page.layout(), pressX, pressY);
            if (hit.isEmpty() || !page.selectedElements().contains(hit.get())) {
                page.select(hit.map(List::of).orElse(List.of()));
            }
            return;
        }
        if (event.button != 1) {
            return;
        }
        down = true;
        pressed = node.orElse(null);
        resizing = false;
        if (page.tool() == Tool.SELECT) {
            Optional<DiagramNode> selectedHandle = page.layout().nodes().stream()
                    .filter(n -> page.selectedElements().contains(n.component()))
                    .filter(n -> HitTest.onHandle(n, pressX, pressY)).findFirst();
            if (selectedHandle.isPresent()) {
                pressed = selectedHandle.get();
                resizing = true;
                return;
            }
            Optional<IdentifiedElement> hit = HitTest.elementAt(page.layout(), pressX, pressY);
            page.select(hit.map(List::of).orElse(List.of()));
        }
    }

    private void mouseMove(Event event) {
        currentX = x(event);
        currentY = y(event);
        if (down && (event.stateMask & SWT.BUTTON1) != 0) {
            dragging |= Math.abs(currentX - pressX) * page.zoom() > DRAG_THRESHOLD
                    || Math.abs(currentY - pressY) * page.zoom() > DRAG_THRESHOLD;
            canvas.redraw();
        } else if (connectingFrom != null) {
            canvas.redraw();
        } else if (page.tool() == Tool.SELECT) {
            boolean onHandle = page.layout().nodes().stream()
                    .filter(n -> page.selectedElements().contains(n.component()))
                    .anyMatch(n -> HitTest.onHandle(n, currentX, currentY));
            canvas.setCursor(onHandle ? resizeCursor : null);
        }
    }

    private void mouseUp(Event event) {
        if (event.button != 1 || !down) {
            return;
        }
        down = false;
        double x = x(event);
        double y = y(event);
        Tool tool = page.tool();
        DiagramNode from = pressed;
        boolean dragged = dragging;
        pressed = null;
        dragging = false;
        canvas.redraw();
        if (tool.componentKind().isPresent()) {
            Box box = dragged ? new Box(Math.min(pressX, x), Math.min(pressY, y), Math.abs(x - pressX),
                    Math.abs(y - pressY)) : new Box(x, y, DiagramPage.DEFAULT_WIDTH, DiagramPage.DEFAULT_HEIGHT);
            page.setTool(Tool.SELECT);
            page.createComponent(tool.componentKind().get(), box);
        } else if (tool.connects()) {
            Component source = connectingFrom != null ? connectingFrom : from == null ? null : from.component();
            Optional<DiagramNode> target = HitTest.nodeAt(page.layout(), x, y);
            if (source != null && target.isPresent() && target.get().component() != source) {
                page.setTool(Tool.SELECT);
                page.connect(tool, source, target.get().component());
            } else if (connectingFrom != null || dragged) {
                page.setTool(Tool.SELECT);
            }
        } else if (tool == Tool.SELECT && from != null && dragged) {
            if (resizing) {
                page.resize(from.component(), from.bounds().width() + (x - pressX),
                        from.bounds().height() + (y - pressY));
            } else if (page.selectedElements().contains(from.component())) {
                page.move(from.component(), x - pressX, y - pressY);
            }
        }
    }

    private void doubleClick(Event event) {
        if (event.button != 1 || page.tool() != Tool.SELECT) {
            return;
        }
        HitTest.elementAt(page.layout(), x(event), y(event)).ifPresent(element -> {
            page.select(List.of(element));
            editName(element);
        });
    }

    private void key(Event event) {
        boolean control = (event.stateMask & SWT.MOD1) != 0;
        if (event.keyCode == SWT.DEL || event.character == SWT.DEL) {
            page.deleteSelection();
        } else if (event.keyCode == SWT.F2) {
            page.renameSelection();
        } else if (event.keyCode == SWT.ESC || event.character == SWT.ESC) {
            page.setTool(Tool.SELECT);
        } else if (control && (event.character == '=' || event.character == '+')) {
            page.setZoom(page.zoom() * ZOOM_STEP);
        } else if (control && event.character == '-') {
            page.setZoom(page.zoom() / ZOOM_STEP);
        } else if (control && event.character == '0') {
            page.zoomToFit();
        }
    }

    /**
     * Edits the element's name in place, over its box or its label, all of it selected so that typing replaces
     * it: Enter (or clicking elsewhere) commits, Escape cancels.
     */
    void editName(IdentifiedElement element) {
        if (editor != null && !editor.isDisposed()) {
            editor.dispose();
        }
        Box where = page.layout().nodes().stream().filter(n -> n.component() == element).map(DiagramNode::front)
                .findFirst().orElseGet(() -> page.layout().edges().stream().filter(e -> e.connection() == element)
                        .findFirst().map(DiagramInteraction::labelPlace).orElse(new Box(pressX, pressY, 160, 24)));
        double zoom = page.zoom();
        Text text = new Text(canvas, SWT.BORDER | SWT.SINGLE);
        text.setData(element);
        text.setText(name(element));
        int height = text.computeSize(SWT.DEFAULT, SWT.DEFAULT).y;
        int width = (int) Math.max(140, where.width() * zoom);
        text.setBounds((int) (where.x() * zoom), (int) ((where.y() + where.height() / 2) * zoom - height / 2.0),
                width, height);
        text.selectAll();
        text.setFocus();
        editor = text;
        text.addListener(SWT.DefaultSelection, event -> commit(text));
        text.addListener(SWT.Traverse, event -> {
            if (event.detail == SWT.TRAVERSE_ESCAPE) {
                event.doit = false;
                close(text);
            }
        });
        text.addListener(SWT.FocusOut, event -> commit(text));
    }

    /** The in-place name editor, while it is open. */
    Optional<Text> nameEditor() {
        return editor == null || editor.isDisposed() ? Optional.empty() : Optional.of(editor);
    }

    private void commit(Text text) {
        if (text.isDisposed()) {
            return;
        }
        IdentifiedElement element = (IdentifiedElement) text.getData();
        String name = text.getText().strip();
        close(text);
        if (!name.isEmpty() && !name.equals(name(element))) {
            page.rename(element, name);
        }
    }

    private void close(Text text) {
        if (!text.isDisposed()) {
            text.dispose();
        }
        if (!canvas.isDisposed()) {
            canvas.setFocus();
        }
    }

    private static Box labelPlace(DiagramEdge edge) {
        return edge.label().map(DiagramLabel::bounds).orElseGet(() -> {
            Point middle = edge.route().isEmpty() ? new Point(0, 0) : edge.route().get(edge.route().size() / 2);
            return new Box(middle.x() + 4, middle.y() - 10, 140, 20);
        });
    }

    private static String name(IdentifiedElement element) {
        if (element instanceof Component component) {
            return component.getName() == null ? "" : component.getName();
        }
        return element instanceof Connection connection && connection.getName() != null ? connection.getName() : "";
    }

    /**
     * Draws what the mouse is doing: the box being moved or resized, the rectangle of a component being created,
     * the line of a connection being drawn.
     */
    void paintFeedback(GC gc) {
        double zoom = page.zoom();
        gc.setForeground(canvas.getDisplay().getSystemColor(SWT.COLOR_DARK_GRAY));
        gc.setLineStyle(SWT.LINE_DOT);
        gc.setLineWidth(1);
        if (connectingFrom != null) {
            page.layout().nodes().stream().filter(n -> n.component() == connectingFrom).findFirst()
                    .ifPresent(node -> line(gc, node.front(), zoom));
        } else if (down && dragging) {
            Tool tool = page.tool();
            if (tool.componentKind().isPresent()) {
                gc.drawRectangle((int) (Math.min(pressX, currentX) * zoom), (int) (Math.min(pressY, currentY) * zoom),
                        (int) (Math.abs(currentX - pressX) * zoom), (int) (Math.abs(currentY - pressY) * zoom));
            } else if (pressed != null) {
                Box front = pressed.front();
                double dx = currentX - pressX;
                double dy = currentY - pressY;
                if (tool.connects()) {
                    line(gc, front, zoom);
                } else if (resizing) {
                    gc.drawRectangle((int) (front.x() * zoom), (int) (front.y() * zoom),
                            (int) ((front.width() + dx) * zoom), (int) ((front.height() + dy) * zoom));
                } else {
                    gc.drawRectangle((int) ((front.x() + dx) * zoom), (int) ((front.y() + dy) * zoom),
                            (int) (front.width() * zoom), (int) (front.height() * zoom));
                }
            }
        }
        gc.setLineStyle(SWT.LINE_SOLID);
    }

    private void line(GC gc, Box from, double zoom) {
        gc.drawLine((int) (from.centerX() * zoom), (int) (from.centerY() * zoom), (int) (currentX * zoom),
                (int) (currentY * zoom));
    }
}
