/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.core.tests.scenarios;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.premortem.core.scenarios.CandidateFactor;
import org.premortem.core.scenarios.ScenarioAssistant;
import org.premortem.core.scenarios.ScenarioCandidate;
import org.premortem.model.stpa.Analysis;
import org.premortem.model.stpa.CausalFactorKind;
import org.premortem.model.stpa.IdentifiedElement;
import org.premortem.model.stpa.ScenarioClass;
import org.premortem.model.stpa.UnsafeControlAction;

/** The candidates the assistant derives from small structures other than the shipped example. */
class ScenarioAssistantTest {

    private final Analysis pump = Fixtures.insulinPump();
    private final Analysis boiler = Fixtures.boiler();

    @Test
    void aVariableTheContextNamesGivesOneCandidatePerFeedbackThatUpdatesIt() {
        List<ScenarioCandidate> candidates = candidates(pump, 0);
        ScenarioCandidate belief = only(candidates, "process-model.feedback:");
        assertEquals(ScenarioClass.INADEQUATE_FEEDBACK, belief.scenarioClass());
        assertEquals(List.of(CausalFactorKind.FEEDBACK_NOT_RECEIVED, CausalFactorKind.FEEDBACK_DELAYED,
                CausalFactorKind.FEEDBACK_INACCURATE, CausalFactorKind.FLAWED_PROCESS_MODEL), kinds(belief));
        assertEquals(List.of("Pump software", "Glucose level", "Glucose reading", "Patient"), names(belief));
        assertEquals("Pump software provides Deliver bolus when the glucose level is low, because Pump software "
                + "believes a wrong value of \u201cGlucose level\u201d: the feedback \u201cGlucose reading\u201d from "
                + "Patient, which updates it, is not received, arrives late or is inaccurate.", belief.text());
        assertTrue(none(candidates, "Reservoir empty"), "variables the context does not name are left out");
        assertTrue(candidates.stream().noneMatch(c -> c.key().startsWith("process-model.unmodelled-context")));
    }

    @Test
    void aVariableNoFeedbackUpdatesSaysSo() {
        ScenarioCandidate belief = only(candidates(pump, 1), "process-model.no-feedback:");
        assertEquals(ScenarioClass.INADEQUATE_FEEDBACK, belief.scenarioClass());
        assertEquals(List.of(CausalFactorKind.MISSING_FEEDBACK, CausalFactorKind.FLAWED_PROCESS_MODEL), kinds(belief));
        assertEquals("no feedback updates \u201cReservoir empty\u201d", belief.factors().get(0).text());
        assertEquals(List.of("Pump software", "Reservoir empty"), names(belief));
        assertTrue(belief.text().contains("no feedback updates \u201cReservoir empty\u201d"), belief.text());
        assertTrue(belief.text().startsWith("Pump software does not provide Deliver bolus when the reservoir is "
                + "empty, because"), belief.text());
        ScenarioCandidate other = only(candidates(pump, 1), "feedback:");
        assertEquals(List.of("Pump software", "Glucose reading", "Patient", "Glucose level"), names(other));
    }

    @Test
    void aContextThatNamesNoVariableIsAnIncompleteProcessModelAndConsidersEveryVariable() {
        List<ScenarioCandidate> candidates = candidates(pump, 2);
        ScenarioCandidate unmodelled = only(candidates, "process-model.unmodelled-context:");
        assertEquals(ScenarioClass.UNSAFE_CONTROLLER_BEHAVIOR, unmodelled.scenarioClass());
        assertEquals("no process-model variable of Pump software tells \u201cThe patient is asleep\u201d",
                unmodelled.factors().get(0).text());
        assertEquals(1, count(candidates, "process-model.feedback:"));
        assertEquals(1, count(candidates, "process-model.no-feedback:"));
    }

    @Test
    void controllerCandidatesQuoteTheAlgorithmAndNameTheControllersAboveAndFailure() {
        List<ScenarioCandidate> candidates = candidates(pump, 0);
        ScenarioCandidate algorithm = only(candidates, "algorithm:");
        assertEquals(ScenarioClass.UNSAFE_CONTROLLER_BEHAVIOR, algorithm.scenarioClass());
        assertTrue(algorithm.text().endsWith("The algorithm as modelled: \u201cEvery five minutes, compute the bolus "
                + "from the glucose level and the therapy.\u201d"), algorithm.text());
        ScenarioCandidate input = only(candidates, "control-input:");
        assertEquals(List.of(CausalFactorKind.UNSAFE_CONTROL_INPUT), kinds(input));
        assertEquals(List.of("Pump software", "Set therapy", "Clinician"), names(input));
        assertEquals(List.of(CausalFactorKind.COMPONENT_FAILURE), kinds(only(candidates, "failure:")));
    }

    @Test
    void notProvidingFollowsTheControlPathThroughTheActuatorToTheProcess() {
        List<ScenarioCandidate> candidates = candidates(pump, 1);
        assertEquals(2, count(candidates, "path.not-received:"), "the action and the actuator's onward action");
        assertEquals(2, count(candidates, "path.delayed:"));
        ScenarioCandidate actuator = only(candidates, "path.actuator:");
        assertEquals(List.of("Deliver bolus", "Pump motor"), names(actuator));
        for (String kind : List.of("process.ignored:", "process.not-executed:", "process.exhausted:")) {
            ScenarioCandidate process = only(candidates, kind);
            assertEquals(ScenarioClass.CONTROLLED_PROCESS, process.scenarioClass());
            assertEquals("Patient", process.namedElements().get(0).labelText(), "the process at the path's end");
        }
        assertEquals(0, count(candidates, "path.spurious:"));
        assertEquals(0, count(candidates, "process.disturbance:"));
    }

