/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.ui.tests;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.nebula.widgets.nattable.NatTable;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Control;
import org.premortem.ui.tests.robot.Robot;

/**
 * What the screen shows, as a user sees it: pixels of a control's area, its background and text colours, the lines
 * of text painted in it and where they start; and where a NatTable paints a header (from its layers).
 */
final class Looks {

    /** How far (0..255, largest channel) a pixel must differ from the background to be ink. */
    private static final int INK = 96;

    private final ImageData pixels;

    private Looks(ImageData pixels) {
        this.pixels = pixels;
    }

    /** What {@code control} shows in {@code area} (its own coordinates), as on the screen. */
    static Looks of(Robot robot, Control control, Rectangle area) {
        robot.idle();
        return robot.ui(() -> {
            control.update();
            Point origin = control.toDisplay(area.x, area.y);
            Image image = new Image(control.getDisplay(), area.width, area.height);
            GC gc = new GC(control.getDisplay());
            try {
                gc.copyArea(image, origin.x, origin.y);
                return new Looks(image.getImageData());
            } finally {
                gc.dispose();
                image.dispose();
            }
        });
    }

    int width() {
        return pixels.width;
    }

    int height() {
        return pixels.height;
    }

    RGB at(int x, int y) {
        return pixels.palette.getRGB(pixels.getPixel(x, y));
    }

    /** The commonest colour inside a margin: the background. */
    RGB background(int margin) {
        Map<RGB, Integer> counts = new HashMap<>();
        for (int y = margin; y < height() - margin; y++) {
            for (int x = margin; x < width() - margin; x++) {
                counts.merge(at(x, y), 1, Integer::sum);
            }
        }
        return counts.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElseThrow();
    }

    /** The pixel inside a margin that stands out most against the background: the text's colour. */
    RGB ink(int margin) {
        RGB background = background(margin);
        RGB ink = background;
        for (int y = margin; y < height() - margin; y++) {
            for (int x = margin; x < width() - margin; x++) {
                if (contrast(at(x, y), background) > contrast(ink, background)) {
                    ink = at(x, y);
                }
            }
        }
        return ink;
    }

    /** The lines of text inside a margin, top to bottom, each as [first row, last row]. */
    List<int[]> lines(int margin) {
        RGB background = background(margin);
        List<int[]> lines = new ArrayList<>();
        int start = -1;
        for (int y = margin; y < height() - margin; y++) {
            boolean ink = leftmostInk(y, y, margin, background).isPresent();
            if (ink && start < 0) {
                start = y;
            } else if (!ink && start >= 0) {
                lines.add(new int[] {start, y - 1});
                start = -1;
            }
        }
        if (start >= 0) {
            lines.add(new int[] {start, height() - margin - 1});
        }
        return lines;
    }

    /** Where the ink of rows {@code top..bottom} starts, inside a margin. */
    Optional<Integer> leftmostInk(int top, int bottom, int margin) {
        return leftmostInk(top, bottom, margin, background(margin));
    }

    private Optional<Integer> leftmostInk(int top, int bottom, int margin, RGB background) {
        for (int x = margin; x < width() - margin; x++) {
            for (int y = top; y <= bottom; y++) {
                if (distance(at(x, y), background) >= INK) {
                    return Optional.of(x);
                }
            }
        }
        return Optional.empty();
    }

    private static int distance(RGB a, RGB b) {
        return Math.max(Math.abs(a.red - b.red), Math.max(Math.abs(a.green - b.green), Math.abs(a.blue - b.blue)));
    }

    /** The WCAG contrast ratio of two colours (1 to 21; 4.5 is the minimum for text, 7 the enhanced level). */
    static double contrast(RGB a, RGB b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    private static double luminance(RGB c) {
        return 0.2126 * linear(c.red) + 0.7152 * linear(c.green) + 0.0722 * linear(c.blue);
    }

    private static double linear(int channel) {
        double s = channel / 255.0;
        return s <= 0.03928 ? s / 12.92 : Math.pow((s + 0.055) / 1.055, 2.4);
    }

    /** Where a NatTable paints the column header titled {@code title} (first header row); empty if not in view. */
    static Optional<Rectangle> columnHeader(NatTable table, String title) {
        for (int column = 0; column < table.getColumnCount(); column++) {
            Object value = table.getDataValueByPosition(column, 0);
            if (title.equals(value)) {
                return Optional.of(table.getBoundsByPosition(column, 0));
            }
        }
        return Optional.empty();
    }

    /** The middle of a rectangle. */
    static Point middle(Rectangle r) {
        return new Point(r.x + r.width / 2, r.y + r.height / 2);
    }
}
