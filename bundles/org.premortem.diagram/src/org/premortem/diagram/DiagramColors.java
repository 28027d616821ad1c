/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.diagram;

import org.eclipse.swt.graphics.RGB;
import org.premortem.diagram.layout.EdgeKind;
import org.premortem.model.stpa.ComponentKind;

/** The diagram's colours, the same as the reports' SVG so the editor and the report look alike. */
final class DiagramColors {

    static final RGB TEXT = new RGB(0x1b, 0x1f, 0x24);
    static final RGB CAPTION = new RGB(0x4a, 0x55, 0x61);
    static final RGB SELECTION = new RGB(0x1a, 0x73, 0xe8);
    static final RGB BACKGROUND = new RGB(0xff, 0xff, 0xff);
    static final RGB ERROR = new RGB(0xc6, 0x28, 0x28);
    static final RGB WARNING = new RGB(0xe0, 0x9a, 0x00);

    private DiagramColors() {
    }

    static RGB fill(ComponentKind kind) {
        return switch (kind == null ? ComponentKind.CONTROLLER : kind) {
            case CONTROLLER -> new RGB(0xdd, 0xe9, 0xf6);
            case HUMAN_CONTROLLER -> new RGB(0xe9, 0xe0, 0xf4);
            case CONTROLLED_PROCESS -> new RGB(0xe3, 0xf1, 0xe1);
            case ACTUATOR, SENSOR -> new RGB(0xf6, 0xef, 0xdb);
        };
    }

    static RGB stroke(ComponentKind kind) {
        return switch (kind == null ? ComponentKind.CONTROLLER : kind) {
            case CONTROLLER -> new RGB(0x2c, 0x4a, 0x6b);
            case HUMAN_CONTROLLER -> new RGB(0x58, 0x40, 0x7a);
            case CONTROLLED_PROCESS -> new RGB(0x35, 0x66, 0x3a);
            case ACTUATOR, SENSOR -> new RGB(0x7a, 0x65, 0x20);
        };
    }

    static RGB edge(EdgeKind kind) {
        return switch (kind) {
            case CONTROL_ACTION -> new RGB(0x1f, 0x3b, 0x5a);
            case FEEDBACK -> new RGB(0x2f, 0x6b, 0x3a);
            case INPUT_OUTPUT -> new RGB(0x6b, 0x6b, 0x6b);
        };
    }
}