    @Test
    void providingHasSpuriousActionsAndDisturbancesInstead() {
        List<ScenarioCandidate> candidates = candidates(pump, 0);
        assertEquals(ScenarioClass.CONTROL_PATH, only(candidates, "path.spurious:").scenarioClass());
        assertEquals(ScenarioClass.CONTROLLED_PROCESS, only(candidates, "process.disturbance:").scenarioClass());
        assertEquals(0, count(candidates, "path.not-received:"));
        assertEquals(0, count(candidates, "path.conflicting:"), "nobody else issues Deliver bolus");
        assertEquals(0, count(candidates, "process.others:"));
    }

    @Test
    void otherControllersAndReplicasActingOnTheSameProcessAreNamed() {
        List<ScenarioCandidate> candidates = candidates(boiler, 0);
        ScenarioCandidate conflicting = only(candidates, "path.conflicting:");
        assertTrue(conflicting.text().contains("the other replicas of Thermostat (\u00d72) and Operator issue"),
                conflicting.text());
        assertTrue(names(conflicting).contains("Operator"));
        ScenarioCandidate others = only(candidates, "process.others:");
        assertEquals(List.of(CausalFactorKind.CONFLICTING_ACTION), kinds(others));
        assertTrue(others.text().startsWith("The other replicas of Thermostat (\u00d72) and Operator also act on "
                + "Boiler"), "a sentence starts with a capital: " + others.text());
        assertTrue(names(others).containsAll(List.of("Operator", "Boiler")), names(others).toString());
        ScenarioCandidate stale = only(candidates, "process-model.changed-by-others:");
        assertEquals(List.of(CausalFactorKind.CONFLICTING_ACTION, CausalFactorKind.FLAWED_PROCESS_MODEL), kinds(stale));
        assertTrue(only(candidates, "failure:").text().contains("one of the 2 replicas of Thermostat fails"));
    }

    @Test
    void severalFeedbackUpdatingOneVariableMayConflict() {
        List<ScenarioCandidate> candidates = candidates(boiler, 0);
        assertEquals(2, count(candidates, "process-model.feedback:"));
        ScenarioCandidate conflicting = only(candidates, "process-model.conflicting-feedback:");
        assertEquals(List.of(CausalFactorKind.CONFLICTING_FEEDBACK, CausalFactorKind.FLAWED_PROCESS_MODEL),
                kinds(conflicting));
        assertEquals("\u201cSensor temperature\u201d and \u201cBoiler temperature\u201d disagree about \u201cRoom "
                + "temperature\u201d", conflicting.factors().get(0).text());
    }

    @Test
    void lateActionsAreDelayedNotLost() {
        List<ScenarioCandidate> candidates = candidates(boiler, 1);
        assertEquals(1, count(candidates, "path.delayed:"));
        assertEquals(0, count(candidates, "path.not-received:"));
        assertEquals(1, count(candidates, "process.ignored:"));
    }

    @Test
    void theSameModelGivesTheSameCandidates() {
        for (int i = 0; i < pump.getUnsafeControlActions().size(); i++) {
            assertEquals(describe(candidates(pump, i)), describe(candidates(Fixtures.insulinPump(), i)));
        }
        List<ScenarioCandidate> once = candidates(boiler, 0);
        assertEquals(once.stream().map(ScenarioCandidate::key).distinct().count(), once.size(), "keys are unique");
    }

    @Test
    void aUcaWithoutControlActionOrControllerGetsNoCandidateAboutThem() {
        UnsafeControlAction bare = org.premortem.model.stpa.StpaFactory.eINSTANCE.createUnsafeControlAction();
        pump.getUnsafeControlActions().add(bare);
        assertEquals(List.of(), new ScenarioAssistant(pump).candidates(bare));
    }

    static List<ScenarioCandidate> candidates(Analysis analysis, int ucaIndex) {
        return new ScenarioAssistant(analysis).candidates(analysis.getUnsafeControlActions().get(ucaIndex));
    }

    static ScenarioCandidate only(List<ScenarioCandidate> candidates, String keyPrefix) {
        List<ScenarioCandidate> found = candidates.stream().filter(c -> c.key().startsWith(keyPrefix)).toList();
        assertEquals(1, found.size(), keyPrefix + " in " + candidates.stream().map(ScenarioCandidate::key).toList());
        return found.get(0);
    }

    private static long count(List<ScenarioCandidate> candidates, String keyPrefix) {
        return candidates.stream().filter(c -> c.key().startsWith(keyPrefix)).count();
    }

    private static boolean none(List<ScenarioCandidate> candidates, String name) {
        return candidates.stream().noneMatch(c -> names(c).contains(name));
    }

    private static List<CausalFactorKind> kinds(ScenarioCandidate candidate) {
        return candidate.factors().stream().map(CandidateFactor::kind).toList();
    }

    static List<String> names(ScenarioCandidate candidate) {
        return candidate.namedElements().stream().map(IdentifiedElement::labelText).toList();
    }

    private static List<String> describe(List<ScenarioCandidate> candidates) {
        return candidates.stream().map(c -> c.key() + " " + c.scenarioClass() + " " + c.factors() + " "
                + names(c) + " " + c.text()).toList();
    }
}
