/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.diagram.layout.tests;

import java.nio.file.Path;

import org.premortem.core.build.AnalysisBuilder;
import org.premortem.core.build.ControlStructureBuilder;
import org.premortem.core.ids.IdSource;
import org.premortem.core.persistence.AnalysisStore;
import org.premortem.core.persistence.ModelLoadException;
import org.premortem.model.stpa.Analysis;
import org.premortem.model.stpa.Component;
import org.premortem.model.stpa.ComponentKind;
import org.premortem.model.stpa.ControlStructure;

/** Control structures to lay out: the shipped example, and a small one with nesting, a human and the boundary. */
final class Structures {

    static final Path EXAMPLE = Path.of("..", "..", "bundles", "org.premortem.examples", "projects",
            "dynamodb-dns", "dynamodb-dns.premortem");

    private Structures() {
    }

    static ControlStructure example() throws ModelLoadException {
        return AnalysisStore.load(EXAMPLE).getControlStructures().get(0);
    }

    static ControlStructure doors() {
        AnalysisBuilder b = AnalysisBuilder.create("Train doors", IdSource.seeded(3));
        ControlStructureBuilder cs = b.controlStructure("Door control");
        Component driver = cs.humanController("Driver");
        Component controller = cs.replicatedController("Door controller with a rather long name", 2);
        Component doors = cs.controlledProcess("Doors");
        Component motor = cs.child(doors, "Door motor", ComponentKind.ACTUATOR);
        Component sensor = cs.sensor("Obstacle sensor");
        cs.controlAction(driver, controller, "Release doors");
        cs.controlAction(controller, doors, "Open doors");
        cs.controlAction(controller, motor, "Stop motor");
        cs.feedback(doors, controller, "Door position");
        cs.feedback(sensor, controller, "Obstacle detected");
        cs.feedback(controller, driver, "Doors released");
        cs.inputOutput(null, controller, "Train speed");
        Analysis analysis = b.build();
        return analysis.getControlStructures().get(0);
    }

    /** Several control actions and feedback between the same boxes, at two levels, with an actuator and a sensor. */
    static ControlStructure parallel() {
        AnalysisBuilder b = AnalysisBuilder.create("Tank", IdSource.seeded(5));
        ControlStructureBuilder cs = b.controlStructure("Tank control");
        Component operator = cs.humanController("Operator");
        Component controller = cs.controller("Level controller");
        Component valve = cs.actuator("Inlet valve");
        Component tank = cs.controlledProcess("Tank");
        Component gauge = cs.sensor("Level gauge");
        cs.controlAction(operator, controller, "Set level");
        cs.controlAction(operator, controller, "Start");
        cs.controlAction(operator, controller, "Stop");
        cs.feedback(controller, operator, "Level shown");
        cs.feedback(controller, operator, "Alarm");
        cs.controlAction(controller, valve, "Open valve");
        cs.controlAction(controller, valve, "Close valve");
        cs.controlAction(controller, valve, "Hold valve position");
        cs.controlAction(controller, valve, "Reset valve");
        cs.feedback(valve, controller, "Valve position");
        cs.inputOutput(valve, tank, "Inflow");
        cs.inputOutput(tank, gauge, "Level");
        cs.feedback(gauge, controller, "Measured level");
        cs.feedback(gauge, controller, "Gauge fault");
        return b.build().getControlStructures().get(0);
    }
}
