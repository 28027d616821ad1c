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
 * The controller's beliefs are right but its control algorithm does not handle the UCA's context: quoted from the
 * model when the analyst wrote it down (inadequate control algorithm; class 1).
 */
final class ControlAlgorithmCandidate implements CandidateSource {

    @Override
    public List<ScenarioCandidate> candidates(UcaSituation situation) {
        Component controller = situation.controller().orElse(null);
        if (controller == null) {
            return List.of();
        }
        String context = ScenarioTexts.context(situation.uca());
        String algorithm = controller.getControlAlgorithm();
        String wording = algorithm == null || algorithm.isBlank()
                ? text("algorithm.undescribed", ucaClause(situation.uca()), name(controller))
                : text("algorithm.quoted", ucaClause(situation.uca()), name(controller),
                        ScenarioTexts.algorithmQuote(algorithm));
        return List.of(new ScenarioCandidate("algorithm:" + controller.getId(), situation.uca(),
                ScenarioClass.UNSAFE_CONTROLLER_BEHAVIOR,
                List.of(new CandidateFactor(CausalFactorKind.INADEQUATE_CONTROL_ALGORITHM,
                        text("factor.algorithm", name(controller), context))),
                NamedElements.of(controller), wording));
    }
}
