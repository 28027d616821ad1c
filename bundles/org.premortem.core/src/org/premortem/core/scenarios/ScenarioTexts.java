/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.core.scenarios;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.regex.Pattern;

import org.premortem.model.stpa.Component;
import org.premortem.model.stpa.Connection;
import org.premortem.model.stpa.IdentifiedElement;
import org.premortem.model.stpa.ProcessModelVariable;
import org.premortem.model.stpa.UnsafeControlAction;

/**
 * The wording of candidates: sentences from {@code scenarios.properties} (MessageFormat) filled with the names of
 * the analysis's elements, so that a candidate reads as English whatever the analysis is about.
 */
final class ScenarioTexts {

    private static final ResourceBundle TEXTS = ResourceBundle.getBundle("org.premortem.core.scenarios.scenarios",
            Locale.ROOT, ScenarioTexts.class.getClassLoader());

    /** Hazard lists and end punctuation a UCA's text may end with: "… when plan i is active [H-1]." */
    private static final Pattern UCA_TEXT_TAIL = Pattern.compile("\\s*(\\[[^\\]]*\\])?[\\s.;]*$");

    /** The longest quotation of a control algorithm a candidate carries. */
    private static final int ALGORITHM_QUOTE = 300;

    private ScenarioTexts() {
    }

    static String text(String key, Object... arguments) {
        return new MessageFormat(TEXTS.getString(key), Locale.ROOT).format(arguments);
    }

    /** The name of an element as it reads in a sentence: its name or text, else its display id, else its kind. */
    static String name(IdentifiedElement element) {
        if (element == null) {
            return text("unnamed");
        }
        String text = element.labelText();
        if (text != null && !text.isBlank()) {
            return text.strip();
        }
        String displayId = element.getDisplayId();
        return displayId != null && !displayId.isBlank() ? displayId : text("unnamed");
    }

    /** A quoted name: "Plan i is active". */
    static String quoted(IdentifiedElement element) {
        return "\u201c" + name(element) + "\u201d";
    }

    /** A component's name, with its replica count when it is replicated: Enactor (×3). */
    static String withReplicas(Component component) {
        return component.getReplicas() > 1 ? name(component) + " (\u00d7" + component.getReplicas() + ")"
                : name(component);
    }

    /** The UCA as the first clause of a sentence: its text without hazards and end punctuation, or its id. */
    static String ucaClause(UnsafeControlAction uca) {
        String text = uca.getText() == null ? "" : UCA_TEXT_TAIL.matcher(uca.getText().strip()).replaceFirst("");
        if (!text.isEmpty()) {
            return text;
        }
        return text("ucaWithoutText", uca.getDisplayId() == null ? "" : uca.getDisplayId());
    }

    /** The UCA's context in words: its context, else its text, else its display id. */
    static String context(UnsafeControlAction uca) {
        if (uca.getContext() != null && !uca.getContext().isBlank()) {
            return uca.getContext().strip();
        }
        return ucaClause(uca);
    }

    /** A list in English: "A", "A and B", "A, B and C". */
    static String list(List<String> items) {
        if (items.size() <= 1) {
            return items.isEmpty() ? "" : items.get(0);
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + " " + text("and") + " "
                + items.get(items.size() - 1);
    }

    static String quotedVariables(List<ProcessModelVariable> variables) {
        return list(variables.stream().map(ScenarioTexts::quoted).toList());
    }

    static String quotedConnections(List<? extends Connection> connections) {
        return list(connections.stream().map(ScenarioTexts::quoted).toList());
    }

    /** A control algorithm quoted whole if short, else its beginning and an ellipsis; lines joined by spaces. */
    static String algorithmQuote(String algorithm) {
        String oneLine = algorithm.strip().replaceAll("\\s*\\R\\s*", " ");
        if (oneLine.length() <= ALGORITHM_QUOTE) {
            return oneLine;
        }
        int cut = oneLine.lastIndexOf(' ', ALGORITHM_QUOTE);
        return oneLine.substring(0, cut > ALGORITHM_QUOTE / 2 ? cut : ALGORITHM_QUOTE) + " \u2026";
    }
}
