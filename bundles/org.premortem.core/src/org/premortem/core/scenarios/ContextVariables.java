/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.core.scenarios;

import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.premortem.model.stpa.Component;
import org.premortem.model.stpa.ControlAction;
import org.premortem.model.stpa.ProcessModelVariable;
import org.premortem.model.stpa.UnsafeControlAction;
import org.premortem.model.stpa.VariableValue;

/**
 * Which process-model variables of the controller a UCA's context names: those of its structured context conditions,
 * and those whose name the context (or the UCA's text) states in words. A variable's words that it shares with the
 * control action's name ("plan", "i" for "Delete plan i") say nothing about which variable is meant, so a variable
 * is named when its other words all occur (or, for names of three such words or more, two thirds of them).
 */
final class ContextVariables {

    private static final Set<String> FILLER = Set.of("a", "an", "the", "is", "are", "be", "been", "being", "was",
            "were", "of", "to", "in", "on", "at", "by", "for", "from", "with", "than", "and", "or", "not", "no", "when",
            "while", "there", "it", "its", "has", "have", "had", "does", "do", "did", "even", "that", "this", "as");

    private ContextVariables() {
    }

    /** The variables of {@code controller} the UCA's context names, in process-model order. */
    static List<ProcessModelVariable> named(UnsafeControlAction uca, Component controller, ControlAction action) {
        Set<ProcessModelVariable> named = new LinkedHashSet<>();
        for (VariableValue condition : uca.getContextConditions()) {
            if (condition.getVariable() != null) {
                named.add(condition.getVariable());
            }
        }
        Set<String> said = words(join(uca.getContext(), uca.getText()));
        Set<String> actionWords = action == null ? Set.of() : words(action.getName());
        for (ProcessModelVariable variable : controller.getProcessModel()) {
            if (isSaid(words(variable.getName()), actionWords, said)) {
                named.add(variable);
            }
        }
        return List.copyOf(named);
    }

    private static boolean isSaid(Set<String> variableWords, Set<String> actionWords, Set<String> said) {
        Set<String> telling = new HashSet<>(variableWords);
        telling.removeAll(actionWords);
        if (telling.isEmpty()) {
            telling = variableWords;
        }
        if (telling.isEmpty()) {
            return false;
        }
        long found = telling.stream().filter(said::contains).count();
        return found == telling.size() || telling.size() >= 3 && found * 3 >= telling.size() * 2L;
    }

    private static String join(String first, String second) {
        return (first == null ? "" : first) + " " + (second == null ? "" : second);
    }

    /** The words of a text that carry meaning, lower case, plural and possessive endings removed. */
    static Set<String> words(String text) {
        Set<String> words = new LinkedHashSet<>();
        if (text == null) {
            return words;
        }
        for (String word : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}']+")) {
            String stem = stem(word.replace("'", ""));
            if (stem.length() >= 2 && !FILLER.contains(stem)) {
                words.add(stem);
            }
        }
        return words;
    }

    private static String stem(String word) {
        if (word.length() > 3 && word.endsWith("s") && !word.endsWith("ss")) {
            return word.substring(0, word.length() - 1);
        }
        return word;
    }
}
