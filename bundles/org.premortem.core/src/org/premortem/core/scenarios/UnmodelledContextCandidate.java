/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.core.scenarios;

import static org.premortem.core.scenarios.ScenarioTexts.name;
import static org.premortem.core.scenarios.ScenarioTexts.text;
import static org.premortem.core.scenarios.ScenarioTexts.ucaClause;

import java.util.List;

import org.premortem.model.stpa.CausalFactorKind;
import org.premortem.model.stpa.Component;
import org.premortem.model.stpa.ScenarioClass;

/**
 * The UCA's context names none of the controller's process-model variables: the controller has no belief that
 * tells it it is in that context, so it cannot act on it (flawed, incomplete process model; class 1).
 */
final class UnmodelledContextCandidate implements CandidateSource {

    @Override
    public List<ScenarioCandidate> candidates(UcaSituation situation) {
        Component controller = situation.controller().orElse(null);
        if (controller == null || !situation.namedVariables().isEmpty()) {
            return List.of();
        }
        String context = ScenarioTexts.context(situation.uca());
        return List.of(new ScenarioCandidate("process-model.unmodelled-context:" + controller.getId(),
                situation.uca(), ScenarioClass.UNSAFE_CONTROLLER_BEHAVIOR,
                List.of(new CandidateFactor(CausalFactorKind.FLAWED_PROCESS_MODEL,
                        text("factor.unmodelledContext", name(controller), context))),
                NamedElements.of(controller),
                text("processModel.unmodelledContext", ucaClause(situation.uca()), name(controller), context)));
    }
}
