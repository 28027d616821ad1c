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
import org.premortem.model.stpa.IdentifiedElement;
import org.premortem.model.stpa.ProcessModelVariable;
import org.premortem.model.stpa.ScenarioClass;

/**
 * The controller believes a wrong value of a variable the UCA's context names (or of any of its variables when the
 * context names none): no feedback updates the variable; or a feedback that does is missing, late or inaccurate; or
 * several feedback connections that update it disagree (Handbook step 4, flawed process model; class 2).
 */
final class FlawedProcessModelCandidates implements CandidateSource {

    @Override
    public List<ScenarioCandidate> candidates(UcaSituation situation) {
        List<ScenarioCandidate> candidates = new ArrayList<>();
        Component controller = situation.controller().orElse(null);
        if (controller == null) {
            return candidates;
        }
        for (ProcessModelVariable variable : situation.consideredVariables()) {
            List<Feedback> updating = situation.query().feedbackUpdating(variable);
            if (updating.isEmpty()) {
                candidates.add(noFeedback(situation, controller, variable));
            }
            for (Feedback feedback : updating) {
                candidates.add(inadequateFeedback(situation, controller, variable, feedback));
            }
            if (updating.size() > 1) {
                candidates.add(conflictingFeedback(situation, controller, variable, updating));
            }
        }
        return candidates;
    }

    private static ScenarioCandidate noFeedback(UcaSituation situation, Component controller,
            ProcessModelVariable variable) {
        return new ScenarioCandidate("process-model.no-feedback:" + variable.getId(), situation.uca(),
                ScenarioClass.INADEQUATE_FEEDBACK,
                List.of(new CandidateFactor(CausalFactorKind.MISSING_FEEDBACK,
                        text("factor.noFeedback", quoted(variable))),
                        wrongBelief(controller, variable)),
                List.of(controller, variable),
                text("processModel.noFeedback", ucaClause(situation.uca()), name(controller), quoted(variable)));
    }

    private static ScenarioCandidate inadequateFeedback(UcaSituation situation, Component controller,
            ProcessModelVariable variable, Feedback feedback) {
        String source = name(feedback.getSource());
        return new ScenarioCandidate("process-model.feedback:" + variable.getId() + ":" + feedback.getId(),
                situation.uca(), ScenarioClass.INADEQUATE_FEEDBACK,
                List.of(new CandidateFactor(CausalFactorKind.FEEDBACK_NOT_RECEIVED,
                        text("factor.feedbackNotReceived", quoted(feedback), source)),
                        new CandidateFactor(CausalFactorKind.FEEDBACK_DELAYED,
                                text("factor.feedbackDelayed", quoted(feedback))),
                        new CandidateFactor(CausalFactorKind.FEEDBACK_INACCURATE,
                                text("factor.feedbackInaccurate", quoted(feedback))),
                        wrongBelief(controller, variable)),
                NamedElements.of(controller, variable, feedback, feedback.getSource()),
                text("processModel.feedback", ucaClause(situation.uca()), name(controller), quoted(variable),
                        quoted(feedback), source));
    }

    private static ScenarioCandidate conflictingFeedback(UcaSituation situation, Component controller,
            ProcessModelVariable variable, List<Feedback> updating) {
        List<IdentifiedElement> named = new ArrayList<>(List.of(controller, variable));
        named.addAll(updating);
        return new ScenarioCandidate("process-model.conflicting-feedback:" + variable.getId(), situation.uca(),
                ScenarioClass.INADEQUATE_FEEDBACK,
                List.of(new CandidateFactor(CausalFactorKind.CONFLICTING_FEEDBACK,
                        text("factor.conflictingFeedback", ScenarioTexts.quotedConnections(updating),
                                quoted(variable))),
                        wrongBelief(controller, variable)),
                named, text("processModel.conflictingFeedback", ucaClause(situation.uca()), name(controller),
                        quoted(variable), ScenarioTexts.quotedConnections(updating)));
    }

    static CandidateFactor wrongBelief(Component controller, ProcessModelVariable variable) {
        return new CandidateFactor(CausalFactorKind.FLAWED_PROCESS_MODEL,
                text("factor.wrongBelief", name(controller), quoted(variable)));
    }
}
