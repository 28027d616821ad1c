/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.core.scenarios;

import static org.premortem.core.scenarios.ScenarioTexts.name;
import static org.premortem.core.scenarios.ScenarioTexts.quoted;
import static org.premortem.core.scenarios.ScenarioTexts.text;
import static org.premortem.core.scenarios.ScenarioTexts.ucaClause;

import java.util.ArrayList;
import java.util.List;

import org.premortem.model.stpa.CausalFactorKind;
import org.premortem.model.stpa.Component;
import org.premortem.model.stpa.Connection;
import org.premortem.model.stpa.ControlAction;
import org.premortem.model.stpa.Feedback;
import org.premortem.model.stpa.ScenarioClass;

/**
 * Each controller that acts on this one (a control action to it) or feeds it (an input from it) may give it an
 * unsafe control input that it follows: one candidate per such connection (unsafe control input; class 1).
 */
final class UnsafeControlInputCandidates implements CandidateSource {

    @Override
    public List<ScenarioCandidate> candidates(UcaSituation situation) {
        List<ScenarioCandidate> candidates = new ArrayList<>();
        Component controller = situation.controller().orElse(null);
        if (controller == null) {
            return candidates;
        }
        for (Connection connection : situation.connectionsInto(controller)) {
            Component from = connection.getSource();
            boolean fromController = from != null && from != controller
                    && situation.isController(from);
            if (fromController && !(connection instanceof Feedback)) {
                candidates.add(candidate(situation, controller, connection));
            }
        }
        return candidates;
    }

    private static ScenarioCandidate candidate(UcaSituation situation, Component controller, Connection input) {
        String key = input instanceof ControlAction ? "algorithm.input.action" : "algorithm.input.other";
        return new ScenarioCandidate("control-input:" + input.getId(), situation.uca(),
                ScenarioClass.UNSAFE_CONTROLLER_BEHAVIOR,
                List.of(new CandidateFactor(CausalFactorKind.UNSAFE_CONTROL_INPUT,
                        text("factor.controlInput", name(input.getSource()), quoted(input)))),
                NamedElements.of(controller, input, input.getSource()),
                text(key, ucaClause(situation.uca()), name(controller), name(input.getSource()), quoted(input)));
    }
}
