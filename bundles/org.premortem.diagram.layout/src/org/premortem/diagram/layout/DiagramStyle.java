/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.diagram.layout;

/**
 * Sizes used for laying out and drawing a control structure, in CSS pixels. The layout measures text with
 * {@link TextMetrics}, so the drawing must use the same font sizes.
 *
 * @param nameSize       font size of component names (bold)
 * @param captionSize    font size of the kind caption under a component name
 * @param labelSize      font size of connection labels
 * @param nodePaddingX   space left and right of a component's text
 * @param nodePaddingY   space above and below a component's text
 * @param stackOffset    how far each box behind a replicated component is shifted
 * @param maxNameWidth   component names are wrapped to this width
 * @param maxLabelWidth  connection labels are wrapped to this width
 */
public record DiagramStyle(double nameSize, double captionSize, double labelSize, double nodePaddingX,
        double nodePaddingY, double stackOffset, double maxNameWidth, double maxLabelWidth) {

    /** The style of reports and of the diagram editor. */
    public static DiagramStyle standard() {
        return new DiagramStyle(13, 10, 11, 14, 9, 5, 170, 150);
    }

    /** Boxes drawn behind a replicated component: two at most, whatever the number of replicas. */
    public int stackDepth(int replicas) {
        return Math.max(0, Math.min(replicas, 3) - 1);
    }
}
