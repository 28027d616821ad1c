/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.core.scenarios;

import java.util.Objects;

import org.premortem.model.stpa.CausalFactor;
import org.premortem.model.stpa.LossScenario;
import org.premortem.model.stpa.RejectedScenario;
import org.premortem.model.stpa.StpaFactory;

/** Turns candidates into model elements: the loss scenario accepting makes, the record rejecting leaves. */
public final class ScenarioDrafts {

    private static final StpaFactory STPA = StpaFactory.eINSTANCE;

    private ScenarioDrafts() {
    }

    /**
     * A new loss scenario, not yet in any analysis, saying what the candidate says: its UCA and the UCA's hazards,
     * its class, its causal factors and its wording. Adding it to an analysis gives it its ids.
     */
    public static LossScenario scenario(ScenarioCandidate candidate) {
        Objects.requireNonNull(candidate, "candidate");
        LossScenario scenario = STPA.createLossScenario();
        scenario.setUnsafeControlAction(candidate.uca());
        scenario.getHazards().addAll(candidate.uca().getHazards());
        scenario.setScenarioClass(candidate.scenarioClass());
        scenario.setText(candidate.text());
        for (CandidateFactor factor : candidate.factors()) {
            CausalFactor causalFactor = STPA.createCausalFactor();
            causalFactor.setKind(factor.kind());
            causalFactor.setText(factor.text());
            scenario.getCausalFactors().add(causalFactor);
        }
        return scenario;
    }

    /** A new record of the candidate's rejection, with the analyst's reason (may be empty). */
    public static RejectedScenario rejection(ScenarioCandidate candidate, String rationale) {
        Objects.requireNonNull(candidate, "candidate");
        RejectedScenario rejected = STPA.createRejectedScenario();
        rejected.setKey(candidate.key());
        rejected.setText(candidate.text());
        if (rationale != null && !rationale.isBlank()) {
            rejected.setRationale(rationale.strip());
        }
        return rejected;
    }
}
