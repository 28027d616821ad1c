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
 * Where each element sits in a .premortem file: the line of its permanent {@code id} attribute. Lets findings point
 * at a line (SARIF regions, Problems-view markers) without keeping the parser's locations in the model.
 */
public final class ElementLines {

    private static final Pattern ID_ATTRIBUTE = Pattern.compile("\\sid=\"([^\"]*)\"");

    private final Map<String, Integer> lines;

    private ElementLines(Map<String, Integer> lines) {
        this.lines = lines;
    }

    /** Indexes the file's text in one pass. */
    public static ElementLines of(byte[] fileBytes) {
        Map<String, Integer> lines = new HashMap<>();
        scan(fileBytes, (id, line) -> lines.putIfAbsent(id, line));
        return new ElementLines(lines);
    }

    private interface IdConsumer {
        void accept(String id, int line);
    }

    private static void scan(byte[] fileBytes, IdConsumer consumer) {
        String text = new String(fileBytes, StandardCharsets.UTF_8);
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || text.charAt(i) == '\n') {
                Matcher matcher = ID_ATTRIBUTE.matcher(text).region(lineStart, i);
                while (matcher.find()) {
                    consumer.accept(matcher.group(1), line);
                }
                line++;
                lineStart = i + 1;
            }
        }
    }

    /** The 1-based line of the element with this permanent id. */
    public Optional<Integer> lineOf(String permanentId) {
        return Optional.ofNullable(lines.get(permanentId));
    }
}
