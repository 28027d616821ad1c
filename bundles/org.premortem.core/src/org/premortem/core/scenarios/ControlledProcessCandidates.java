/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.core.scenarios;

import static org.premortem.core.scenarios.ScenarioTexts.name;
import static org.premortem.core.scenarios.ScenarioTexts.quoted;
import static org.premortem.core.scenarios.ScenarioTexts.text;

import java.util.ArrayList;
import java.util.List;

import org.premortem.model.stpa.CausalFactorKind;
import org.premortem.model.stpa.Component;
import org.premortem.model.stpa.ControlAction;
import org.premortem.model.stpa.IdentifiedElement;
import org.premortem.model.stpa.ScenarioClass;

/**
 * Why the safe action would not be followed, in the controlled process (class 4): other controllers (named) or other
 * replicas act on the same process; when providing is safe, the process ignores the action, cannot execute it in its
 * state, or runs out of resources; when not providing is safe, a disturbance or the process itself does what the
 * action would have done.
 */
final class ControlledProcessCandidates implements CandidateSource {

    @Override
    public List<ScenarioCandidate> candidates(UcaSituation situation) {
        List<ScenarioCandidate> candidates = new ArrayList<>();
        ControlAction action = situation.action().orElse(null);
        Component controller = situation.controller().orElse(null);
        if (action == null || controller == null) {
            return candidates;
        }
        for (Component process : ControlPath.of(action, situation.query()).processes()) {
            List<String> others = situation.othersActingOn(process);
            if (!others.isEmpty()) {
                candidates.add(candidate(situation, "process.others", process, action,
                        CausalFactorKind.CONFLICTING_ACTION, text("factor.othersAct", ScenarioTexts.list(others),
                                name(process)),
                        NamedElements.of(situation.otherControllersOf(process), process, action, controller),
                        ScenarioTexts.list(others)));
            }
            if (situation.providingIsSafe()) {
                candidates.add(candidate(situation, "process.ignored", process, action,
                        CausalFactorKind.IGNORED_BY_PROCESS, text("factor.ignored", name(process), quoted(action)),
                        NamedElements.of(process, action), ""));
                candidates.add(candidate(situation, "process.not-executed", process, action,
                        CausalFactorKind.ACTION_NOT_EXECUTED,
                        text("factor.notExecuted", name(process), quoted(action)),
                        NamedElements.of(process, action), ""));
                candidates.add(candidate(situation, "process.exhausted", process, action,
                        CausalFactorKind.RESOURCES_EXHAUSTED, text("factor.exhausted", name(process)),
                        NamedElements.of(process, action), ""));
            } else {
                candidates.add(candidate(situation, "process.disturbance", process, action, CausalFactorKind.OTHER,
                        text("factor.disturbance", name(process), quoted(action)),
                        NamedElements.of(process, action), ""));
            }
        }
        return candidates;
    }

    private static ScenarioCandidate candidate(UcaSituation situation, String kind, Component process,
            ControlAction action, CausalFactorKind factor, String factorText,
            List<IdentifiedElement> named, String others) {
        Component controller = situation.controller().orElseThrow();
        return new ScenarioCandidate(kind + ":" + process.getId(), situation.uca(), ScenarioClass.CONTROLLED_PROCESS,
                List.of(new CandidateFactor(factor, factorText)), named,
                text(kind, name(controller), quoted(action), name(process), others));
    }
}
