/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.validation.tests;

import static java.util.List.of;

import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.premortem.core.build.AnalysisBuilder;
import org.premortem.core.build.ControlStructureBuilder;
import org.premortem.model.stpa.Analysis;
import org.premortem.model.stpa.Component;
import org.premortem.model.stpa.ConflictKind;
import org.premortem.model.stpa.ControlAction;
import org.premortem.model.stpa.Hazard;
import org.premortem.model.stpa.Loss;
import org.premortem.model.stpa.MergeConflict;
import org.premortem.model.stpa.NotApplicableVerdict;
import org.premortem.model.stpa.Requirement;
import org.premortem.model.stpa.ScenarioClass;
import org.premortem.model.stpa.StpaFactory;
import org.premortem.model.stpa.SystemConstraint;
import org.premortem.model.stpa.UcaCategory;
import org.premortem.model.stpa.UcaType;
import org.premortem.model.stpa.UnsafeControlAction;
import org.premortem.validation.CategoryUnanalysedRule;
import org.premortem.validation.ConstraintWithoutHazardRule;
import org.premortem.validation.ConstraintWithoutResponsibilityRule;
import org.premortem.validation.ControllerWithoutResponsibilityRule;
import org.premortem.validation.DuplicateDisplayIdRule;
import org.premortem.validation.EmptyTextRule;
import org.premortem.validation.HazardWithoutConstraintRule;
import org.premortem.validation.HazardWithoutLossRule;
import org.premortem.validation.HazardWordingRule;
import org.premortem.validation.LossWithoutHazardRule;
import org.premortem.validation.MergeConflictRule;
import org.premortem.validation.RequirementUnlinkedRule;
import org.premortem.validation.ScenarioWithoutRequirementRule;
import org.premortem.validation.SubHazardLossNotInParentRule;
import org.premortem.validation.TodoTextRule;
import org.premortem.validation.UcaSourceMismatchRule;
import org.premortem.validation.UcaWithoutControllerConstraintRule;
import org.premortem.validation.UcaWithoutHazardRule;
import org.premortem.validation.UcaWithoutScenarioRule;

/** The oracle of every completeness, traceability, consistency and wording rule. */
class CompletenessRulesTest {

