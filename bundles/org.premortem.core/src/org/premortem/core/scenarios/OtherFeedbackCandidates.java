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
import org.premortem.model.stpa.Feedback;
import org.premortem.model.stpa.ScenarioClass;

/**
 * The rest of the controller's feedback: each feedback connection reaching the controller that updates none of the
 * variables the belief candidates already cover may be missing, late or inaccurate, so that the controller misjudges
 * the process it controls (class 2).
 */
final class OtherFeedbackCandidates implements CandidateSource {

    @Override
    public List<ScenarioCandidate> candidates(UcaSituation situation) {
        List<ScenarioCandidate> candidates = new ArrayList<>();
        Component controller = situation.controller().orElse(null);
        if (controller == null) {
            return candidates;
        }
        for (Feedback feedback : situation.query().feedbackTo(controller)) {
            if (feedback.getUpdatedVariables().stream().noneMatch(situation.consideredVariables()::contains)) {
                candidates.add(candidate(situation, controller, feedback));
            }
        }
        return candidates;
    }

    private static ScenarioCandidate candidate(UcaSituation situation, Component controller, Feedback feedback) {
        String source = name(feedback.getSource());
        String updates = feedback.getUpdatedVariables().isEmpty() ? text("updatesNothing", name(controller))
                : text("updates", ScenarioTexts.quotedVariables(feedback.getUpdatedVariables()));
        return new ScenarioCandidate("feedback:" + feedback.getId(), situation.uca(),
                ScenarioClass.INADEQUATE_FEEDBACK,
                List.of(new CandidateFactor(CausalFactorKind.FEEDBACK_NOT_RECEIVED,
                        text("factor.feedbackNotReceived", quoted(feedback), source)),
                        new CandidateFactor(CausalFactorKind.FEEDBACK_DELAYED,
                                text("factor.feedbackDelayed", quoted(feedback))),
                        new CandidateFactor(CausalFactorKind.FEEDBACK_INACCURATE,
                                text("factor.feedbackInaccurate", quoted(feedback)))),
                NamedElements.of(feedback.getUpdatedVariables(), controller, feedback, feedback.getSource()),
                text("feedback.other", ucaClause(situation.uca()), name(controller), quoted(feedback), source,
                        updates));
    }
}
