/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.validation.tests;

import static java.util.List.of;

import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.premortem.core.build.ControlStructureBuilder;
import org.premortem.model.stpa.Component;
import org.premortem.model.stpa.ComponentKind;
import org.premortem.model.stpa.ControlAction;
import org.premortem.model.stpa.ProcessModelVariable;
import org.premortem.model.stpa.UcaType;
import org.premortem.validation.structure.ColdStartRule;
import org.premortem.validation.structure.ConflictingControllersRule;
import org.premortem.validation.structure.DestructiveActionRule;
import org.premortem.validation.structure.IsolatedComponentRule;
import org.premortem.validation.structure.NoFeedbackFromControlledRule;
import org.premortem.validation.structure.UnconfirmedActionRule;
import org.premortem.validation.structure.VariableWithoutFeedbackRule;

/** The oracle of every control-structure rule. */
class StructureRulesTest {

    static Stream<Oracle> oracles() {
        return Stream.of(
                Oracle.of(new NoFeedbackFromControlledRule(), b -> {
                    ControlStructureBuilder cs = b.controlStructure("DNS");
                    Component planner = cs.controller("Planner");
                    Component enactor = cs.controller("Enactor");
                    Component route53 = cs.controlledProcess("Route53");
                    cs.child(route53, "Record store", ComponentKind.CONTROLLED_PROCESS);
                    cs.controlAction(planner, enactor, "New plan");
                    cs.controlAction(enactor, route53, "Add plan");
                    cs.feedback(route53.getChildren().get(0), enactor, "Stored plans");
                }, of("CMP-1"), of("CMP-2", "CMP-3")),
                Oracle.of(new VariableWithoutFeedbackRule(), b -> {
                    ControlStructureBuilder cs = b.controlStructure("DNS");
                    Component enactor = cs.controller("Enactor");
                    Component route53 = cs.controlledProcess("Route53");
                    ProcessModelVariable age = cs.variable(enactor, "Plan age", "old", "new");
                    cs.variable(enactor, "Plan is active", "yes", "no");
                    cs.feedback(route53, enactor, "Plan ages", age);
                }, of("PMV-2"), of("PMV-1")),
                Oracle.of(new ConflictingControllersRule(), b -> {
                    ControlStructureBuilder cs = b.controlStructure("DNS");
                    Component enactor = cs.replicatedController("Enactor", 3);
                    Component operator = cs.humanController("Operator");
                    Component planner = cs.controller("Planner");
                    Component route53 = cs.controlledProcess("Route53");
                    Component store = cs.controlledProcess("Plan store");
                    Component covered = cs.controlledProcess("Config");
                    cs.controlAction(enactor, route53, "Set plan active");
                    cs.controlAction(operator, store, "Write plan");
                    cs.controlAction(planner, store, "Write plan");
                    ControlAction a = cs.controlAction(operator, covered, "Set flag");
                    cs.controlAction(planner, covered, "Set flag");
                    b.uca(a, UcaType.PROVIDED, "while another controller sets it", "Operator sets the flag while"
                            + " another controller sets it");
                    cs.controlAction(planner, enactor, "New plan");
                }, of("CMP-4", "CMP-5"), of("CMP-6", "CMP-1")),
                Oracle.of(new DestructiveActionRule(), b -> {
                    ControlStructureBuilder cs = b.controlStructure("DNS");
                    Component enactor = cs.controller("Enactor");
                    Component cleaner = cs.controller("Cleaner");
                    Component route53 = cs.controlledProcess("Route53");
                    ProcessModelVariable active = cs.variable(cleaner, "Plan is active", "yes", "no");
                    cs.variable(enactor, "Plan is active", "yes", "no");
                    ControlAction unanalysed = cs.controlAction(enactor, route53, "Delete plan");
                    ControlAction unconfirmed = cs.controlAction(enactor, route53, "Remove record");
                    ControlAction guarded = cs.controlAction(cleaner, route53, "Delete old plan");
                    ControlAction harmless = cs.controlAction(enactor, route53, "Add plan");
                    cs.feedback(route53, cleaner, "Active plan", active);
                    b.uca(unconfirmed, UcaType.PROVIDED, "when the record is in use", "removes a record in use");
                    b.uca(guarded, UcaType.PROVIDED, "when the plan is active", "deletes the active plan");
                    b.uca(harmless, UcaType.PROVIDED, "when storage is full", "adds when full");
                    b.uca(unanalysed, UcaType.NOT_PROVIDED, "when storage is full", "does not delete");
                }, of("CA-1", "CA-2"), of("CA-3", "CA-4")),
                Oracle.of(new UnconfirmedActionRule(), b -> {
                    ControlStructureBuilder cs = b.controlStructure("DNS");
                    Component planner = cs.controller("Planner");
                    Component enactor = cs.controller("Enactor");
                    Component route53 = cs.controlledProcess("Route53");
                    Component lb = cs.controlledProcess("Load balancers");
                    ProcessModelVariable age = cs.variable(enactor, "Plan age", "old", "new");
                    cs.controlAction(planner, enactor, "New plan");
                    cs.controlAction(enactor, route53, "Add plan");
                    cs.controlAction(planner, lb, "Drain");
                    cs.feedback(route53, enactor, "Plan ages", age);
                    cs.feedback(lb, planner, "Health");
                }, of("CA-1", "CA-3"), of("CA-2")),
                Oracle.of(new ColdStartRule(), b -> {
                    ControlStructureBuilder cs = b.controlStructure("DNS");
                    Component enactor = cs.controller("Enactor");
                    Component planner = cs.controller("Planner");
                    Component cleaner = cs.controller("Cleaner");
                    Component route53 = cs.controlledProcess("Route53");
                    ControlAction add = cs.controlAction(enactor, route53, "Add plan");
                    cs.controlAction(planner, enactor, "New plan");
                    cs.controlAction(cleaner, route53, "Delete plan");
                    b.uca(add, UcaType.NOT_PROVIDED, "there are no plans at all", "Enactor does not add a plan");
                }, of("CMP-2"), of("CMP-1", "CMP-3", "CMP-4")),
                Oracle.of(new IsolatedComponentRule(), b -> {
                    ControlStructureBuilder cs = b.controlStructure("DNS");
                    Component planner = cs.controller("Planner");
                    Component route53 = cs.controlledProcess("Route53");
                    Component parent = cs.controlledProcess("Region");
                    Component child = cs.child(parent, "Endpoint", ComponentKind.CONTROLLED_PROCESS);
                    cs.controlledProcess("Forgotten");
                    cs.controlAction(planner, route53, "New plan");
                    cs.inputOutput(child, null, "DNS answers");
                }, of("CMP-5"), of("CMP-1", "CMP-2", "CMP-3", "CMP-4")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("oracles")
    void ruleReportsExactlyItsOracle(Oracle oracle) {
        RuleOracles.check(oracle);
    }
}
