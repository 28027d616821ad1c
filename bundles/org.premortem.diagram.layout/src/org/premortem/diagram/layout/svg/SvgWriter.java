/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.diagram.layout.svg;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.premortem.core.report.XmlText;
import org.premortem.diagram.layout.Box;
import org.premortem.diagram.layout.DiagramEdge;
import org.premortem.diagram.layout.DiagramLabel;
import org.premortem.diagram.layout.DiagramLayout;
import org.premortem.diagram.layout.DiagramNode;
import org.premortem.diagram.layout.DiagramStyle;
import org.premortem.diagram.layout.EdgeKind;
import org.premortem.diagram.layout.Point;
import org.premortem.model.stpa.IdentifiedElement;

/**
 * Writes a laid-out control structure as SVG 1.1: one {@code <g class="component ...">} per component and one
 * {@code <g class="connection ...">} per connection, each with a {@code data-element} attribute holding the display
 * id. Styles are presentation attributes (no CSS), so the file looks the same in browsers, in Markdown viewers and in
 * the PDF renderer. All text is escaped; the output depends only on the layout, so it is byte-for-byte reproducible.
 */
public final class SvgWriter {

    private static final String SVG_NS = "http://www.w3.org/2000/svg";
    private static final String XLINK_NS = "http://www.w3.org/1999/xlink";

    private final StringBuilder out = new StringBuilder(16_384);
    private final SvgOptions options;
    private final DiagramLayout layout;
    private final DiagramStyle style;

    private SvgWriter(DiagramLayout layout, SvgOptions options) {
        this.layout = layout;
        this.options = options;
        this.style = layout.style();
    }

    /** The SVG of {@code layout}. */
    public static String write(DiagramLayout layout, SvgOptions options) {
        Objects.requireNonNull(layout, "layout");
        Objects.requireNonNull(options, "options");
        return new SvgWriter(layout, options).svg();
    }

    private String svg() {
        if (options.standalone()) {
            out.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        }
        String width = num(Math.ceil(layout.width()));
        String height = num(Math.ceil(layout.height()));
        double scale = options.maxWidth() > 0 ? Math.min(1, options.maxWidth() / Math.ceil(layout.width())) : 1;
        out.append("<svg xmlns=\"").append(SVG_NS).append("\" xmlns:xlink=\"").append(XLINK_NS)
                .append("\" version=\"1.1\" class=\"control-structure\" width=\"")
                .append(num(Math.floor(Math.ceil(layout.width()) * scale))).append("\" height=\"")
                .append(num(Math.floor(Math.ceil(layout.height()) * scale))).append("\" viewBox=\"0 0 ").append(width)
                .append(' ').append(height).append("\" role=\"img\" aria-label=\"").append(XmlText.escape(title()))
                .append("\">\n");
        out.append("<title>").append(XmlText.escape(title())).append("</title>\n");
        markers();
        out.append("<rect x=\"0\" y=\"0\" width=\"").append(width).append("\" height=\"").append(height)
                .append("\" fill=\"#ffffff\"/>\n");
        out.append("<g class=\"components\">\n");
        for (DiagramNode node : layout.nodes()) {
            node(node);
        }
        out.append("</g>\n<g class=\"connections\">\n");
        for (DiagramEdge edge : layout.edges()) {
            edge(edge);
        }
        out.append("</g>\n</svg>\n");
        return out.toString();
    }

    private String title() {
        String label = layout.structure().getLabel();
        return label == null ? "" : label;
    }

    private void markers() {
        out.append("<defs>\n");
        for (EdgeKind kind : EdgeKind.values()) {
            out.append("<marker id=\"").append(markerId(kind)).append("\" viewBox=\"0 0 10 10\" refX=\"10\" ")
                    .append("refY=\"5\" markerWidth=\"9\" markerHeight=\"9\" markerUnits=\"userSpaceOnUse\" ")
                    .append("orient=\"auto\"><path d=\"M0,0 L10,5 L0,10 z\" fill=\"")
                    .append(SvgPalette.edgeColor(kind)).append("\"/></marker>\n");
        }
        out.append("</defs>\n");
    }

    private String markerId(EdgeKind kind) {
        return XmlText.escape(options.idPrefix()) + "arrow-" + SvgPalette.cssClass(kind);
    }

