/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.diagram;

import java.util.Optional;

import org.premortem.model.stpa.ComponentKind;

/** The palette's tools: select/move, create a component of a kind, or connect two components. */
public enum Tool {
    SELECT(null),
    CONTROLLER(ComponentKind.CONTROLLER),
    HUMAN_CONTROLLER(ComponentKind.HUMAN_CONTROLLER),
    CONTROLLED_PROCESS(ComponentKind.CONTROLLED_PROCESS),
    ACTUATOR(ComponentKind.ACTUATOR),
    SENSOR(ComponentKind.SENSOR),
    CONTROL_ACTION(null),
    FEEDBACK(null);

    private final ComponentKind kind;

    Tool(ComponentKind kind) {
        this.kind = kind;
    }

    /** The kind of component this tool creates, if it creates one. */
    public Optional<ComponentKind> componentKind() {
        return Optional.ofNullable(kind);
    }

    public boolean connects() {
        return this == CONTROL_ACTION || this == FEEDBACK;
    }

    String label() {
        return switch (this) {
            case SELECT -> Messages.Tool_select;
            case CONTROLLER -> Messages.Tool_controller;
            case HUMAN_CONTROLLER -> Messages.Tool_humanController;
            case CONTROLLED_PROCESS -> Messages.Tool_controlledProcess;
            case ACTUATOR -> Messages.Tool_actuator;
            case SENSOR -> Messages.Tool_sensor;
            case CONTROL_ACTION -> Messages.Tool_controlAction;
            case FEEDBACK -> Messages.Tool_feedback;
        };
    }

    String newName() {
        return switch (this) {
            case CONTROLLER -> Messages.Name_controller;
            case HUMAN_CONTROLLER -> Messages.Name_humanController;
            case CONTROLLED_PROCESS -> Messages.Name_controlledProcess;
            case ACTUATOR -> Messages.Name_actuator;
            case SENSOR -> Messages.Name_sensor;
            case CONTROL_ACTION -> Messages.Name_controlAction;
            case FEEDBACK -> Messages.Name_feedback;
            case SELECT -> "";
        };
    }
}
