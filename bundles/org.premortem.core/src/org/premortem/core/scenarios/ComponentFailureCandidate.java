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

/** The controller itself, or one of its replicas, fails: a crash, a hang, a faulty part (class 1). */
final class ComponentFailureCandidate implements CandidateSource {

    @Override
    public List<ScenarioCandidate> candidates(UcaSituation situation) {
        Component controller = situation.controller().orElse(null);
        if (controller == null) {
            return List.of();
        }
        String wording = controller.getReplicas() > 1
                ? text("failure.replica", ucaClause(situation.uca()), name(controller), controller.getReplicas())
                : text("failure.single", ucaClause(situation.uca()), name(controller));
        return List.of(new ScenarioCandidate("failure:" + controller.getId(), situation.uca(),
                ScenarioClass.UNSAFE_CONTROLLER_BEHAVIOR,
                List.of(new CandidateFactor(CausalFactorKind.COMPONENT_FAILURE,
                        text("factor.failure", ScenarioTexts.withReplicas(controller)))),
                NamedElements.of(controller), wording));
    }
}
