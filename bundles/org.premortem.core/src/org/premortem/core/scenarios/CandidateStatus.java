/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.core.scenarios;

/** Where a candidate loss scenario stands with the analyst. */
public enum CandidateStatus {
    /** Neither accepted nor rejected yet: the assistant proposes it. */
    NEW,
    /** A loss scenario of the UCA already says what the candidate says (its class and causal factors, or its text). */
    ACCEPTED,
    /** The analyst rejected it; the UCA remembers it, so it is not proposed again. */
    REJECTED
}
