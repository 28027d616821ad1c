/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.core.scenarios;

import java.util.Objects;

import org.premortem.model.stpa.CausalFactorKind;

/** One causal factor of a candidate loss scenario: its kind and how it applies, in words. */
public record CandidateFactor(CausalFactorKind kind, String text) {

    public CandidateFactor {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(text, "text");
    }
}
