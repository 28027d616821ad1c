/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.diagram;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.jface.resource.ColorDescriptor;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.resource.LocalResourceManager;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.graphics.Transform;
import org.premortem.diagram.layout.Box;
import org.premortem.diagram.layout.DiagramEdge;
import org.premortem.diagram.layout.DiagramLabel;
import org.premortem.diagram.layout.DiagramLayout;
import org.premortem.diagram.layout.DiagramNode;
import org.premortem.diagram.layout.DiagramStyle;
import org.premortem.diagram.layout.EdgeKind;
import org.premortem.diagram.layout.Point;
import org.premortem.model.stpa.ComponentKind;
import org.premortem.model.stpa.IdentifiedElement;

/**
 * Draws a laid-out control structure with SWT: components by kind (controllers rounded, human controllers with a
 * person, actuators and sensors with their glyph, replicas stacked with ×N), control actions solid and pointing
 * down, feedback dashed and pointing up, selection and validation decorations.
 */
final class DiagramPainter {

    private static final int ARROW = 9;
    /** The side of the square drawn at a selected box's bottom right corner, where it is resized. */
    static final int HANDLE = 7;
    private static final DiagramStyle STYLE = DiagramStyle.standard();

    private final LocalResourceManager resources = new LocalResourceManager(JFaceResources.getResources());
    private final SwtTextMetrics metrics;

    DiagramPainter(SwtTextMetrics metrics) {
        this.metrics = metrics;
    }

    /**
     * Paints the layout at the given zoom.
     *
     * @param findings the validation findings per element, shown as badges
     */
    void paint(GC gc, DiagramLayout layout, double zoom, Set<? extends IdentifiedElement> selected,
            Map<IdentifiedElement, List<DiagramFinding>> findings) {
        gc.setAntialias(SWT.ON);
        gc.setTextAntialias(SWT.ON);
        Transform transform = new Transform(gc.getDevice());
        transform.scale((float) zoom, (float) zoom);
        gc.setTransform(transform);
        for (DiagramNode node : layout.nodes()) {
            paintNode(gc, node, selected.contains(node.component()));
        }
        for (DiagramEdge edge : layout.edges()) {
            paintEdge(gc, edge, selected.contains(edge.connection()));
        }
        Badges.of(layout, findings).forEach((element, badge) -> badge(gc, badge, Badges.worst(findings.get(element))));
        gc.setTransform(null);
        transform.dispose();
    }

    private void paintNode(GC gc, DiagramNode node, boolean selected) {
        ComponentKind kind = node.component().getKind();
        int arc = kind == ComponentKind.CONTROLLER || kind == ComponentKind.HUMAN_CONTROLLER ? 10 : 0;
        for (Box shadow : node.stacked()) {
            box(gc, shadow, kind, arc, false);
        }
        box(gc, node.front(), kind, arc, selected);
        Box front = node.front();
        if (kind == ComponentKind.HUMAN_CONTROLLER) {
            person(gc, front.x() + 8, front.y() + 5);
        } else if (kind == ComponentKind.ACTUATOR || kind == ComponentKind.SENSOR) {
            gc.setFont(metrics.font(10, true));
            gc.setForeground(color(DiagramColors.stroke(kind)));
            gc.drawString(kind == ComponentKind.ACTUATOR ? "A" : "S", (int) front.x() + 5, (int) front.y() + 3, true);
        }
        text(gc, node.label(), metrics.font(STYLE.nameSize(), true), DiagramColors.TEXT);
        node.caption().ifPresent(caption -> {
            gc.setFont(metrics.font(10, false));
            gc.setForeground(color(DiagramColors.CAPTION));
            Box label = node.label().bounds();
            int width = gc.textExtent(caption).x;
            gc.drawString(caption, (int) (front.x() + (front.width() - width) / 2), (int) label.bottom(), true);
        });
        if (selected) {
            gc.setBackground(color(DiagramColors.SELECTION));
            gc.fillRectangle((int) Math.round(front.right()) - HANDLE, (int) Math.round(front.bottom()) - HANDLE,
                    HANDLE, HANDLE);
        }
    }

