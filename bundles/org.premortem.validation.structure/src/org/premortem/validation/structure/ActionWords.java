/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.validation.structure;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

/** The words of an action's name that name what it acts on: all but the first (the verb), lower case, singular. */
final class ActionWords {

    private ActionWords() {
    }

    static Set<String> objectWords(String name) {
        Set<String> words = new LinkedHashSet<>();
        if (name == null) {
            return words;
        }
        String[] parts = name.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+");
        boolean verb = true;
        for (String part : parts) {
            if (part.isEmpty()) {
                continue;
            }
            if (verb) {
                verb = false;
                continue;
            }
            String word = part.length() > 3 && part.endsWith("s") && !part.endsWith("ss")
                    ? part.substring(0, part.length() - 1) : part;
            if (word.length() >= 3) {
                words.add(word);
            }
        }
        return words;
    }
}
