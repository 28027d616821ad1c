/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.core.validation;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.premortem.model.stpa.Analysis;
import org.premortem.model.stpa.Component;
import org.premortem.model.stpa.Connection;
import org.premortem.model.stpa.ControlStructure;

/**
 * The connections that leave and reach each component, each list in document order (control structures in order,
 * then their connections), since rules name the first of them. Edits are applied one connection at a time, placed
 * where the document has it; a reordering of structures or connections rebuilds the lot, which costs the size of the
 * control structures, not of the analysis.
 */
final class Connections {

    private final Analysis analysis;
    private final Map<Component, List<Connection>> outgoing = new HashMap<>();
    private final Map<Component, List<Connection>> incoming = new HashMap<>();

    Connections(Analysis analysis) {
        this.analysis = analysis;
        rebuild();
    }

    List<Connection> outgoing(Component component) {
        return Collections.unmodifiableList(outgoing.getOrDefault(component, List.of()));
    }

    List<Connection> incoming(Component component) {
        return Collections.unmodifiableList(incoming.getOrDefault(component, List.of()));
    }

    /** Indexes every connection again, in document order. */
    void rebuild() {
        outgoing.clear();
        incoming.clear();
        for (ControlStructure structure : analysis.getControlStructures()) {
            for (Connection connection : structure.getConnections()) {
                append(outgoing, connection.getSource(), connection);
                append(incoming, connection.getTarget(), connection);
            }
        }
    }

    /** {@code connection} came into the analysis. */
    void attached(Connection connection) {
        insert(outgoing, connection.getSource(), connection);
        insert(incoming, connection.getTarget(), connection);
    }

    /** {@code connection} left the analysis. */
    void detached(Connection connection) {
        remove(outgoing, connection.getSource(), connection);
        remove(incoming, connection.getTarget(), connection);
    }

    void sourceChanged(Connection connection, Component old) {
        remove(outgoing, old, connection);
        insert(outgoing, connection.getSource(), connection);
    }

    void targetChanged(Connection connection, Component old) {
        remove(incoming, old, connection);
        insert(incoming, connection.getTarget(), connection);
    }

    private static void append(Map<Component, List<Connection>> map, Component end, Connection connection) {
        if (end != null) {
            map.computeIfAbsent(end, key -> new ArrayList<>()).add(connection);
        }
    }

    private void insert(Map<Component, List<Connection>> map, Component end, Connection connection) {
        if (end == null) {
            return;
        }
        List<Connection> list = map.computeIfAbsent(end, key -> new ArrayList<>());
        if (list.contains(connection)) {
            return;
        }
        long position = position(connection);
        int at = list.size();
        while (at > 0 && position(list.get(at - 1)) > position) {
            at--;
        }
        list.add(at, connection);
    }

    private static void remove(Map<Component, List<Connection>> map, Component end, Connection connection) {
        List<Connection> list = end == null ? null : map.get(end);
        if (list != null && list.remove(connection) && list.isEmpty()) {
            map.remove(end);
        }
    }

    /** Where the connection stands in the document: its structure's place, then its own. */
    private long position(Connection connection) {
        ControlStructure structure = (ControlStructure) connection.eContainer();
        return (long) analysis.getControlStructures().indexOf(structure) << 32
                | structure.getConnections().indexOf(connection);
    }
}
