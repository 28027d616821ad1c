/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.diagram.layout.internal;

import java.util.ArrayList;
import java.util.List;

import org.premortem.diagram.layout.TextMetrics;

/** Breaks a text into lines no wider than a maximum, at spaces, or inside a word longer than a line. */
public final class LabelWrapper {

    private final TextMetrics metrics;

    public LabelWrapper(TextMetrics metrics) {
        this.metrics = metrics;
    }

    /** The lines of {@code text}; one empty line for empty text. Line breaks in the text are kept. */
    public List<String> wrap(String text, double maxWidth, double fontSize, boolean bold) {
        List<String> lines = new ArrayList<>();
        for (String paragraph : normalize(text).split("\n", -1)) {
            StringBuilder line = new StringBuilder();
            for (String word : paragraph.split(" +")) {
                if (word.isEmpty()) {
                    continue;
                }
                String candidate = line.isEmpty() ? word : line + " " + word;
                if (metrics.width(candidate, fontSize, bold) <= maxWidth) {
                    line.setLength(0);
                    line.append(candidate);
                    continue;
                }
                if (!line.isEmpty()) {
                    lines.add(line.toString());
                    line.setLength(0);
                }
                line.append(breakLongWord(word, maxWidth, fontSize, bold, lines));
            }
            lines.add(line.toString());
        }
        return lines;
    }

    /** Adds the full-width pieces of an overlong word to {@code lines} and returns the rest. */
    private String breakLongWord(String word, double maxWidth, double fontSize, boolean bold, List<String> lines) {
        String rest = word;
        while (metrics.width(rest, fontSize, bold) > maxWidth && rest.length() > 1) {
            int cut = rest.length() - 1;
            while (cut > 1 && metrics.width(rest.substring(0, cut), fontSize, bold) > maxWidth) {
                cut--;
            }
            int punctuation = lastBreakAfterPunctuation(rest, cut);
            if (punctuation > cut / 2) {
                cut = punctuation;
            } else if (Character.isHighSurrogate(rest.charAt(cut - 1))) {
                cut--;
            }
            lines.add(rest.substring(0, cut));
            rest = rest.substring(cut);
        }
        return rest;
    }

    /** The position just after the last {@code . - / _} before {@code cut}, or 0. */
    private static int lastBreakAfterPunctuation(String word, int cut) {
        for (int i = cut - 1; i > 0; i--) {
            if (".-/_".indexOf(word.charAt(i - 1)) >= 0) {
                return i;
            }
        }
        return 0;
    }

    private static String normalize(String text) {
        String value = text == null ? "" : text;
        return value.replace("\r\n", "\n").replace('\r', '\n').replace('\t', ' ').strip();
    }

    /** The widest of {@code lines}. */
    public double widest(List<String> lines, double fontSize, boolean bold) {
        double widest = 0;
        for (String line : lines) {
            widest = Math.max(widest, metrics.width(line, fontSize, bold));
        }
        return widest;
    }
}
