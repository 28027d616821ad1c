/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.diagram.layout;

import java.util.List;

/** A label of a laid-out diagram: its lines of text (already wrapped) and the rectangle they occupy. */
public record DiagramLabel(List<String> lines, Box bounds) {

    public DiagramLabel {
        lines = List.copyOf(lines);
    }
}