    private void box(GC gc, Box box, ComponentKind kind, int arc, boolean selected) {
        int x = (int) Math.round(box.x());
        int y = (int) Math.round(box.y());
        int w = (int) Math.round(box.width());
        int h = (int) Math.round(box.height());
        gc.setBackground(color(DiagramColors.fill(kind)));
        gc.fillRoundRectangle(x, y, w, h, arc, arc);
        gc.setForeground(color(selected ? DiagramColors.SELECTION : DiagramColors.stroke(kind)));
        gc.setLineWidth(selected ? 3 : 1);
        gc.setLineStyle(SWT.LINE_SOLID);
        if (kind == ComponentKind.SENSOR) {
            gc.drawRoundRectangle(x, y, w, h, 24, 24);
        } else {
            gc.drawRoundRectangle(x, y, w, h, arc, arc);
        }
        gc.setLineWidth(1);
    }

    private void person(GC gc, double x, double y) {
        gc.setForeground(color(DiagramColors.stroke(ComponentKind.HUMAN_CONTROLLER)));
        int cx = (int) x + 4;
        int top = (int) y;
        gc.drawOval(cx - 3, top, 6, 6);
        gc.drawLine(cx, top + 6, cx, top + 13);
        gc.drawLine(cx - 4, top + 9, cx + 4, top + 9);
        gc.drawLine(cx, top + 13, cx - 3, top + 18);
        gc.drawLine(cx, top + 13, cx + 3, top + 18);
    }

    private void paintEdge(GC gc, DiagramEdge edge, boolean selected) {
        List<Point> route = edge.route();
        if (route.size() < 2) {
            return;
        }
        RGB rgb = selected ? DiagramColors.SELECTION : DiagramColors.edge(edge.kind());
        gc.setForeground(color(rgb));
        gc.setBackground(color(rgb));
        gc.setLineWidth(selected ? 3 : 2);
        gc.setLineStyle(edge.kind() == EdgeKind.FEEDBACK ? SWT.LINE_DASH
                : edge.kind() == EdgeKind.INPUT_OUTPUT ? SWT.LINE_DOT : SWT.LINE_SOLID);
        int[] points = new int[route.size() * 2];
        for (int i = 0; i < route.size(); i++) {
            points[2 * i] = (int) Math.round(route.get(i).x());
            points[2 * i + 1] = (int) Math.round(route.get(i).y());
        }
        gc.drawPolyline(points);
        gc.setLineStyle(SWT.LINE_SOLID);
        gc.setLineWidth(1);
        arrowHead(gc, route.get(route.size() - 2), route.get(route.size() - 1));
        edge.label().ifPresent(label -> {
            Box box = label.bounds();
            gc.setBackground(color(DiagramColors.BACKGROUND));
            gc.fillRectangle((int) box.x() - 1, (int) box.y(), (int) box.width() + 2, (int) box.height());
            text(gc, label, metrics.font(11, false), selected ? DiagramColors.SELECTION : DiagramColors.TEXT);
        });
    }

    private static void arrowHead(GC gc, Point from, Point to) {
        double angle = Math.atan2(to.y() - from.y(), to.x() - from.x());
        int[] head = {
            (int) Math.round(to.x()), (int) Math.round(to.y()),
            (int) Math.round(to.x() - ARROW * Math.cos(angle - 0.4)), (int) Math.round(to.y() - ARROW * Math.sin(angle - 0.4)),
            (int) Math.round(to.x() - ARROW * Math.cos(angle + 0.4)), (int) Math.round(to.y() - ARROW * Math.sin(angle + 0.4)) };
        gc.fillPolygon(head);
    }

    private void text(GC gc, DiagramLabel label, Font font, RGB rgb) {
        gc.setFont(font);
        gc.setForeground(color(rgb));
        int lineHeight = gc.getFontMetrics().getHeight();
        Box box = label.bounds();
        for (int i = 0; i < label.lines().size(); i++) {
            String line = label.lines().get(i);
            int width = gc.textExtent(line).x;
            gc.drawString(line, (int) Math.round(box.x() + (box.width() - width) / 2),
                    (int) Math.round(box.y()) + i * lineHeight, true);
        }
    }

    /** A small error (red) or warning (amber) badge with "!", for validation findings on the element. */
    private void badge(GC gc, Box box, int severity) {
        if (severity < 1) {
            return;
        }
        RGB rgb = severity >= 2 ? DiagramColors.ERROR : DiagramColors.WARNING;
        gc.setBackground(color(rgb));
        gc.fillOval((int) box.x(), (int) box.y(), (int) box.width(), (int) box.height());
        gc.setForeground(color(DiagramColors.BACKGROUND));
        gc.setFont(metrics.font(10, true));
        gc.drawString("!", (int) box.x() + 5, (int) box.y(), true);
    }

    private Color color(RGB rgb) {
        return resources.create(ColorDescriptor.createFrom(rgb));
    }

    void dispose() {
        resources.dispose();
    }
}
