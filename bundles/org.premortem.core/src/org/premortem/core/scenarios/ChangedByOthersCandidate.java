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
 * Other controllers, or other replicas of this one, act on the same process: it changes between what the controller
 * last learned about it and the moment it acts, so its belief is out of date (time of check to time of use; class 2).
 */
final class ChangedByOthersCandidate implements CandidateSource {

    @Override
    public List<ScenarioCandidate> candidates(UcaSituation situation) {
        Component controller = situation.controller().orElse(null);
        Component process = situation.target().orElse(null);
        if (controller == null || process == null) {
            return List.of();
        }
        List<String> others = situation.othersActingOn(process);
        if (others.isEmpty()) {
            return List.of();
        }
        String who = ScenarioTexts.list(others);
        return List.of(new ScenarioCandidate("process-model.changed-by-others:" + process.getId(), situation.uca(),
                ScenarioClass.INADEQUATE_FEEDBACK,
                List.of(new CandidateFactor(CausalFactorKind.CONFLICTING_ACTION,
                        text("factor.othersAct", who, name(process))),
                        new CandidateFactor(CausalFactorKind.FLAWED_PROCESS_MODEL,
                                text("factor.outOfDate", name(controller), name(process)))),
                NamedElements.of(situation.otherControllersOf(process), controller, process),
                text("processModel.changedByOthers", ucaClause(situation.uca()), name(controller), name(process),
                        who)));
    }
}
