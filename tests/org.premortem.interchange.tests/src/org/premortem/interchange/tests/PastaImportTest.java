/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.interchange.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.eclipse.emf.ecore.EObject;
import org.junit.jupiter.api.Test;
import org.premortem.core.interchange.ImportException;
import org.premortem.core.interchange.ImportResult;
import org.premortem.core.validation.Finding;
import org.premortem.core.validation.RuleRegistry;
import org.premortem.core.validation.Severity;
import org.premortem.core.validation.ValidationSettings;
import org.premortem.core.validation.Validator;
import org.premortem.model.stpa.Analysis;
import org.premortem.model.stpa.CausalFactorKind;
import org.premortem.model.stpa.Component;
import org.premortem.model.stpa.ContextTable;
import org.premortem.model.stpa.Hazard;
import org.premortem.model.stpa.LossScenario;
import org.premortem.model.stpa.Requirement;
import org.premortem.model.stpa.ScenarioClass;
import org.premortem.model.stpa.UcaType;
import org.premortem.model.stpa.UnsafeControlAction;
import org.premortem.validation.LossWithoutHazardRule;
import org.premortem.validation.structure.ColdStartRule;

/**
 * Importing the fixtures, written by hand from PASTA's grammar to use every construct: the analysis holds as many
 * elements of each kind as the file, validation finds no error, ids and links are PASTA's.
 */
class PastaImportTest {

    /** The elements of every-construct.stpa, counted by hand in the file. */
    private static final Map<String, Integer> EVERY_CONSTRUCT = new TreeMap<>(Map.ofEntries(Map.entry("Goal", 2),
            Map.entry("Assumption", 1), Map.entry("Loss", 3), Map.entry("Hazard", 6),
            Map.entry("SystemConstraint", 3), Map.entry("ControlStructure", 1), Map.entry("Component", 5),
            Map.entry("ProcessModelVariable", 3), Map.entry("ControlAction", 3), Map.entry("Feedback", 2),
            Map.entry("InputOutput", 3), Map.entry("Responsibility", 2), Map.entry("UnsafeControlAction", 5),
            Map.entry("ContextTable", 1), Map.entry("ContextTableRow", 1), Map.entry("VariableValue", 2),
            Map.entry("ControllerConstraint", 2), Map.entry("LossScenario", 4), Map.entry("CausalFactor", 3),
            Map.entry("Requirement", 3)));

    @Test
    void everyConstructGivesAsManyElementsAsTheFileHas() throws Exception {
        assertEquals(EVERY_CONSTRUCT, counts(Pasta.read(Pasta.EVERY_CONSTRUCT).analysis()));
    }

    @Test
    void theContextTableFileGivesARowAndAUcaPerContext() throws Exception {
        Map<String, Integer> expected = new TreeMap<>(EVERY_CONSTRUCT);
        expected.put("UnsafeControlAction", 4);
        expected.put("ContextTable", 4);
        expected.put("ContextTableRow", 5);
        // values of the rows (2 + 3 + 2 + 1) and of the UCAs' context conditions (the same again), and the DCA's 2
        expected.put("VariableValue", 2 * 8 + 2);
        assertEquals(expected, counts(Pasta.read(Pasta.CONTEXT_TABLE).analysis()));
    }

    @Test
    void validationFindsNoError() throws Exception {
        for (Path file : List.of(Pasta.EVERY_CONSTRUCT, Pasta.CONTEXT_TABLE, Pasta.OLDER_GRAMMAR, Pasta.RULE_TYPES)) {
            RuleRegistry rules = RuleRegistry.fromServiceLoader(LossWithoutHazardRule.class.getClassLoader(),
                    ColdStartRule.class.getClassLoader());
            List<Finding> findings = new Validator(rules, ValidationSettings.defaults())
                    .validate(Pasta.read(file).analysis());
            assertTrue(findings.stream().noneMatch(f -> f.severity() == Severity.ERROR), file + ": " + findings);
        }
    }

    @Test
    void pastaIdsThatFitBecomeDisplayIdsAndTheOthersNotes() throws Exception {
        ImportResult result = Pasta.read(Pasta.EVERY_CONSTRUCT);
        Analysis analysis = result.analysis();
        Hazard h2 = analysis.getHazards().get(1);
        assertEquals("H-2", h2.getDisplayId());
        assertEquals(List.of("H-2.1", "H-2.2"), h2.getSubHazards().stream().map(Hazard::getDisplayId).toList());
        assertEquals("SC-2.1", analysis.getSystemConstraints().get(1).getSubConstraints().get(0).getDisplayId());
        assertEquals("LS-4", analysis.getLossScenarios().get(3).getDisplayId(), "Scenario4 is numbered next");
        Requirement sr2 = analysis.getRequirements().get(1);
        assertEquals("REQ-4", sr2.getDisplayId());
        String description = analysis.getDescription();
        assertTrue(description.contains("REQ-4: id SR2"), description);
        assertTrue(description.contains("H-2: header Barrier faults"), description);
        assertTrue(description.contains("CMP-1: hierarchyLevel 0"), description);
        assertTrue(description.contains("PMV-3: range slow = [0, 40)"), description);
        assertTrue(result.notices().stream().anyMatch(n -> n.message().contains("Barrier faults")),
                result.notices().toString());
    }

