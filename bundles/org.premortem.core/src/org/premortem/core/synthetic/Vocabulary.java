/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.core.synthetic;

import java.util.List;
import java.util.SplittableRandom;

/**
 * The words synthetic analyses are written with: plant-like systems (pumps, valves, reactors, brakes) described in
 * STPA's standard phrasing. Names carry a number, so that elements stay distinguishable at any size; every choice
 * comes from the generator's seeded random source.
 */
final class Vocabulary {

    private static final List<String> CONTROLLERS = List.of("Supervisory controller", "Flow controller",
            "Pressure controller", "Brake controller", "Operator", "Dispatcher", "Flight computer", "Thermal manager",
            "Battery manager", "Safety monitor", "Load scheduler", "Pump controller");
    private static final List<String> PROCESSES = List.of("Coolant loop", "Fuel system", "Braking system",
            "Reactor vessel", "Conveyor line", "Power bus", "Ventilation", "Hydraulic circuit", "Storage tank",
            "Traction drive");
    private static final List<String> ACTIONS = List.of("Open valve", "Close valve", "Start pump", "Stop pump",
            "Increase flow", "Decrease flow", "Apply brake", "Release brake", "Switch to backup", "Shed load",
            "Raise setpoint", "Lower setpoint", "Isolate section", "Vent pressure", "Reset alarm");
    private static final List<String> QUANTITIES = List.of("pressure", "temperature", "flow rate", "speed",
            "charge level", "fill level", "vibration", "voltage");
    private static final List<String> MODES = List.of("mode", "state", "status", "health");
    private static final List<String> LOSSES = List.of("Loss of life or injury to people",
            "Damage to the plant or to property", "Loss of mission or of service",
            "Environmental contamination", "Loss of customer trust", "Financial loss");
    private static final List<String> HAZARD_STATES = List.of("exceeds its safe limit", "falls below its safe limit",
            "is not controlled", "changes faster than operators can follow", "is unknown to the controllers");

    private final SplittableRandom random;

    Vocabulary(SplittableRandom random) {
        this.random = random;
    }

    <T> T pick(List<T> items) {
        return items.get(random.nextInt(items.size()));
    }

    String controller(int number) {
        return pick(CONTROLLERS) + " " + number;
    }

    String process(int number) {
        return pick(PROCESSES) + " " + number;
    }

    String actuator(int number) {
        return "Actuator " + number;
    }

    String sensor(int number) {
        return "Sensor " + number;
    }

    String action() {
        return pick(ACTIONS);
    }

    String loss(int number) {
        return LOSSES.get(number % LOSSES.size()) + (number < LOSSES.size() ? "" : " (area " + number + ")");
    }

    String hazardState(String subject) {
        return "The " + pick(QUANTITIES) + " of " + subject + " " + pick(HAZARD_STATES);
    }

    String variableName(String subject) {
        return subject + " " + pick(random.nextBoolean() ? QUANTITIES : MODES);
    }

    List<String> variableValues() {
        return switch (random.nextInt(3)) {
            case 0 -> List.of("normal", "too high");
            case 1 -> List.of("low", "normal", "high");
            default -> List.of("available", "degraded", "failed");
        };
    }
}
