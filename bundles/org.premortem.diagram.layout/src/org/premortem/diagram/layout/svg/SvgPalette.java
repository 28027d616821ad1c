/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.diagram.layout.svg;

import org.premortem.diagram.layout.EdgeKind;
import org.premortem.model.stpa.ComponentKind;

/**
 * Colours and strokes of the control-structure drawing. Control actions are solid, feedback is dashed and other
 * inputs and outputs are dotted, so the kinds stay apart in print and for colour-blind readers.
 */
final class SvgPalette {

    static final String FONT_FAMILY = "'DejaVu Sans', Verdana, sans-serif";
    static final String TEXT = "#1b1f24";
    static final String CAPTION = "#4a5561";
    static final String LABEL_BACKGROUND = "#ffffff";

    private SvgPalette() {
    }

    static String fill(ComponentKind kind) {
        return switch (kind == null ? ComponentKind.CONTROLLER : kind) {
            case CONTROLLER -> "#dde9f6";
            case HUMAN_CONTROLLER -> "#e9e0f4";
            case CONTROLLED_PROCESS -> "#e3f1e1";
            case ACTUATOR, SENSOR -> "#f6efdb";
        };
    }

    static String stroke(ComponentKind kind) {
        return switch (kind == null ? ComponentKind.CONTROLLER : kind) {
            case CONTROLLER -> "#2c4a6b";
            case HUMAN_CONTROLLER -> "#58407a";
            case CONTROLLED_PROCESS -> "#35663a";
            case ACTUATOR, SENSOR -> "#7a6520";
        };
    }

    static String edgeColor(EdgeKind kind) {
        return switch (kind) {
            case CONTROL_ACTION -> "#1f3b5a";
            case FEEDBACK -> "#2f6b3a";
            case INPUT_OUTPUT -> "#6b6b6b";
        };
    }

    /** The stroke-dasharray of an edge kind, empty for solid. */
    static String dashes(EdgeKind kind) {
        return switch (kind) {
            case CONTROL_ACTION -> "";
            case FEEDBACK -> "7 4";
            case INPUT_OUTPUT -> "2 3";
        };
    }

    static String cssClass(EdgeKind kind) {
        return switch (kind) {
            case CONTROL_ACTION -> "control-action";
            case FEEDBACK -> "feedback";
            case INPUT_OUTPUT -> "input-output";
        };
    }

    static String cssClass(ComponentKind kind) {
        return (kind == null ? ComponentKind.CONTROLLER : kind).name().toLowerCase(java.util.Locale.ROOT)
                .replace('_', '-');
    }
}