    @Test
    void structureUcasScenariosAndRequirementsAreLinked() throws Exception {
        Analysis analysis = Pasta.read(Pasta.EVERY_CONSTRUCT).analysis();
        Component interlocking = analysis.getControlStructures().get(0).getComponents().get(0);
        assertEquals("Interlocking computer", interlocking.getName());
        assertEquals("Watchdog timer", interlocking.getChildren().get(0).getName());
        assertEquals(2, interlocking.getResponsibilities().size());
        assertEquals(List.of("yes", "no"), interlocking.getProcessModel().get(0).getValues());
        List<UnsafeControlAction> ucas = analysis.getUnsafeControlActions();
        assertEquals(List.of(UcaType.NOT_PROVIDED, UcaType.PROVIDED, UcaType.TOO_LATE, UcaType.STOPPED_TOO_SOON,
                UcaType.NOT_PROVIDED), ucas.stream().map(UnsafeControlAction::getType).toList());
        assertEquals("Close barriers", ucas.get(0).getControlAction().getName());
        assertEquals(interlocking, ucas.get(0).getSource());
        LossScenario ls1 = analysis.getLossScenarios().get(0);
        assertEquals(ucas.get(0), ls1.getUnsafeControlAction());
        assertEquals(CausalFactorKind.MISSING_FEEDBACK, ls1.getCausalFactors().get(0).getKind());
        assertEquals(ScenarioClass.INADEQUATE_FEEDBACK, ls1.getScenarioClass());
        Requirement req3 = analysis.getRequirements().get(2);
        assertEquals(List.of(ucas.get(2)), req3.getUnsafeControlActions());
        assertEquals(List.of(analysis.getLossScenarios().get(2)), req3.getLossScenarios());
        ContextTable dca = analysis.getContextTables().get(0);
        assertTrue(dca.getRows().get(0).getHazardousTypes().isEmpty(), "a desired action's context is not hazardous");
    }

    @Test
    void contextsBecomeUcasThatConstraintsAndScenariosReferTo() throws Exception {
        Analysis analysis = Pasta.read(Pasta.CONTEXT_TABLE).analysis();
        UnsafeControlAction cx2 = analysis.getUnsafeControlActions().get(1);
        assertEquals(analysis.getContextTables().get(0).getRows().get(1), cx2.getContextTableRow());
        assertEquals("trainNear = yes, barrierState = moving, speed = fast", cx2.getContext());
        assertEquals(cx2, analysis.getLossScenarios().get(0).getUnsafeControlAction());
        assertEquals(UcaType.TOO_LATE, analysis.getUnsafeControlActions().get(2).getType());
        assertEquals(List.of(analysis.getUnsafeControlActions().get(0), analysis.getUnsafeControlActions().get(2)),
                analysis.getControllerConstraints().get(0).getUnsafeControlActions());
    }

    @Test
    void everyRuleTypeIsAUcaType() throws Exception {
        assertEquals(List.of(UcaType.NOT_PROVIDED, UcaType.PROVIDED, UcaType.TOO_LATE, UcaType.TOO_EARLY,
                UcaType.WRONG_ORDER, UcaType.APPLIED_TOO_LONG, UcaType.STOPPED_TOO_SOON),
                Pasta.read(Pasta.RULE_TYPES).analysis().getUnsafeControlActions().stream()
                        .map(UnsafeControlAction::getType).toList());
    }

    @Test
    void theOlderGrammarsCoordinationAndBidirectionalEdgesAreNotes() throws Exception {
        ImportResult result = Pasta.read(Pasta.OLDER_GRAMMAR);
        String description = result.analysis().getDescription();
        assertTrue(description.contains(": coordination"), description);
        assertTrue(description.contains(": bi"), description);
        List<String> notices = result.notices().stream().map(Object::toString).toList();
        assertTrue(notices.contains(Pasta.OLDER_GRAMMAR + ":15:14: the coordination edge handover (older PASTA; an "
                + "input/output here) has no place in Premortem; kept as a note in the analysis description"),
                notices.toString());
        assertEquals(2, notices.stream().filter(n -> n.contains("'bi'")).count(), notices.toString());
    }

    @Test
    void everyNoteIsReportedWithItsPlace() throws Exception {
        List<String> notices = Pasta.read(Pasta.EVERY_CONSTRUCT).notices().stream().map(Object::toString).toList();
        assertEquals(3, notices.stream().filter(n -> n.contains("hierarchy level")).count(), notices.toString());
        assertTrue(notices.contains(Pasta.EVERY_CONSTRUCT + ":41:21: the range of speed.slow has no place in "
                + "Premortem; kept as a note in the analysis description"), notices.toString());
        assertTrue(notices.stream().anyMatch(n -> n.contains("desired control action D1")), notices.toString());
        assertTrue(notices.stream().anyMatch(n -> n.contains("14 PASTA ids")), notices.toString());
    }

    @Test
    void theSameFileGivesTheSameAnalysis() throws Exception {
        assertEquals(AnalysisOutline.of(Pasta.read(Pasta.EVERY_CONSTRUCT).analysis()),
                AnalysisOutline.of(Pasta.read(Pasta.EVERY_CONSTRUCT).analysis()));
        assertEquals(Pasta.read(Pasta.EVERY_CONSTRUCT).analysis().getId(),
                Pasta.read(Pasta.EVERY_CONSTRUCT).analysis().getId(), "permanent ids come from the file's bytes");
    }

    private static Map<String, Integer> counts(Analysis analysis) throws ImportException, IOException {
        Map<String, Integer> counts = new TreeMap<>();
        for (var it = analysis.eAllContents(); it.hasNext();) {
            EObject next = it.next();
            if (!next.eClass().getName().equals("DisplayIdCounter")) {
                counts.merge(next.eClass().getName(), 1, Integer::sum);
            }
        }
        return counts;
    }
}
