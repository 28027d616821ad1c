/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.core.tests.scenarios;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.premortem.core.scenarios.CandidateFactor;
import org.premortem.core.scenarios.ScenarioAssistant;
import org.premortem.core.scenarios.ScenarioCandidate;
import org.premortem.examples.DynamoDbDnsExample;
import org.premortem.model.stpa.Analysis;
import org.premortem.model.stpa.CausalFactor;
import org.premortem.model.stpa.CausalFactorKind;
import org.premortem.model.stpa.LossScenario;
import org.premortem.model.stpa.ScenarioClass;
import org.premortem.model.stpa.UnsafeControlAction;

/**
 * The shipped example with its 27 loss scenarios removed: do the assistant's candidates cover the article's scenarios?
 * An article scenario is covered when a candidate of its UCA has its class and at least one of its causal-factor kinds
 * (any kind, when the article gives only "other").
 */
class ExampleScenarioCoverageTest {

    @Test
    void candidatesCoverTheArticlesScenarios() {
        Analysis example = DynamoDbDnsExample.build();
        List<LossScenario> article = List.copyOf(example.getLossScenarios());
        assertEquals(27, article.size());
        List<Expected> expected = article.stream().map(Expected::of).toList();
        for (LossScenario scenario : article) {
            EcoreUtil.delete(scenario, true);
        }
        assertEquals(List.of(), example.getLossScenarios());

        ScenarioAssistant assistant = new ScenarioAssistant(example);
        List<String> missed = new ArrayList<>();
        for (Expected scenario : expected) {
            if (assistant.suggestions(scenario.uca()).stream().noneMatch(scenario::isCoveredBy)) {
                missed.add(scenario.displayId());
            }
        }
        int covered = expected.size() - missed.size();
        System.out.printf("Scenario assistant on the example: %d of %d article scenarios covered (%d%%); missed: %s%n",
                covered, expected.size(), covered * 100 / expected.size(), missed);
        assertEquals(List.of(), missed, "article scenarios no candidate covers");
    }

    /**
     * The article's scenarios that name a piece of the structure (a variable without a source, a feedback path, a
     * higher controller) are matched by a candidate that names that very element.
     */
    @ParameterizedTest(name = "{0}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
            LS-1  | process-model.no-feedback:     | Latest plan applied by the Enactors is good
            LS-2  | feedback:                      | Health and capacity
            LS-7  | process-model.feedback:        | Health and capacity
            LS-11 | process-model.no-feedback:     | Plan i is good
            LS-12 | feedback:                      | Active plan and plan ages (query)
            LS-17 | control-input:                 | Planner
            LS-19 | process-model.no-feedback:     | Plan i is good
            LS-21 | process-model.no-feedback:     | Plan i is good
            LS-23 | process-model.changed-by-others: | Route53
            LS-24 | process-model.no-feedback:     | Plan i is active
            LS-25 | path.conflicting:              | Delete plan i
            """)
    void scenariosThatNameTheStructureAreMatchedByCandidatesNamingTheSameElements(String scenarioId, String keyPrefix,
            String element) {
        Analysis example = DynamoDbDnsExample.build();
        LossScenario scenario = example.getLossScenarios().stream()
                .filter(s -> scenarioId.equals(s.getDisplayId())).findFirst().orElseThrow();
        List<ScenarioCandidate> matching = new ScenarioAssistant(example)
                .candidates(scenario.getUnsafeControlAction()).stream()
                .filter(c -> c.key().startsWith(keyPrefix) && c.scenarioClass() == scenario.getScenarioClass())
                .filter(c -> ScenarioAssistantTest.names(c).contains(element)).toList();
        assertEquals(1, matching.size(), scenarioId + " " + keyPrefix + " " + element);
    }

    @Test
    void uca12TheEnactorDeletesTheActivePlanBecauseNoFeedbackTellsItWhichPlanIsActive() {
        Analysis example = DynamoDbDnsExample.build();
        UnsafeControlAction uca12 = example.getUnsafeControlActions().stream()
                .filter(uca -> "UCA-12".equals(uca.getDisplayId())).findFirst().orElseThrow();
        ScenarioCandidate candidate = new ScenarioAssistant(example).candidates(uca12).stream()
                .filter(c -> c.key().startsWith("process-model.no-feedback:")).findFirst().orElseThrow();
        assertEquals(ScenarioClass.INADEQUATE_FEEDBACK, candidate.scenarioClass());
        assertEquals(List.of("Enactor", "Plan i is active"), ScenarioAssistantTest.names(candidate));
        assertEquals("Enactor deletes plan i when plan i is active, because Enactor believes a wrong value of "
                + "\u201cPlan i is active\u201d: no feedback updates \u201cPlan i is active\u201d, so nothing tells "
                + "Enactor its actual value.", candidate.text());
    }

    @Test
    void suggestionsAreReproducible() {
        Analysis one = DynamoDbDnsExample.build();
        Analysis two = DynamoDbDnsExample.build();
        for (int i = 0; i < one.getUnsafeControlActions().size(); i++) {
            assertEquals(describe(new ScenarioAssistant(one).candidates(one.getUnsafeControlActions().get(i))),
                    describe(new ScenarioAssistant(two).candidates(two.getUnsafeControlActions().get(i))));
        }
    }

    private static List<String> describe(List<ScenarioCandidate> candidates) {
        return candidates.stream().map(c -> c.key() + " " + c.scenarioClass() + " " + c.factors() + " " + c.text())
                .toList();
    }

    /** What an article scenario says, kept before it is removed. */
    private record Expected(String displayId, UnsafeControlAction uca, ScenarioClass scenarioClass,
            Set<CausalFactorKind> kinds) {

        static Expected of(LossScenario scenario) {
            return new Expected(scenario.getDisplayId(), scenario.getUnsafeControlAction(),
                    scenario.getScenarioClass(),
                    scenario.getCausalFactors().stream().map(CausalFactor::getKind).collect(Collectors.toSet()));
        }

        boolean isCoveredBy(ScenarioCandidate candidate) {
            if (candidate.scenarioClass() != scenarioClass) {
                return false;
            }
            Set<CausalFactorKind> specific = kinds.stream().filter(kind -> kind != CausalFactorKind.OTHER)
                    .collect(Collectors.toSet());
            return specific.isEmpty()
                    || candidate.factors().stream().map(CandidateFactor::kind).anyMatch(specific::contains);
        }
    }
}
