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
import org.premortem.model.stpa.ControlAction;
import org.premortem.model.stpa.UcaType;
import org.premortem.validation.structure.CommonModeRecoveryRule;
import org.premortem.validation.structure.FleetWideActionRule;
import org.premortem.validation.structure.UnrecoverableActionRule;
import org.premortem.validation.structure.UnstoppableControllerRule;
import org.premortem.validation.structure.UnsupervisedAutomationRule;

/**
 * The oracles of the structural cues real outages show: fleet-wide pushes, unrecoverable and unstoppable destructive
 * actions, common-mode recovery, unsupervised automation. Each fixture holds elements the rule must report and
 * corrected ones it must leave alone.
 */
class StructureCueRulesTest {

    static Stream<Oracle> oracles() {
        return Stream.of(
                Oracle.of(new FleetWideActionRule(), b -> {
                    ControlStructureBuilder cs = b.controlStructure("Config");
                    Component planner = cs.controller("Planner");
                    Component enactor = cs.replicatedController("Enactor", 3);
                    Component route53 = cs.controlledProcess("Route53");
                    Component cache = cs.controlledProcess("Cache");
                    cache.setReplicas(2);
                    cs.controlAction(planner, enactor, "New plan");
                    cs.controlAction(enactor, route53, "Add plan");
                    ControlAction timed = cs.controlAction(planner, cache, "Push config");
                    ControlAction scoped = cs.controlAction(planner, cache, "Flush");
                    ControlAction unscoped = cs.controlAction(planner, cache, "Warm");
                    b.uca(timed, UcaType.TOO_EARLY, "before the canary is healthy", "Planner pushes too early");
                    b.uca(scoped, UcaType.PROVIDED, "to all replicas at once", "Planner flushes every cache");
                    b.uca(unscoped, UcaType.PROVIDED, "when the cache is cold", "Planner warms a cold cache");
                }, of("CA-1", "CA-5"), of("CA-2", "CA-3", "CA-4")),
                Oracle.of(new UnrecoverableActionRule(), b -> {
                    ControlStructureBuilder cs = b.controlStructure("Storage");
                    Component enactor = cs.controller("Enactor");
                    Component operator = cs.humanController("Operator");
                    Component route53 = cs.controlledProcess("Route53");
                    Component store = cs.controlledProcess("Store");
                    Component vault = cs.controlledProcess("Vault");
                    cs.controlAction(enactor, route53, "Delete plan");
                    cs.controlAction(enactor, route53, "Add plan");
                    cs.controlAction(enactor, route53, "Disable endpoint");
                    cs.controlAction(enactor, route53, "Enable endpoint");
                    cs.controlAction(enactor, store, "Remove entry");
                    cs.controlAction(enactor, vault, "Purge snapshot");
                    cs.controlAction(operator, vault, "Restore snapshot");
                    ControlAction notDestructive = cs.controlAction(enactor, route53, "Delete record");
                    notDestructive.setDestructive(false);
                    notDestructive.setIrreversible(false);
                    ControlAction markedIrreversible = cs.controlAction(enactor, route53, "Archive log");
                    markedIrreversible.setIrreversible(true);
                }, of("CA-1", "CA-5", "CA-9"), of("CA-2", "CA-3", "CA-4", "CA-6", "CA-7", "CA-8")),
                Oracle.of(new UnstoppableControllerRule(), b -> {
                    ControlStructureBuilder cs = b.controlStructure("Fleet");
                    Component operator = cs.humanController("Operator");
                    Component enactor = cs.controller("Enactor");
                    Component cleaner = cs.controller("Cleaner");
                    Component planner = cs.controller("Planner");
                    Component route53 = cs.controlledProcess("Route53");
                    Component fleet = cs.controlledProcess("Fleet");
                    fleet.setReplicas(4);
                    cs.controlAction(enactor, route53, "Delete plan");
                    cs.controlAction(operator, enactor, "Pause clean-up");
                    cs.controlAction(cleaner, route53, "Purge records");
                    cs.controlAction(planner, fleet, "Push config");
                    cs.controlAction(operator, planner, "Set target");
                }, of("CMP-3", "CMP-4"), of("CMP-1", "CMP-2", "CMP-5", "CMP-6")),
                Oracle.of(new CommonModeRecoveryRule(), b -> {
                    ControlStructureBuilder cs = b.controlStructure("DNS");
                    Component operator = cs.humanController("Operator");
                    Component tooling = cs.actuator("Tooling");
                    Component dns = cs.controlledProcess("DNS");
                    Component console = cs.actuator("Console");
                    Component zones = cs.controlledProcess("Zone store");
                    cs.controlAction(operator, tooling, "Restore records");
                    cs.controlAction(tooling, dns, "Write records");
                    cs.controlAction(operator, console, "Restore zone");
                    cs.controlAction(console, zones, "Write zone");
                    cs.controlAction(operator, tooling, "Tune settings");
                    cs.inputOutput(dns, tooling, "Name resolution");
                    cs.feedback(zones, console, "Zone status");
                }, of("CA-1"), of("CA-2", "CA-3", "CA-4", "CA-5")),
                Oracle.of(new UnsupervisedAutomationRule(), b -> {
                    ControlStructureBuilder cs = b.controlStructure("Vehicles");
                    Component pilot = cs.humanController("Pilot");
                    Component autopilot = cs.controller("Autopilot");
                    Component aircraft = cs.controlledProcess("Aircraft");
                    Component driver = cs.humanController("Driver");
                    Component cruise = cs.controller("Cruise control");
                    Component car = cs.controlledProcess("Car");
                    Component operator = cs.humanController("Operator");
                    Component valve = cs.controlledProcess("Valve");
                    cs.controlAction(pilot, autopilot, "Engage");
                    cs.controlAction(autopilot, aircraft, "Pitch command");
                    cs.feedback(autopilot, pilot, "Mode");
                    cs.controlAction(driver, cruise, "Set speed");
                    cs.controlAction(cruise, car, "Throttle");
                    cs.feedback(car, driver, "Speedometer");
                    cs.controlAction(operator, valve, "Open");
                }, of("CMP-1"), of("CMP-2", "CMP-4", "CMP-5", "CMP-7")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("oracles")
    void ruleReportsExactlyItsOracle(Oracle oracle) {
        RuleOracles.check(oracle);
    }
}
