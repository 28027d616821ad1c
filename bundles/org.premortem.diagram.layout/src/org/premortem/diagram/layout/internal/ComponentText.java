/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.diagram.layout.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.premortem.diagram.layout.DiagramStyle;
import org.premortem.diagram.layout.TextMetrics;
import org.premortem.model.stpa.Component;

/**
 * What a component's box says and how much room it needs: its name (wrapped, with "×N" for replicas) and a caption
 * naming its kind.
 */
public record ComponentText(List<String> nameLines, Optional<String> caption, double width, double height) {

    public static ComponentText of(Component component, TextMetrics metrics, DiagramStyle style) {
        LabelWrapper wrapper = new LabelWrapper(metrics);
        String name = component.getName() == null || component.getName().isBlank()
                ? Optional.ofNullable(component.getDisplayId()).orElse("?") : component.getName();
        List<String> lines = new ArrayList<>(wrapper.wrap(name, style.maxNameWidth(), style.nameSize(), true));
        if (component.getReplicas() > 1) {
            lines.set(lines.size() - 1, lines.get(lines.size() - 1) + " \u00d7" + component.getReplicas());
        }
        Optional<String> caption = Optional.ofNullable(component.getKind()).map(LayoutMessages::kind);
        double width = wrapper.widest(lines, style.nameSize(), true);
        double height = lines.size() * metrics.lineHeight(style.nameSize());
        if (caption.isPresent()) {
            width = Math.max(width, metrics.width(caption.get(), style.captionSize(), false));
            height += metrics.lineHeight(style.captionSize());
        }
        return new ComponentText(lines, caption, width, height);
    }
}
