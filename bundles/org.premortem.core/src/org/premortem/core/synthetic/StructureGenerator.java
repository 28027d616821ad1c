/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.core.synthetic;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.premortem.core.build.AnalysisBuilder;
import org.premortem.core.build.ControlStructureBuilder;
import org.premortem.model.stpa.Component;
import org.premortem.model.stpa.ComponentKind;
import org.premortem.model.stpa.ControlAction;
import org.premortem.model.stpa.Hazard;
import org.premortem.model.stpa.ProcessModelVariable;
import org.premortem.model.stpa.SystemConstraint;
import org.premortem.core.synthetic.ControllerPlan.PlannedAction;

/**
 * Generates the control structures: controllers in a binary hierarchy of up to {@value #CONTROLLERS_PER_STRUCTURE}
 * per structure (the top one an operator), each with its own controlled process, three control actions (to its
 * process and to the controllers below it), process-model variables, responsibilities, and feedback from every
 * component it controls except one in ten. Every fourth controller acts through an actuator, every fourth senses
 * through a sensor, every twentieth is replicated.
 */
final class StructureGenerator {

    static final int CONTROLLERS_PER_STRUCTURE = 40;
    static final int ACTIONS_PER_CONTROLLER = 3;
    private static final double MISSING_FEEDBACK = 0.1;

    private final AnalysisBuilder builder;
    private final Vocabulary words;
    private final SplittableRandom random;
    private final List<HazardGroup> hazards;
    private int components;

    StructureGenerator(AnalysisBuilder builder, Vocabulary words, SplittableRandom random, List<HazardGroup> hazards) {
        this.builder = builder;
        this.words = words;
        this.random = random;
        this.hazards = hazards;
    }

    /** One controller per {@value #ACTIONS_PER_CONTROLLER} entries of {@code ucasPerAction}, in structures. */
    List<ControllerPlan> generate(List<Integer> ucasPerAction) {
        int controllerCount = (ucasPerAction.size() + ACTIONS_PER_CONTROLLER - 1) / ACTIONS_PER_CONTROLLER;
        List<ControllerPlan> plans = new ArrayList<>(controllerCount);
        for (int first = 0; first < controllerCount; first += CONTROLLERS_PER_STRUCTURE) {
            int size = Math.min(CONTROLLERS_PER_STRUCTURE, controllerCount - first);
            ControlStructureBuilder structure = builder.controlStructure("Subsystem " + (first / CONTROLLERS_PER_STRUCTURE + 1));
            List<Component> controllers = new ArrayList<>(size);
            for (int local = 0; local < size; local++) {
                controllers.add(controller(structure, first + local, local));
            }
            structure.inputOutput(null, controllers.get(0), "Operating orders");
            for (int local = 0; local < size; local++) {
                int global = first + local;
                int fromAction = global * ACTIONS_PER_CONTROLLER;
                List<Integer> counts = ucasPerAction.subList(fromAction,
                        Math.min(fromAction + ACTIONS_PER_CONTROLLER, ucasPerAction.size()));
                plans.add(wire(structure, controllers, local, global, counts, controllerCount));
            }
        }
        return plans;
    }

    private Component controller(ControlStructureBuilder structure, int global, int local) {
        Component controller = local == 0 ? structure.humanController("Operator " + (global + 1))
                : structure.controller(words.controller(global + 1));
        if (global % 20 == 19) {
            controller.setReplicas(2 + random.nextInt(2));
        }
        controller.setControlAlgorithm("Compares the readings with the setpoints every cycle and issues the control "
                + "action that brings the process back within its envelope.");
        return controller;
    }

    /** The controller's process, actions and feedback, and what its UCAs will be written from. */
    private ControllerPlan wire(ControlStructureBuilder structure, List<Component> controllers, int local, int global,
            List<Integer> counts, int controllerCount) {
        Component controller = controllers.get(local);
        List<Hazard> window = hazardWindow(global, controllerCount);
        for (SystemConstraint constraint : constraintsOf(global, controllerCount)) {
            structure.responsibility(controller, "Enforce: " + constraint.getText(), constraint);
        }
        List<ProcessModelVariable> variables = new ArrayList<>();
        for (int v = 0; v < 2 + random.nextInt(2); v++) {
            variables.add(structure.variable(controller, words.variableName(controller.getName()),
                    words.variableValues().toArray(String[]::new)));
        }
        Component process = process(structure, global);
        Component actionTarget = global % 4 == 1 ? actuator(structure, process) : process;
        List<Component> targets = new ArrayList<>(List.of(actionTarget));
        for (int child = 2 * local + 1; child <= 2 * local + 2 && child < controllers.size(); child++) {
            targets.add(controllers.get(child));
        }
        List<PlannedAction> actions = new ArrayList<>(counts.size());
        for (int a = 0; a < counts.size(); a++) {
            Component target = targets.get(a % targets.size());
            ControlAction action = structure.controlAction(controller, target, words.action() + " " + (global + 1) + "."
                    + (a + 1));
            actions.add(new PlannedAction(action, counts.get(a)));
        }
        for (Component target : targets) {
            if (random.nextDouble() >= MISSING_FEEDBACK) {
                Component from = target == actionTarget && global % 4 == 2 ? sensor(structure, process) : target;
                structure.feedback(from, controller, "Readings of " + target.getName(),
                        variables.get(random.nextInt(variables.size())));
            }
        }
        return new ControllerPlan(controller, variables, actions, window);
    }

    private Component process(ControlStructureBuilder structure, int global) {
        Component process = structure.controlledProcess(words.process(++components));
        if (global % 5 == 4) {
            structure.child(process, "Valve " + components, ComponentKind.CONTROLLED_PROCESS);
        }
        return process;
    }

    private Component actuator(ControlStructureBuilder structure, Component process) {
        Component actuator = structure.actuator(words.actuator(++components));
        structure.inputOutput(actuator, process, "Actuation");
        return actuator;
    }

    private Component sensor(ControlStructureBuilder structure, Component process) {
        Component sensor = structure.sensor(words.sensor(++components));
        structure.inputOutput(process, sensor, "Measured quantity");
        return sensor;
    }

    /** The hazards a controller's actions can lead to: two neighbouring top-level hazards and their refinements. */
    private List<Hazard> hazardWindow(int global, int controllerCount) {
        List<Hazard> window = new ArrayList<>();
        for (int index : hazardIndexes(global, controllerCount)) {
            window.addAll(hazards.get(index).hazards());
        }
        return window;
    }

    private List<SystemConstraint> constraintsOf(int global, int controllerCount) {
        return hazardIndexes(global, controllerCount).stream().map(index -> hazards.get(index).constraint()).toList();
    }

    private List<Integer> hazardIndexes(int global, int controllerCount) {
        int first = (int) ((long) global * hazards.size() / controllerCount);
        int second = (first + 1) % hazards.size();
        return first == second ? List.of(first) : List.of(first, second);
    }
}
