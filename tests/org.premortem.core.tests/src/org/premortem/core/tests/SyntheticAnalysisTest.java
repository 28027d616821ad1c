/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.core.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.premortem.core.persistence.AnalysisStore;
import org.premortem.core.stats.AnalysisStatistics;
import org.premortem.core.synthetic.SyntheticAnalysis;
import org.premortem.model.stpa.Analysis;
import org.premortem.model.stpa.ControllerConstraint;
import org.premortem.model.stpa.LossScenario;
import org.premortem.model.stpa.Requirement;
import org.premortem.model.stpa.UnsafeControlAction;

/** Synthetic analyses: exact size, deterministic per seed, fully traced, in the proportions of real analyses. */
class SyntheticAnalysisTest {

    @TempDir
    Path folder;

    @ParameterizedTest
    @ValueSource(ints = { 1, 2, 7, 250 })
    void hasExactlyTheRequestedUcas(int ucas) {
        assertEquals(ucas, SyntheticAnalysis.generate(ucas, 3).getUnsafeControlActions().size());
    }

    @Test
    void sameSizeAndSeedGiveTheSameBytesAndAnotherSeedAnotherModel() throws IOException {
        byte[] first = AnalysisStore.serialize(SyntheticAnalysis.generate(300, 42));
        assertArrayEquals(first, AnalysisStore.serialize(SyntheticAnalysis.generate(300, 42)));
        assertFalse(Arrays.equals(first, AnalysisStore.serialize(SyntheticAnalysis.generate(300, 43))));
    }

    @Test
    void everyUcaIsTracedToHazardsConstraintScenarioAndRequirement() {
        Analysis analysis = SyntheticAnalysis.generate(500, 7);
        Set<UnsafeControlAction> constrained = new HashSet<>();
        for (ControllerConstraint constraint : analysis.getControllerConstraints()) {
            constrained.addAll(constraint.getUnsafeControlActions());
        }
        Set<UnsafeControlAction> explained = new HashSet<>();
        for (LossScenario scenario : analysis.getLossScenarios()) {
            explained.add(scenario.getUnsafeControlAction());
        }
        Set<UnsafeControlAction> required = new HashSet<>();
        Set<LossScenario> mitigated = new HashSet<>();
        for (Requirement requirement : analysis.getRequirements()) {
            required.addAll(requirement.getUnsafeControlActions());
            mitigated.addAll(requirement.getLossScenarios());
        }
        for (UnsafeControlAction uca : analysis.getUnsafeControlActions()) {
            assertFalse(uca.getHazards().isEmpty(), uca.getDisplayId());
            assertTrue(constrained.contains(uca), uca.getDisplayId() + " has a controller constraint");
            assertTrue(explained.contains(uca), uca.getDisplayId() + " has a loss scenario");
            assertTrue(required.contains(uca), uca.getDisplayId() + " has a requirement");
            assertEquals(uca.getControlAction().getSource(), uca.getSource(), uca.getDisplayId());
        }
        assertTrue(mitigated.containsAll(analysis.getLossScenarios()), "every scenario has a requirement");
    }

    @Test
    void proportionsFollowRealAnalyses() {
        AnalysisStatistics stats = AnalysisStatistics.of(SyntheticAnalysis.generate(1200, 1));
        assertEquals(1200, stats.ucas());
        assertEquals(1200, stats.controllerConstraints());
        assertBetween(3.5, 4.5, 1200.0 / stats.controlActions(), "UCAs per control action");
        assertBetween(2.5, 3.1, (double) stats.controlActions() / stats.controllers(), "actions per controller");
        assertBetween(1.3, 1.7, stats.lossScenarios() / 1200.0, "scenarios per UCA");
        assertBetween(1.0, 1.1, stats.requirements() / 1200.0, "requirements per UCA");
        assertBetween(7, 12, 1200.0 / stats.hazards(), "UCAs per hazard, sub-hazards included");
        assertBetween(0.4, 1.0, (double) stats.feedback() / stats.controlActions(), "feedback per control action");
        assertTrue(stats.notApplicable() > 0 && stats.controlStructures() > 0);
    }

    @Test
    void savedSyntheticAnalysisLoadsBackEqual() throws IOException {
        Analysis analysis = SyntheticAnalysis.generate(120, 5);
        Path file = folder.resolve("synthetic.premortem");
        AnalysisStore.save(analysis, file);
        assertTrue(EcoreUtil.equals(analysis, AnalysisStore.load(file)));
    }

    @Test
    void refusesAnalysesWithoutUcas() {
        assertThrows(IllegalArgumentException.class, () -> SyntheticAnalysis.generate(0, 1));
    }

    private static void assertBetween(double low, double high, double actual, String what) {
        assertTrue(actual >= low && actual <= high, what + ": " + actual + " not in [" + low + ", " + high + "]");
    }
}
