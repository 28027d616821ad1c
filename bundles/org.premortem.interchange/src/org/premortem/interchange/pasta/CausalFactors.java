/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.interchange.pasta;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.premortem.model.stpa.CausalFactorKind;
import org.premortem.model.stpa.ScenarioClass;

/**
 * PASTA's causal-factor keywords of a loss scenario and Premortem's causal-factor kinds and scenario classes. The
 * factor's text keeps the keyword ({@code ... (PASTA: changesOverTime)}) where the kind does not say it alone.
 */
final class CausalFactors {

    /** One keyword: its Premortem kind and class, and the words shown as the factor's text. */
    record Factor(String keyword, CausalFactorKind kind, ScenarioClass scenarioClass, String words) {

        String text() {
            return words + " (PASTA: " + keyword + ")";
        }
    }

    private static final List<Factor> FACTORS = List.of(
            new Factor("controlAction", CausalFactorKind.ACTION_NOT_RECEIVED, ScenarioClass.CONTROL_PATH,
                    "Control action not executed or improperly executed"),
            new Factor("inadequateOperation", CausalFactorKind.ACTION_NOT_EXECUTED, ScenarioClass.CONTROLLED_PROCESS,
                    "Inadequate operation of the controlled process"),
            new Factor("delayedOperation", CausalFactorKind.ACTION_DELAYED, ScenarioClass.CONTROLLED_PROCESS,
                    "Delayed operation"),
            new Factor("componentFailure", CausalFactorKind.COMPONENT_FAILURE, ScenarioClass.CONTROLLED_PROCESS,
                    "Component failure"),
            new Factor("changesOverTime", CausalFactorKind.OTHER, ScenarioClass.CONTROLLED_PROCESS,
                    "Changes over time"),
            new Factor("conflictingCA", CausalFactorKind.CONFLICTING_ACTION, ScenarioClass.CONTROL_PATH,
                    "Conflicting control actions"),
            new Factor("wrongProcessInput", CausalFactorKind.OTHER, ScenarioClass.CONTROLLED_PROCESS,
                    "Process input missing or wrong"),
            new Factor("disturbance", CausalFactorKind.OTHER, ScenarioClass.CONTROLLED_PROCESS,
                    "Unidentified or out-of-range disturbance"),
            new Factor("processOutput", CausalFactorKind.OTHER, ScenarioClass.CONTROLLED_PROCESS,
                    "Process output contributes to the hazard"),
            new Factor("delayedFeedback", CausalFactorKind.FEEDBACK_DELAYED, ScenarioClass.INADEQUATE_FEEDBACK,
                    "Feedback delayed"),
            new Factor("measurementInaccurate", CausalFactorKind.FEEDBACK_INACCURATE,
                    ScenarioClass.INADEQUATE_FEEDBACK, "Measurement inaccurate"),
            new Factor("incorrectInformationProvided", CausalFactorKind.CONFLICTING_FEEDBACK,
                    ScenarioClass.INADEQUATE_FEEDBACK, "Incorrect information provided"),
            new Factor("missingFeedback", CausalFactorKind.MISSING_FEEDBACK, ScenarioClass.INADEQUATE_FEEDBACK,
                    "Feedback missing"),
            new Factor("inadequateControlAlgorithm", CausalFactorKind.INADEQUATE_CONTROL_ALGORITHM,
                    ScenarioClass.UNSAFE_CONTROLLER_BEHAVIOR, "Inadequate control algorithm"),
            new Factor("wrongProcessModel", CausalFactorKind.FLAWED_PROCESS_MODEL,
                    ScenarioClass.UNSAFE_CONTROLLER_BEHAVIOR, "Flawed process model"),
            new Factor("wrongControlInput", CausalFactorKind.UNSAFE_CONTROL_INPUT,
                    ScenarioClass.UNSAFE_CONTROLLER_BEHAVIOR, "Unsafe control input"));

    private static final Pattern KEPT = Pattern.compile("\\(PASTA: (\\w+)\\)\\s*$");

    private CausalFactors() {
    }

    static Optional<Factor> of(String keyword) {
        return FACTORS.stream().filter(f -> f.keyword().equals(keyword)).findFirst();
    }

    /** The keyword for a Premortem factor: the one its text keeps, else the first one of its kind. */
    static Optional<String> keywordFor(CausalFactorKind kind, String text) {
        if (text != null) {
            Matcher matcher = KEPT.matcher(text);
            if (matcher.find() && of(matcher.group(1)).isPresent()) {
                return Optional.of(matcher.group(1));
            }
        }
        CausalFactorKind similar = switch (kind) {
            case FEEDBACK_NOT_RECEIVED -> CausalFactorKind.MISSING_FEEDBACK;
            case RESOURCES_EXHAUSTED -> CausalFactorKind.COMPONENT_FAILURE;
            case IGNORED_BY_PROCESS -> CausalFactorKind.ACTION_NOT_EXECUTED;
            default -> kind;
        };
        return FACTORS.stream().filter(f -> f.kind() == similar && similar != CausalFactorKind.OTHER)
                .map(Factor::keyword).findFirst();
    }
}
