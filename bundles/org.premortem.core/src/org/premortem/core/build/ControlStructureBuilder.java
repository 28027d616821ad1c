/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.core.build;

import java.util.List;
import java.util.Objects;

import org.premortem.model.stpa.Component;
import org.premortem.model.stpa.ComponentKind;
import org.premortem.model.stpa.Connection;
import org.premortem.model.stpa.ControlAction;
import org.premortem.model.stpa.ControlStructure;
import org.premortem.model.stpa.Feedback;
import org.premortem.model.stpa.InputOutput;
import org.premortem.model.stpa.ProcessModelVariable;
import org.premortem.model.stpa.Responsibility;
import org.premortem.model.stpa.StpaFactory;
import org.premortem.model.stpa.SystemConstraint;

/** Builds one control structure of an analysis: components, their controllers' content, and connections. */
public final class ControlStructureBuilder {

    private static final StpaFactory STPA = StpaFactory.eINSTANCE;

    private final AnalysisBuilder owner;
    private final ControlStructure structure;

    ControlStructureBuilder(AnalysisBuilder owner, String name) {
        this.owner = owner;
        structure = STPA.createControlStructure();
        structure.setName(Objects.requireNonNull(name, "name"));
        owner.build().getControlStructures().add(structure);
        owner.identify(structure);
    }

    public ControlStructure structure() {
        return structure;
    }

    /** An automated controller. */
    public Component controller(String name) {
        return component(name, ComponentKind.CONTROLLER);
    }

    /** A controller with {@code replicas} identical instances (e.g. one per availability zone). */
    public Component replicatedController(String name, int replicas) {
        if (replicas < 1) {
            throw new IllegalArgumentException("replicas must be at least 1, was " + replicas);
        }
        Component controller = controller(name);
        controller.setReplicas(replicas);
        return controller;
    }

    public Component humanController(String name) {
        return component(name, ComponentKind.HUMAN_CONTROLLER);
    }

    public Component controlledProcess(String name) {
        return component(name, ComponentKind.CONTROLLED_PROCESS);
    }

    public Component actuator(String name) {
        return component(name, ComponentKind.ACTUATOR);
    }

    public Component sensor(String name) {
        return component(name, ComponentKind.SENSOR);
    }

    /** A top-level component of the given kind. */
    public Component component(String name, ComponentKind kind) {
        Component component = newComponent(name, kind);
        structure.getComponents().add(component);
        return owner.identify(component);
    }

    /** A component nested inside {@code parent}. */
    public Component child(Component parent, String name, ComponentKind kind) {
        Component component = newComponent(name, kind);
        parent.getChildren().add(component);
        return owner.identify(component);
    }

    private static Component newComponent(String name, ComponentKind kind) {
        Component component = STPA.createComponent();
        component.setName(Objects.requireNonNull(name, "name"));
        component.setKind(Objects.requireNonNull(kind, "kind"));
        return component;
    }

    public Responsibility responsibility(Component controller, String text, SystemConstraint... constraints) {
        Responsibility responsibility = STPA.createResponsibility();
        responsibility.setText(text);
        responsibility.getSystemConstraints().addAll(List.of(constraints));
        controller.getResponsibilities().add(responsibility);
        return owner.identify(responsibility);
    }

    /** A process-model variable of a controller, with its possible values. */
    public ProcessModelVariable variable(Component controller, String name, String... values) {
        ProcessModelVariable variable = STPA.createProcessModelVariable();
        variable.setName(name);
        variable.getValues().addAll(List.of(values));
        controller.getProcessModel().add(variable);
        return owner.identify(variable);
    }

    /** A control action from a controller down to the component it controls. */
    public ControlAction controlAction(Component controller, Component controlled, String name) {
        ControlAction action = STPA.createControlAction();
        connect(action, controller, controlled, name);
        return action;
    }

    /** Feedback from a controlled component up to its controller, updating the given process-model variables. */
    public Feedback feedback(Component from, Component to, String name, ProcessModelVariable... updates) {
        Feedback feedback = STPA.createFeedback();
        feedback.getUpdatedVariables().addAll(List.of(updates));
        connect(feedback, from, to, name);
        return feedback;
    }

    /** An input or output crossing the system boundary; {@code from} or {@code to} may be null (environment). */
    public InputOutput inputOutput(Component from, Component to, String name) {
        InputOutput io = STPA.createInputOutput();
        connect(io, from, to, name);
        return io;
    }

    private void connect(Connection connection, Component from, Component to, String name) {
        connection.setName(Objects.requireNonNull(name, "name"));
        connection.setSource(from);
        connection.setTarget(to);
        structure.getConnections().add(connection);
        owner.identify(connection);
    }
}
