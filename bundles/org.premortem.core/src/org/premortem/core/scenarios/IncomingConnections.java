/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.core.scenarios;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.premortem.core.query.AnalysisQuery;
import org.premortem.model.stpa.Component;
import org.premortem.model.stpa.Connection;

/**
 * The connections arriving at each component and the set of controllers, computed once per assistant so that asking
 * about every UCA of a large analysis stays linear in its size.
 */
final class IncomingConnections {

    private final Map<Component, List<Connection>> byTarget = new HashMap<>();
    private final Set<Component> controllers;

    IncomingConnections(AnalysisQuery query) {
        for (Connection connection : query.connections()) {
            if (connection.getTarget() != null) {
                byTarget.computeIfAbsent(connection.getTarget(), key -> new ArrayList<>()).add(connection);
            }
        }
        controllers = new HashSet<>(query.controllers());
    }

    /** The connections ending at {@code component}, in document order. */
    List<Connection> into(Component component) {
        return byTarget.getOrDefault(component, List.of());
    }

    /** Whether the component acts as a controller: of a controller kind, or the source of a control action. */
    boolean isController(Component component) {
        return controllers.contains(component) || AnalysisQuery.isControllerKind(component.getKind());
    }
}
