/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.core.tests.scenarios;

import org.premortem.core.build.AnalysisBuilder;
import org.premortem.core.build.ControlStructureBuilder;
import org.premortem.core.ids.IdSource;
import org.premortem.model.stpa.Analysis;
import org.premortem.model.stpa.Component;
import org.premortem.model.stpa.ControlAction;
import org.premortem.model.stpa.Hazard;
import org.premortem.model.stpa.ProcessModelVariable;
import org.premortem.model.stpa.UcaType;

/** Small analyses of other structures than the shipped example, for the scenario assistant's tests. */
final class Fixtures {

    private Fixtures() {
    }

    /**
     * An insulin pump: a clinician sets the therapy of the pump software, which delivers boluses through the pump
     * motor (an actuator) to the patient; a glucose reading updates the pump's "Glucose level", nothing updates its
     * "Reservoir empty". UCA-1 (provided): bolus when glucose is low; UCA-2 (not provided): no bolus when the
     * reservoir is empty; UCA-3 (provided): a context that names no variable.
     */
    static Analysis insulinPump() {
        AnalysisBuilder b = AnalysisBuilder.create("Insulin pump", IdSource.seeded(11));
        Hazard overdose = b.hazard("Patient receives too much insulin", b.loss("Patient is harmed"));
        Hazard underdose = b.hazard("Patient receives too little insulin");
        ControlStructureBuilder cs = b.controlStructure("Pump");
        Component clinician = cs.humanController("Clinician");
        Component pump = cs.controller("Pump software");
        pump.setControlAlgorithm("Every five minutes, compute the bolus from the glucose level and the therapy.");
        Component motor = cs.actuator("Pump motor");
        Component patient = cs.controlledProcess("Patient");
        ProcessModelVariable glucose = cs.variable(pump, "Glucose level", "low", "normal", "high");
        cs.variable(pump, "Reservoir empty", "empty", "not empty");
        cs.controlAction(clinician, pump, "Set therapy");
        ControlAction bolus = cs.controlAction(pump, motor, "Deliver bolus");
        cs.controlAction(motor, patient, "Infuse insulin");
        cs.feedback(patient, pump, "Glucose reading", glucose);
        b.uca(bolus, UcaType.PROVIDED, "Glucose level is low",
                "Pump software provides Deliver bolus when the glucose level is low [H-1]", overdose);
        b.uca(bolus, UcaType.NOT_PROVIDED, "The reservoir is empty",
                "Pump software does not provide Deliver bolus when the reservoir is empty", underdose);
        b.uca(bolus, UcaType.PROVIDED, "The patient is asleep",
                "Pump software provides Deliver bolus while the patient is asleep", overdose);
        return b.build();
    }

    /**
     * A boiler heated by a replicated thermostat (×2) and by an operator, both with "Heat on"; the thermostat's
     * "Room temperature" is updated by two feedback connections. UCA-1 (provided): heat on when the room temperature
     * is high; UCA-2 (too late): heat on too late when the room temperature is low.
     */
    static Analysis boiler() {
        AnalysisBuilder b = AnalysisBuilder.create("Boiler", IdSource.seeded(12));
        Hazard overheating = b.hazard("The boiler overheats", b.loss("Equipment is damaged"));
        ControlStructureBuilder cs = b.controlStructure("Heating");
        Component thermostat = cs.replicatedController("Thermostat", 2);
        Component operator = cs.humanController("Operator");
        Component boiler = cs.controlledProcess("Boiler");
        Component roomSensor = cs.sensor("Room sensor");
        ProcessModelVariable temperature = cs.variable(thermostat, "Room temperature", "low", "ok", "high");
        ControlAction heatOn = cs.controlAction(thermostat, boiler, "Heat on");
        cs.controlAction(operator, boiler, "Heat on");
        cs.feedback(roomSensor, thermostat, "Sensor temperature", temperature);
        cs.feedback(boiler, thermostat, "Boiler temperature", temperature);
        b.uca(heatOn, UcaType.PROVIDED, "Room temperature is high",
                "Thermostat provides Heat on when the room temperature is high", overheating);
        b.uca(heatOn, UcaType.TOO_LATE, "Room temperature is low",
                "Thermostat provides Heat on too late when the room temperature is low", overheating);
        return b.build();
    }
}
