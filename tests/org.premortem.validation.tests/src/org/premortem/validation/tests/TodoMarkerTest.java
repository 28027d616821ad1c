/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.validation.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.premortem.core.build.AnalysisBuilder;
import org.premortem.core.ids.IdSource;
import org.premortem.core.validation.Finding;
import org.premortem.core.validation.ValidationSettings;
import org.premortem.core.validation.Validator;
import org.premortem.model.stpa.Analysis;
import org.premortem.model.stpa.Loss;

/**
 * The TODO-text rule finds a marker exactly where the regular expression {@code (?i)\b(todo|tbd|fixme)\b} does,
 * naming the same word as written: checked on 2,000 random texts made of markers, near-markers, word characters of
 * several scripts, underscores, digits and separators.
 */
class TodoMarkerTest {

    private static final Pattern MARKER = Pattern.compile("(?i)\\b(todo|tbd|fixme)\\b");
    private static final String[] PIECES = { "todo", "TODO", "ToDo", "tbd", "TBD", "fixme", "FixMe", "todos", "atodo",
            "tod", "fix", "tb", "t", "f", "_", "1", " ", "-", ":", "(", ")", "é", "ß", "İ", "ı", "\u0130XME", "Ｔ",
            "\n", "plan", "x" };

    @Test
    void theScanFindsWhatTheRegularExpressionFinds() {
        Random random = new Random(13);
        AnalysisBuilder builder = AnalysisBuilder.create("Markers", IdSource.seeded(1));
        List<Loss> losses = new ArrayList<>();
        for (int i = 0; i < 2_000; i++) {
            StringBuilder text = new StringBuilder();
            for (int piece = random.nextInt(6); piece >= 0; piece--) {
                text.append(PIECES[random.nextInt(PIECES.length)]);
            }
            losses.add(builder.loss(text.toString()));
        }
        Analysis analysis = builder.build();

        Map<String, String> found = new Validator(BuiltinRules.registry(), ValidationSettings.defaults())
                .validate(analysis).stream().filter(finding -> "stpa.todo-text".equals(finding.ruleId()))
                .collect(Collectors.toMap(Finding::elementId, Finding::message));

        for (Loss loss : losses) {
            Matcher expected = MARKER.matcher(loss.getText());
            String message = found.get(loss.getId());
            if (expected.find()) {
                String says = ": text still says " + expected.group(1);
                assertTrue(message != null && message.endsWith(says),
                        "text <" + loss.getText() + ">: expected a message ending '" + says + "', got " + message);
            } else {
                assertEquals(null, message, "text <" + loss.getText() + ">");
            }
        }
    }
}
