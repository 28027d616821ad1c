/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.interchange.pasta;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.premortem.model.stpa.Analysis;
import org.premortem.model.stpa.Component;
import org.premortem.model.stpa.Connection;
import org.premortem.model.stpa.ControlAction;
import org.premortem.model.stpa.ControlStructure;
import org.premortem.model.stpa.Feedback;
import org.premortem.model.stpa.IdentifiedElement;
import org.premortem.model.stpa.InputOutput;
import org.premortem.model.stpa.ProcessModelVariable;

/**
 * Writes the {@code ControlStructure} section: one graph (several control structures are merged, with a comment),
 * nested nodes with hierarchy level and label from the notes, process models with value ranges, inputs and outputs
 * from and to the environment, control actions and feedback grouped by target.
 */
final class StructureWriter {

    private final Analysis analysis;
    private final Map<String, List<String>> notes;
    private final PastaNames names;
    private final StringBuilder body;
    private final List<String> omissions;

    StructureWriter(Analysis analysis, Map<String, List<String>> notes, PastaNames names, StringBuilder body,
            List<String> omissions) {
        this.analysis = analysis;
        this.notes = notes;
        this.names = names;
        this.body = body;
        this.omissions = omissions;
    }

    void write() {
        List<ControlStructure> structures = analysis.getControlStructures();
        if (structures.isEmpty()) {
            return;
        }
        if (structures.size() > 1) {
            omissions.add(Messages.get("omit.structures", structures.size()));
        }
        body.append("ControlStructure\n")
                .append(PastaNames.identifier(structures.get(0).getName(), "ControlStructure")).append(" {\n");
        for (ControlStructure structure : structures) {
            for (Component component : structure.getComponents()) {
                node(component, 1);
            }
        }
        body.append("}\n\n");
    }

    private void node(Component component, int depth) {
        String name = names.ofNode(component);
        indent(depth).append(name).append(" {\n");
        String displayId = String.valueOf(component.getDisplayId());
        PastaNotes.value(notes, displayId, "hierarchyLevel").filter(level -> level.matches("\\d{1,9}"))
                .ifPresent(level -> indent(depth + 1).append("hierarchyLevel ").append(level).append('\n'));
        if (component.getName() != null && !component.getName().equals(name)) {
            indent(depth + 1).append("label ").append(PastaWriter.string(component.getName())).append('\n');
        }
        if (!component.getProcessModel().isEmpty()) {
            indent(depth + 1).append("processModel {\n");
            for (ProcessModelVariable variable : component.getProcessModel()) {
                variable(variable, depth + 2);
            }
            indent(depth + 1).append("}\n");
        }
        List<Connection> connections = connectionsOf(component);
        commands(depth, "input", connections, c -> c instanceof InputOutput && c.getSource() == null
                && c.getTarget() == component, name);
        commands(depth, "output", connections, c -> c instanceof InputOutput && c.getSource() == component
                && (c.getTarget() == null || !isTargetOfOutput(c)), name);
        edges(depth, "controlActions", connections, c -> c instanceof ControlAction && c.getSource() == component,
                name);
        edges(depth, "feedback", connections, c -> c instanceof Feedback && c.getSource() == component, name);
        for (Component child : component.getChildren()) {
            node(child, depth + 1);
        }
        indent(depth).append("}\n");
    }

    private boolean isTargetOfOutput(Connection connection) {
        omit(connection, Messages.get("omit.betweenComponents"));
        return false;
    }

    private void variable(ProcessModelVariable variable, int depth) {
        List<String> ranges = PastaNotes.values(notes, String.valueOf(variable.getDisplayId()), "range");
        List<String> values = new ArrayList<>();
        for (String value : variable.getValues()) {
            String written = PastaNames.value(value);
            for (String range : ranges) {
                if (range.startsWith(value + " ")) {
                    written += " " + range.substring(value.length() + 1);
                }
            }
            values.add(written);
        }
        if (values.isEmpty()) {
            omit(variable, Messages.get("omit.noValues"));
            return;
        }
        indent(depth).append(PastaNames.identifier(variable.getName(), variable.getDisplayId())).append(": [")
                .append(String.join(", ", values)).append("]\n");
    }

    private List<Connection> connectionsOf(Component component) {
        List<Connection> connections = new ArrayList<>();
        for (ControlStructure structure : analysis.getControlStructures()) {
            for (Connection connection : structure.getConnections()) {
                if (connection.getSource() == component || connection.getTarget() == component) {
                    connections.add(connection);
                }
            }
        }
        return connections;
    }

    private void commands(int depth, String keyword, List<Connection> connections,
            java.util.function.Predicate<Connection> selected, String node) {
        List<String> commands = new ArrayList<>();
        for (Connection connection : connections) {
            if (selected.test(connection)) {
                commands.add(command(connection, node));
            }
        }
        if (!commands.isEmpty()) {
            indent(depth + 1).append(keyword).append(" [").append(String.join(", ", commands)).append("]\n");
        }
    }

    private void edges(int depth, String keyword, List<Connection> connections,
            java.util.function.Predicate<Connection> selected, String node) {
        Map<Component, List<String>> byTarget = new LinkedHashMap<>();
        for (Connection connection : connections) {
            if (!selected.test(connection)) {
                continue;
            }
            if (connection.getTarget() == null) {
                omit(connection, Messages.get("omit.noTarget"));
                continue;
            }
            byTarget.computeIfAbsent(connection.getTarget(), t -> new ArrayList<>()).add(command(connection, node));
            if (connection instanceof Feedback feedback && !feedback.getUpdatedVariables().isEmpty()) {
                omit(connection, Messages.get("omit.updatesVariables"));
            }
        }
        if (byTarget.isEmpty()) {
            return;
        }
        indent(depth + 1).append(keyword).append(" {\n");
        byTarget.forEach((target, commands) -> indent(depth + 2).append('[').append(String.join(", ", commands))
                .append("] -> ").append(names.ofNode(target)).append('\n'));
        indent(depth + 1).append("}\n");
    }

    private String command(Connection connection, String node) {
        return names.ofCommand(connection, node) + " " + PastaWriter.string(connection.getName());
    }

    private void omit(IdentifiedElement element, String why) {
        omissions.add(PastaWriter.omission(element, why));
    }

    private StringBuilder indent(int depth) {
        return body.append("    ".repeat(depth));
    }
}
