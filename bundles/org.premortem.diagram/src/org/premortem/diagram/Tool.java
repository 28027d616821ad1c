/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.diagram;

import java.util.Optional;

import org.premortem.model.stpa.ComponentKind;

/** The palette's tools: select/move, create a component of a kind, or connect two components. */
enum Tool {
    SELECT(null, "select"),
    CONTROLLER(ComponentKind.CONTROLLER, "controller"),
    HUMAN_CONTROLLER(ComponentKind.HUMAN_CONTROLLER, "human-controller"),
    CONTROLLED_PROCESS(ComponentKind.CONTROLLED_PROCESS, "controlled-process"),
    ACTUATOR(ComponentKind.ACTUATOR, "actuator"),
    SENSOR(ComponentKind.SENSOR, "sensor"),
    CONTROL_ACTION(null, "control-action"),
    FEEDBACK(null, "feedback"),
    INPUT_OUTPUT(null, "input-output");

    private final ComponentKind kind;
    private final String icon;

    Tool(ComponentKind kind, String icon) {
        this.kind = kind;
        this.icon = icon;
    }

    /** The kind of component this tool creates, if it creates one. */
    Optional<ComponentKind> componentKind() {
        return Optional.ofNullable(kind);
    }

    /** The tool creating components of {@code kind}. */
    static Tool creating(ComponentKind kind) {
        for (Tool tool : values()) {
            if (tool.kind == kind) {
                return tool;
            }
        }
        return CONTROLLER;
    }

    boolean connects() {
        return this == CONTROL_ACTION || this == FEEDBACK || this == INPUT_OUTPUT;
    }

    /** The icon's file name in the bundle's icons folder. */
    String icon() {
        return "icons/" + icon + ".png";
    }

    /** The name shown in the palette. */
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
            case INPUT_OUTPUT -> Messages.Tool_inputOutput;
        };
    }

    /** What the tool does and how to use it (the palette's tool tip). */
    String tip() {
        return switch (this) {
            case SELECT -> Messages.Tip_select;
            case CONTROLLER -> Messages.Tip_controller;
            case HUMAN_CONTROLLER -> Messages.Tip_humanController;
            case CONTROLLED_PROCESS -> Messages.Tip_controlledProcess;
            case ACTUATOR -> Messages.Tip_actuator;
            case SENSOR -> Messages.Tip_sensor;
            case CONTROL_ACTION -> Messages.Tip_controlAction;
            case FEEDBACK -> Messages.Tip_feedback;
            case INPUT_OUTPUT -> Messages.Tip_inputOutput;
        };
    }

    /** The name a new element made with this tool gets (the analyst types over it at once). */
    String newName() {
        return switch (this) {
            case CONTROLLER -> Messages.Name_controller;
            case HUMAN_CONTROLLER -> Messages.Name_humanController;
            case CONTROLLED_PROCESS -> Messages.Name_controlledProcess;
            case ACTUATOR -> Messages.Name_actuator;
            case SENSOR -> Messages.Name_sensor;
            case CONTROL_ACTION -> Messages.Name_controlAction;
            case FEEDBACK -> Messages.Name_feedback;
            case INPUT_OUTPUT -> Messages.Name_inputOutput;
            case SELECT -> "";
        };
    }
}
