/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.core.scenarios;

import java.util.List;

/** One archetype of loss scenario: the candidates of that kind the structure around a UCA gives. */
interface CandidateSource {

    /** The candidates for the UCA of {@code situation}, in a fixed order (none when the structure gives none). */
    List<ScenarioCandidate> candidates(UcaSituation situation);
}