    static Stream<Oracle> oracles() {
        return Stream.of(
                Oracle.of(new LossWithoutHazardRule(), b -> {
                    Loss linked = b.loss("Loss of life");
                    b.loss("Loss of mission");
                    b.hazard("Doors open while moving", linked);
                }, of("L-2"), of("L-1")),
                Oracle.of(new HazardWithoutLossRule(), b -> {
                    Loss loss = b.loss("Loss of life");
                    Hazard cited = b.hazard("Doors open while moving", loss);
                    b.subHazard(cited, "Doors open at speed");
                    b.hazard("Train too close to another");
                }, of("H-2"), of("H-1", "H-1.1")),
                Oracle.of(new SubHazardLossNotInParentRule(), b -> {
                    Loss life = b.loss("Loss of life");
                    Loss money = b.loss("Loss of money");
                    Hazard parent = b.hazard("Doors open while moving", life);
                    b.subHazard(parent, "Doors open at speed", life);
                    b.subHazard(parent, "Doors open in tunnel", life, money);
                }, of("H-1.2"), of("H-1", "H-1.1")),
                Oracle.of(new HazardWithoutConstraintRule(), b -> {
                    Hazard constrained = b.hazard("Doors open while moving");
                    b.subHazard(constrained, "Doors open at speed");
                    b.hazard("Train too close to another");
                    b.systemConstraint("Doors must stay closed while moving", constrained);
                }, of("H-2"), of("H-1", "H-1.1")),
                Oracle.of(new ConstraintWithoutHazardRule(), b -> {
                    Hazard hazard = b.hazard("Doors open while moving");
                    SystemConstraint linked = b.systemConstraint("Doors must stay closed", hazard);
                    b.subConstraint(linked, "Doors must lock above 5 km/h");
                    b.systemConstraint("Be nice");
                }, of("SC-2"), of("SC-1", "SC-1.1")),
                Oracle.of(new ConstraintWithoutResponsibilityRule(), b -> {
                    SystemConstraint enforced = b.systemConstraint("Doors must stay closed");
                    b.systemConstraint("Trains must keep distance");
                    ControlStructureBuilder cs = b.controlStructure("Doors");
                    cs.responsibility(cs.controller("Door controller"), "Keep doors closed", enforced);
                }, of("SC-2"), of("SC-1")),
                Oracle.of(new ControllerWithoutResponsibilityRule(), b -> {
                    ControlStructureBuilder cs = b.controlStructure("Doors");
                    Component responsible = cs.controller("Door controller");
                    cs.responsibility(responsible, "Keep doors closed");
                    Component driver = cs.humanController("Driver");
                    Component process = cs.controlledProcess("Doors");
                    Component acting = cs.controlledProcess("Train computer");
                    cs.controlAction(acting, process, "Lock");
                    cs.controlAction(driver, process, "Open");
                }, of("CMP-2", "CMP-4"), of("CMP-1", "CMP-3")),
                Oracle.of(new CategoryUnanalysedRule(), b -> {
                    ControlStructureBuilder cs = b.controlStructure("Doors");
                    Component controller = cs.controller("Door controller");
                    Component doors = cs.controlledProcess("Doors");
                    ControlAction complete = cs.controlAction(controller, doors, "Open");
                    ControlAction partial = cs.controlAction(controller, doors, "Close");
                    b.uca(complete, UcaType.NOT_PROVIDED, "at the platform", "not opened at the platform");
                    b.uca(complete, UcaType.PROVIDED, "while moving", "opened while moving");
                    b.uca(complete, UcaType.TOO_LATE, "after departure time", "opened too late");
                    b.notApplicable(complete, UcaCategory.DURATION, NotApplicableVerdict.NOT_APPLICABLE, "instant");
                    b.notApplicable(complete, UcaCategory.PARAMETER, NotApplicableVerdict.NOT_HAZARDOUS, "binary");
                    b.uca(partial, UcaType.PROVIDED, "on a passenger", "closed on a passenger");
                    b.notApplicable(partial, UcaCategory.PARAMETER, NotApplicableVerdict.NOT_APPLICABLE, "");
                }, of("CA-2"), of("CA-1")),
                Oracle.of(new UcaWithoutHazardRule(), b -> {
                    Hazard hazard = b.hazard("Doors open while moving");
                    ControlAction open = openAction(b);
                    b.uca(open, UcaType.PROVIDED, "while moving", "opened while moving", hazard);
                    b.uca(open, UcaType.NOT_PROVIDED, "at the platform", "not opened at the platform");
                }, of("UCA-2"), of("UCA-1")),
                Oracle.of(new UcaWithoutControllerConstraintRule(), b -> {
                    ControlAction open = openAction(b);
                    UnsafeControlAction covered = b.uca(open, UcaType.PROVIDED, "while moving", "opened while moving");
                    b.uca(open, UcaType.NOT_PROVIDED, "at the platform", "not opened at the platform");
                    b.controllerConstraint("Must not open while moving", covered);
                }, of("UCA-2"), of("UCA-1")),
                Oracle.of(new UcaWithoutScenarioRule(), b -> {
                    ControlAction open = openAction(b);
                    UnsafeControlAction explained = b.uca(open, UcaType.PROVIDED, "while moving", "opened while moving");
                    b.uca(open, UcaType.NOT_PROVIDED, "at the platform", "not opened at the platform");
                    b.lossScenario(explained, ScenarioClass.INADEQUATE_FEEDBACK, "speed feedback late");
                }, of("UCA-2"), of("UCA-1")),
                Oracle.of(new ScenarioWithoutRequirementRule(), b -> {
                    UnsafeControlAction uca = b.uca(openAction(b), UcaType.PROVIDED, "while moving", "opened");
                    b.addresses(b.requirement("Interlock with speed"),
                            b.lossScenario(uca, ScenarioClass.INADEQUATE_FEEDBACK, "speed feedback late"));
                    b.lossScenario(uca, ScenarioClass.UNSAFE_CONTROLLER_BEHAVIOR, "algorithm bug");
                }, of("LS-2"), of("LS-1")),
                Oracle.of(new RequirementUnlinkedRule(), b -> {
                    Hazard hazard = b.hazard("Doors open while moving");
                    Requirement linked = b.requirement("Interlock with speed");
                    b.addresses(linked, hazard);
                    b.requirement("Be safe");
                }, of("REQ-2"), of("REQ-1")),
                Oracle.of(new DuplicateDisplayIdRule(), b -> {
                    b.loss("Loss of life");
                    b.loss("Loss of mission").setDisplayId("L-1");
                    b.loss("Loss of money");
                }, of("L-1"), of("L-3")),
                Oracle.of(new MergeConflictRule(), b -> {
                    Loss changedTwice = b.loss("Loss of life");
                    Loss deletedByTheirs = b.loss("Loss of mission");
                    b.loss("Loss of money");
                    Analysis analysis = (Analysis) changedTwice.eContainer();
                    MergeConflict text = StpaFactory.eINSTANCE.createMergeConflict();
                    text.setElement(changedTwice);
                    text.setFeature("text");
                    text.getOurs().add("Loss of life");
                    text.getTheirs().add("Loss of lives");
                    analysis.getConflicts().add(text);
                    MergeConflict deleted = StpaFactory.eINSTANCE.createMergeConflict();
                    deleted.setElement(deletedByTheirs);
                    deleted.setKind(ConflictKind.DELETED_BY_THEIRS);
                    deleted.getOurs().add("changed text");
                    analysis.getConflicts().add(deleted);
                }, of("L-1", "L-2"), of("L-3")),
                Oracle.of(new UcaSourceMismatchRule(), b -> {
                    ControlAction open = openAction(b);
                    b.uca(open, UcaType.PROVIDED, "while moving", "opened while moving");
                    UnsafeControlAction wrong = b.uca(open, UcaType.NOT_PROVIDED, "at platform", "not opened");
                    wrong.setSource(open.getTarget());
                }, of("UCA-2"), of("UCA-1")),
                Oracle.of(new EmptyTextRule(), b -> {
                    b.loss("Loss of life");
                    b.loss("  ");
                    b.hazard(null);
                }, of("L-2", "H-1"), of("L-1")),
                Oracle.of(new TodoTextRule(), b -> {
                    b.loss("Loss of life");
                    b.loss("TODO: ask the operator");
                    b.hazard("Doors open while moving").setDisplayId("H-1");
                    b.systemConstraint("Doors must stay closed (tbd)");
                    b.goal("Metro todos are out of scope");
                }, of("L-2", "SC-1"), of("L-1", "H-1", "G-1")),
                Oracle.of(new HazardWordingRule(), b -> {
                    b.hazard("Doors are open while the train moves");
                    b.hazard("Loss of life on the platform");
                    b.hazard("The door sensor fails");
                }, of("H-2", "H-3"), of("H-1")));
    }

    private static ControlAction openAction(AnalysisBuilder b) {
        ControlStructureBuilder cs = b.controlStructure("Doors");
        return cs.controlAction(cs.controller("Door controller"), cs.controlledProcess("Doors"), "Open doors");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("oracles")
    void ruleReportsExactlyItsOracle(Oracle oracle) {
        RuleOracles.check(oracle);
    }
}
