/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.diagram;

import java.util.HashMap;
import java.util.Map;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.FontData;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Display;
import org.premortem.diagram.layout.TextMetrics;

/**
 * Measures text with the fonts the diagram is drawn with, so ELK sizes boxes and labels for what the screen shows.
 * Sizes are in pixels at zoom 1. Owns its fonts: dispose it with the diagram.
 */
final class SwtTextMetrics implements TextMetrics {

    private final Display display;
    private final String family;
    private final Map<String, Font> fonts = new HashMap<>();
    private final Image scratch;
    private final GC gc;

    SwtTextMetrics(Display display) {
        this.display = display;
        this.family = display.getSystemFont().getFontData()[0].getName();
        this.scratch = new Image(display, 1, 1);
        this.gc = new GC(scratch);
    }

    @Override
    public double width(String text, double fontSize, boolean bold) {
        gc.setFont(font(fontSize, bold));
        return gc.textExtent(text).x;
    }

    @Override
    public double lineHeight(double fontSize) {
        gc.setFont(font(fontSize, false));
        return gc.getFontMetrics().getHeight();
    }

    /** The font for a size in pixels (the layout's unit) and weight; cached. */
    Font font(double pixels, boolean bold) {
        String key = pixels + (bold ? "b" : "");
        return fonts.computeIfAbsent(key, k -> {
            int points = (int) Math.max(1, Math.round(pixels * 72.0 / display.getDPI().y));
            return new Font(display, new FontData(family, points, bold ? SWT.BOLD : SWT.NORMAL));
        });
    }

    void dispose() {
        gc.dispose();
        scratch.dispose();
        fonts.values().forEach(Font::dispose);
        fonts.clear();
    }
}
