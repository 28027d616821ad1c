/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.interchange.pasta;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.premortem.core.interchange.ImportNotice;
import org.premortem.interchange.pasta.PastaAst.Command;
import org.premortem.interchange.pasta.PastaAst.Edge;
import org.premortem.interchange.pasta.PastaAst.Graph;
import org.premortem.interchange.pasta.PastaAst.Node;
import org.premortem.interchange.pasta.PastaAst.Value;
import org.premortem.interchange.pasta.PastaAst.Variable;
import org.premortem.model.stpa.Component;
import org.premortem.model.stpa.ComponentKind;
import org.premortem.model.stpa.Connection;
import org.premortem.model.stpa.ControlAction;
import org.premortem.model.stpa.ControlStructure;
import org.premortem.model.stpa.ProcessModelVariable;
import org.premortem.model.stpa.StpaFactory;

/**
 * PASTA's control structure as a Premortem control structure: nodes become components (nested as in the file; the
 * label, if any, is the name), process-model variables stay with their node, {@code controlActions} and
 * {@code feedback} edges give one control action or feedback per command, {@code input}/{@code output} give
 * inputs/outputs from/to the environment, and the older {@code coordination} edges give inputs/outputs between nodes.
 * PASTA ids, hierarchy levels, value ranges and {@code bi} marks are kept in notes.
 */
final class StructureMapping {

    private static final StpaFactory STPA = StpaFactory.eINSTANCE;

    private final PastaScope<Component> nodes;
    private final Map<String, PastaScope<ControlAction>> actionsByNode = new HashMap<>();
    private final Map<Component, PastaScope<ProcessModelVariable>> variablesByNode = new HashMap<>();
    private final PastaNotes notes;
    private final PastaIds ids;
    private final Path file;
    private final List<ImportNotice> errors;

    StructureMapping(Path file, List<ImportNotice> errors, PastaNotes notes, PastaIds ids) {
        this.file = file;
        this.errors = errors;
        this.notes = notes;
        this.ids = ids;
        this.nodes = new PastaScope<>(Messages.get("kind.node"), file, errors);
    }

    ControlStructure map(Graph graph) {
        ControlStructure structure = STPA.createControlStructure();
        structure.setName(graph.name().text());
        for (Node node : graph.nodes()) {
            structure.getComponents().add(component(node));
        }
        for (Node node : graph.nodes()) {
            connect(structure, node);
        }
        return structure;
    }

    PastaScope<Component> nodes() {
        return nodes;
    }

    /** The control action {@code node.command}, or an error naming it. */
    Optional<ControlAction> action(Component node, String nodeName, PastaAst.Name command) {
        PastaScope<ControlAction> actions = actionsByNode.get(nodeName);
        if (actions == null) {
            errors.add(ImportNotice.at(file, command.line(), command.column(),
                    Messages.get("structure.noAction", command.text(), nodeName)));
            return Optional.empty();
        }
        return actions.resolve(command);
    }

    /** The process-model variables of a node, by name. */
    PastaScope<ProcessModelVariable> variables(Component node) {
        return variablesByNode.computeIfAbsent(node,
                n -> new PastaScope<>(Messages.get("kind.variable"), file, errors));
    }

    private Component component(Node node) {
        Component component = STPA.createComponent();
        nodes.define(node.name(), component);
        component.setName(node.label().orElse(node.name().text()));
        if (node.label().isPresent() && !node.label().get().equals(node.name().text())) {
            ids.keep(component, node.name().text());
        }
        node.level().ifPresent(level -> notes.keep(component, "hierarchyLevel", String.valueOf(level), node.name(),
                Messages.get("note.level", node.name().text())));
        boolean controls = !node.actions().isEmpty() || !node.variables().isEmpty();
        component.setKind(controls ? ComponentKind.CONTROLLER : ComponentKind.CONTROLLED_PROCESS);
        PastaScope<ProcessModelVariable> variables = variables(component);
        for (Variable variable : node.variables()) {
            ProcessModelVariable pmv = STPA.createProcessModelVariable();
            pmv.setName(variable.name().text());
            for (Value value : variable.values()) {
                pmv.getValues().add(value.name().text());
                value.range().ifPresent(range -> notes.keep(pmv, "range", value.name().text() + " " + range,
                        value.name(), Messages.get("note.range", variable.name().text(), value.name().text())));
            }
            component.getProcessModel().add(pmv);
            variables.define(variable.name(), pmv);
        }
        for (Node child : node.children()) {
            component.getChildren().add(component(child));
        }
        return component;
    }

    private void connect(ControlStructure structure, Node node) {
        Component component = nodes.find(node.name().text()).orElseThrow();
        PastaScope<ControlAction> actions = actionsByNode.computeIfAbsent(node.name().text(),
                n -> new PastaScope<>(Messages.get("kind.actionOf", n), file, errors));
        for (Command input : node.inputs()) {
            structure.getConnections().add(connection(STPA.createInputOutput(), input, null, component));
        }
        for (Command output : node.outputs()) {
            structure.getConnections().add(connection(STPA.createInputOutput(), output, component, null));
        }
        for (Edge edge : node.actions()) {
            Optional<Component> target = nodes.resolve(edge.target());
            for (Command command : edge.commands()) {
                ControlAction action = connection(STPA.createControlAction(), command, component,
                        target.orElse(null));
                markBidirectional(action, edge);
                actions.define(command.name(), action);
                structure.getConnections().add(action);
            }
        }
        for (Edge edge : node.feedbacks()) {
            Optional<Component> target = nodes.resolve(edge.target());
            for (Command command : edge.commands()) {
                structure.getConnections().add(markBidirectional(connection(STPA.createFeedback(), command,
                        component, target.orElse(null)), edge));
            }
        }
        for (Edge edge : node.coordinations()) {
            Optional<Component> target = nodes.resolve(edge.target());
            for (Command command : edge.commands()) {
                Connection io = connection(STPA.createInputOutput(), command, component, target.orElse(null));
                notes.keep(io, "coordination", "", command.name(),
                        Messages.get("note.coordination", command.name().text()));
                structure.getConnections().add(markBidirectional(io, edge));
            }
        }
        for (Node child : node.children()) {
            connect(structure, child);
        }
    }

    private <C extends Connection> C connection(C connection, Command command, Component source, Component target) {
        connection.setName(command.label());
        connection.setSource(source);
        connection.setTarget(target);
        ids.keep(connection, command.name().text());
        return connection;
    }

    private <C extends Connection> C markBidirectional(C connection, Edge edge) {
        if (edge.bidirectional()) {
            notes.keep(connection, "bi", "", edge.commands().get(0).name(),
                    Messages.get("note.bi", edge.target().text()));
        }
        return connection;
    }
}
