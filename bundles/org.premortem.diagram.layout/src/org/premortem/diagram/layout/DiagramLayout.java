/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.diagram.layout;

import java.util.List;

import org.premortem.model.stpa.ControlStructure;

/**
 * A control structure laid out for drawing: independent of any toolkit, so that the SVG writer of the reports and
 * the SWT diagram editor draw the same picture. Nodes come parents first.
 */
public record DiagramLayout(ControlStructure structure, double width, double height, List<DiagramNode> nodes,
        List<DiagramEdge> edges, DiagramStyle style) {

    public DiagramLayout {
        nodes = List.copyOf(nodes);
        edges = List.copyOf(edges);
    }
}
