/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.core.scenarios;

import java.util.List;
import java.util.Objects;

import org.premortem.model.stpa.IdentifiedElement;
import org.premortem.model.stpa.ScenarioClass;
import org.premortem.model.stpa.UnsafeControlAction;

/**
 * A draft loss scenario the assistant derived from the analysis's structure for one UCA: its class, its causal
 * factors, the elements of the analysis it names and its wording (a sentence: its first letter is made a capital).
 * The key identifies it across sessions (the kind of candidate and the permanent ids of what it names), so a
 * rejection outlives renames and reordering.
 */
public record ScenarioCandidate(String key, UnsafeControlAction uca, ScenarioClass scenarioClass,
        List<CandidateFactor> factors, List<IdentifiedElement> namedElements, String text) {

    public ScenarioCandidate {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(uca, "uca");
        Objects.requireNonNull(scenarioClass, "scenarioClass");
        factors = List.copyOf(factors);
        namedElements = List.copyOf(namedElements);
        Objects.requireNonNull(text, "text");
        if (!text.isEmpty() && Character.isLowerCase(text.codePointAt(0))) {
            text = new StringBuilder().appendCodePoint(Character.toUpperCase(text.codePointAt(0)))
                    .append(text, Character.charCount(text.codePointAt(0)), text.length()).toString();
        }
    }
}
