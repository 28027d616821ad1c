/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.core.tests.scenarios;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.junit.jupiter.api.Test;
import org.premortem.core.ids.IdAssigningAdapter;
import org.premortem.core.ids.IdSource;
import org.premortem.core.persistence.AnalysisStore;
import org.premortem.core.scenarios.AcceptScenarioCommand;
import org.premortem.core.scenarios.CandidateStatus;
import org.premortem.core.scenarios.RejectScenarioCommand;
import org.premortem.core.scenarios.ScenarioAssistant;
import org.premortem.core.scenarios.ScenarioCandidate;
import org.premortem.model.stpa.Analysis;
import org.premortem.model.stpa.CausalFactorKind;
import org.premortem.model.stpa.LossScenario;
import org.premortem.model.stpa.UnsafeControlAction;

/** Accepting makes a normal loss scenario in one undoable command; a rejection is kept in the file. */
class AcceptAndRejectTest {

    private final Analysis pump = Fixtures.insulinPump();
    private final UnsafeControlAction uca = pump.getUnsafeControlActions().get(1);
    private final BasicCommandStack stack = new BasicCommandStack();

    AcceptAndRejectTest() {
        IdAssigningAdapter.install(pump, IdSource.seeded(99));
    }

    @Test
    void acceptingAddsALossScenarioThatUndoRemovesAndRedoRestores() {
        ScenarioCandidate candidate = ScenarioAssistantTest.only(new ScenarioAssistant(pump).candidates(uca),
                "process-model.no-feedback:");
        AcceptScenarioCommand accept = new AcceptScenarioCommand(pump, candidate);
        stack.execute(accept);

        LossScenario scenario = accept.scenario();
        assertEquals(List.of(scenario), pump.getLossScenarios());
        assertEquals("LS-1", scenario.getDisplayId());
        assertNotNull(scenario.getId());
        assertSame(uca, scenario.getUnsafeControlAction());
        assertEquals(uca.getHazards(), scenario.getHazards());
        assertEquals(candidate.scenarioClass(), scenario.getScenarioClass());
        assertEquals(candidate.text(), scenario.getText());
        assertEquals(List.of(CausalFactorKind.MISSING_FEEDBACK, CausalFactorKind.FLAWED_PROCESS_MODEL),
                scenario.getCausalFactors().stream().map(f -> f.getKind()).toList());
        assertEquals(CandidateStatus.ACCEPTED, new ScenarioAssistant(pump).status(candidate));
        assertFalse(keys(new ScenarioAssistant(pump).suggestions(uca)).contains(candidate.key()));

        stack.undo();
        assertEquals(List.of(), pump.getLossScenarios());
        assertEquals(CandidateStatus.NEW, new ScenarioAssistant(pump).status(candidate));
        String id = scenario.getId();
        stack.redo();
        assertEquals(List.of(scenario), pump.getLossScenarios());
        assertEquals(id, scenario.getId());
        assertEquals("LS-1", scenario.getDisplayId());
    }

    @Test
    void anEditedScenarioStillCountsAsAcceptedWhileItsFactorsAreUnchanged() {
        ScenarioCandidate candidate = new ScenarioAssistant(pump).candidates(uca).get(0);
        AcceptScenarioCommand accept = new AcceptScenarioCommand(pump, candidate);
        stack.execute(accept);
        accept.scenario().setText("The analyst's own words");
        assertEquals(CandidateStatus.ACCEPTED, new ScenarioAssistant(pump).status(candidate));
        accept.scenario().getCausalFactors().get(0).setKind(CausalFactorKind.OTHER);
        assertEquals(CandidateStatus.NEW, new ScenarioAssistant(pump).status(candidate));
    }

    @Test
    void aRejectedCandidateStaysRejectedAcrossSaveAndLoad(@org.junit.jupiter.api.io.TempDir Path folder)
            throws Exception {
        ScenarioCandidate candidate = ScenarioAssistantTest.only(new ScenarioAssistant(pump).candidates(uca),
                "failure:");
        stack.execute(new RejectScenarioCommand(candidate, "  The pump software is certified.  "));
        assertEquals(CandidateStatus.REJECTED, new ScenarioAssistant(pump).status(candidate));
        assertFalse(keys(new ScenarioAssistant(pump).suggestions(uca)).contains(candidate.key()));
        assertEquals("The pump software is certified.", uca.getRejectedScenarios().get(0).getRationale());
        assertEquals(candidate.text(), uca.getRejectedScenarios().get(0).getText());

        Path file = folder.resolve("pump.premortem");
        AnalysisStore.save(pump, file);
        Analysis loaded = AnalysisStore.load(file);
        UnsafeControlAction loadedUca = loaded.getUnsafeControlActions().get(1);
        ScenarioAssistant assistant = new ScenarioAssistant(loaded);
        List<String> suggested = keys(assistant.suggestions(loadedUca));
        assertFalse(suggested.contains(candidate.key()));
        assertEquals(assistant.candidates(loadedUca).size() - 1, suggested.size());

        stack.undo();
        assertTrue(uca.getRejectedScenarios().isEmpty());
        assertEquals(CandidateStatus.NEW, new ScenarioAssistant(pump).status(candidate));
    }

    @Test
    void rejectingTheSameCandidateTwiceCannotBeDone() {
        ScenarioCandidate candidate = new ScenarioAssistant(pump).candidates(uca).get(0);
        stack.execute(new RejectScenarioCommand(candidate, null));
        assertFalse(new RejectScenarioCommand(candidate, null).canExecute());
        assertEquals(1, uca.getRejectedScenarios().size());
    }

    private static List<String> keys(List<ScenarioCandidate> candidates) {
        return candidates.stream().map(ScenarioCandidate::key).toList();
    }
}
