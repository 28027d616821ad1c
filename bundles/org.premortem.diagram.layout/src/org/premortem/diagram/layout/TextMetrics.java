/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.diagram.layout;

/** Measures text for layout. The report uses {@link DejaVuSansMetrics}; an editor may measure with its own toolkit. */
public interface TextMetrics {

    /** The advance width of {@code text} on one line. */
    double width(String text, double fontSize, boolean bold);

    /** The distance between two baselines. */
    default double lineHeight(double fontSize) {
        return Math.ceil(fontSize * 1.25);
    }
}
