/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.core.persistence;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where each element sits in a .premortem file: the line and column of its permanent {@code id} attribute. Lets
 * findings point at a line (SARIF regions, Problems-view markers) without keeping the parser's locations in the model.
 */
public final class ElementLines {

    private static final Pattern ID_ATTRIBUTE = Pattern.compile("\\sid=\"([^\"]*)\"");

    /** Per permanent id: its line in the high half, its column in the low half. */
    private final Map<String, Long> places;

    private ElementLines(Map<String, Long> places) {
        this.places = places;
    }

    /** Indexes the file's text in one pass. */
    public static ElementLines of(byte[] fileBytes) {
        Map<String, Long> places = new HashMap<>();
        String text = new String(fileBytes, StandardCharsets.UTF_8);
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || text.charAt(i) == '\n') {
                Matcher matcher = ID_ATTRIBUTE.matcher(text).region(lineStart, i);
                while (matcher.find()) {
                    int column = matcher.start() + 1 - lineStart + 1; // the id attribute, after its leading space
                    places.putIfAbsent(matcher.group(1), (long) line << 32 | column);
                }
                line++;
                lineStart = i + 1;
            }
        }
        return new ElementLines(places);
    }

    /** The 1-based line of the element with this permanent id. */
    public Optional<Integer> lineOf(String permanentId) {
        Long place = places.get(permanentId);
        return place == null ? Optional.empty() : Optional.of((int) (place >>> 32));
    }

    /** The 1-based column of the element's id attribute on its line, 0 when the id is not in the file. */
    int columnOf(String permanentId) {
        Long place = places.get(permanentId);
        return place == null ? 0 : (int) (long) place;
    }
}
