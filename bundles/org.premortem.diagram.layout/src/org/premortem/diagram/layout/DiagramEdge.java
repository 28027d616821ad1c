/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.diagram.layout;

import java.util.List;
import java.util.Optional;

import org.premortem.model.stpa.Connection;

/**
 * A laid-out connection: an orthogonal route from its source to its target (the arrow head is at the last point)
 * and its label, placed by the layout so that it overlaps no component.
 */
public record DiagramEdge(Connection connection, EdgeKind kind, List<Point> route, Optional<DiagramLabel> label) {

    public DiagramEdge {
        route = List.copyOf(route);
    }
}
