/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.diagram.layout;

import org.premortem.model.stpa.Connection;
import org.premortem.model.stpa.ControlAction;
import org.premortem.model.stpa.Feedback;

/** What a connection of the control structure is, which decides how it is laid out and drawn. */
public enum EdgeKind {
    /** Drawn downward, from controller to controlled component, on the left of a pair. */
    CONTROL_ACTION,
    /** Drawn upward, from controlled component to controller, on the right of a pair. */
    FEEDBACK,
    /** Any other input or output, often across the system boundary. */
    INPUT_OUTPUT;

    public static EdgeKind of(Connection connection) {
        if (connection instanceof ControlAction) {
            return CONTROL_ACTION;
        }
        return connection instanceof Feedback ? FEEDBACK : INPUT_OUTPUT;
    }
}