    private void node(DiagramNode node) {
        String kind = SvgPalette.cssClass(node.component().getKind());
        out.append("<g class=\"component ").append(kind).append(node.container() ? " container" : "")
                .append("\" data-element=\"").append(XmlText.escape(displayId(node.component()))).append("\">\n");
        out.append("<title>").append(XmlText.escape(node.component().getLabel())).append("</title>\n");
        Optional<String> link = options.links().apply(node.component());
        link.ifPresent(href -> out.append("<a xlink:href=\"").append(XmlText.escape(href)).append("\">\n"));
        String fill = SvgPalette.fill(node.component().getKind());
        String stroke = SvgPalette.stroke(node.component().getKind());
        for (Box box : node.stacked()) {
            rect(box, fill, stroke, "stack");
        }
        rect(node.front(), node.container() ? "#fbfcfd" : fill, stroke, "box");
        text(node.label(), style.nameSize(), true, SvgPalette.TEXT);
        node.caption().ifPresent(caption -> {
            Box name = node.label().bounds();
            double baseline = name.bottom() + style.captionSize();
            out.append("<text class=\"caption\" x=\"").append(num(name.x() + name.width() / 2)).append("\" y=\"")
                    .append(num(baseline)).append("\" text-anchor=\"middle\" font-family=\"")
                    .append(SvgPalette.FONT_FAMILY).append("\" font-size=\"").append(num(style.captionSize()))
                    .append("\" font-style=\"italic\" fill=\"").append(SvgPalette.CAPTION).append("\">")
                    .append(XmlText.escape(caption)).append("</text>\n");
        });
        link.ifPresent(href -> out.append("</a>\n"));
        out.append("</g>\n");
    }

    private void rect(Box box, String fill, String stroke, String cssClass) {
        out.append("<rect class=\"").append(cssClass).append("\" x=\"").append(num(box.x())).append("\" y=\"")
                .append(num(box.y())).append("\" width=\"").append(num(box.width())).append("\" height=\"")
                .append(num(box.height())).append("\" rx=\"3\" ry=\"3\" fill=\"").append(fill)
                .append("\" stroke=\"").append(stroke).append("\" stroke-width=\"1.2\"/>\n");
    }

    private void edge(DiagramEdge edge) {
        out.append("<g class=\"connection ").append(SvgPalette.cssClass(edge.kind())).append("\" data-element=\"")
                .append(XmlText.escape(displayId(edge.connection()))).append("\">\n");
        out.append("<title>").append(XmlText.escape(edge.connection().getLabel())).append("</title>\n");
        Optional<String> link = options.links().apply(edge.connection());
        link.ifPresent(href -> out.append("<a xlink:href=\"").append(XmlText.escape(href)).append("\">\n"));
        out.append("<path d=\"").append(path(edge.route())).append("\" fill=\"none\" stroke=\"")
                .append(SvgPalette.edgeColor(edge.kind())).append("\" stroke-width=\"1.4\"");
        String dashes = SvgPalette.dashes(edge.kind());
        if (!dashes.isEmpty()) {
            out.append(" stroke-dasharray=\"").append(dashes).append('"');
        }
        out.append(" marker-end=\"url(#").append(markerId(edge.kind())).append(")\"/>\n");
        edge.label().ifPresent(label -> {
            Box box = label.bounds();
            out.append("<rect class=\"label-background\" x=\"").append(num(box.x())).append("\" y=\"")
                    .append(num(box.y())).append("\" width=\"").append(num(box.width())).append("\" height=\"")
                    .append(num(box.height())).append("\" fill=\"").append(SvgPalette.LABEL_BACKGROUND)
                    .append("\" fill-opacity=\"0.85\"/>\n");
            text(label, style.labelSize(), false, SvgPalette.edgeColor(edge.kind()));
        });
        link.ifPresent(href -> out.append("</a>\n"));
        out.append("</g>\n");
    }

    /** Lines of text centred in the label's box, first baseline one ascent below its top. */
    private void text(DiagramLabel label, double size, boolean bold, String color) {
        Box box = label.bounds();
        double lineHeight = Math.ceil(size * 1.25);
        double centre = box.x() + box.width() / 2;
        double top = box.y() + (box.height() - label.lines().size() * lineHeight) / 2;
        out.append("<text class=\"label\" text-anchor=\"middle\" font-family=\"").append(SvgPalette.FONT_FAMILY)
                .append("\" font-size=\"").append(num(size)).append('"');
        if (bold) {
            out.append(" font-weight=\"bold\"");
        }
        out.append(" fill=\"").append(color).append("\">");
        List<String> lines = label.lines();
        for (int i = 0; i < lines.size(); i++) {
            double baseline = top + i * lineHeight + size * 0.93;
            out.append("<tspan x=\"").append(num(centre)).append("\" y=\"").append(num(baseline)).append("\">")
                    .append(XmlText.escape(lines.get(i))).append("</tspan>");
        }
        out.append("</text>\n");
    }

    private static String path(List<Point> route) {
        StringBuilder d = new StringBuilder();
        for (int i = 0; i < route.size(); i++) {
            d.append(i == 0 ? "M" : " L").append(num(route.get(i).x())).append(',').append(num(route.get(i).y()));
        }
        return d.toString();
    }

    private static String displayId(IdentifiedElement element) {
        String id = element.getDisplayId();
        return id == null || id.isEmpty() ? element.getId() : id;
    }

    /** A coordinate with at most one decimal, without trailing zeros: the same number always prints the same. */
    static String num(double value) {
        BigDecimal rounded = BigDecimal.valueOf(value).setScale(1, RoundingMode.HALF_UP).stripTrailingZeros();
        if (rounded.signum() == 0) {
            return "0";
        }
        return rounded.toPlainString();
    }
}
