/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.interchange.pasta;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.premortem.core.interchange.ImportException;
import org.premortem.interchange.pasta.PastaAst.Command;
import org.premortem.interchange.pasta.PastaAst.Edge;
import org.premortem.interchange.pasta.PastaAst.Graph;
import org.premortem.interchange.pasta.PastaAst.Name;
import org.premortem.interchange.pasta.PastaAst.Node;
import org.premortem.interchange.pasta.PastaAst.Value;
import org.premortem.interchange.pasta.PastaAst.Variable;
import org.premortem.interchange.pasta.PastaToken.Kind;

/**
 * The {@code ControlStructure} section of PASTA's grammar: the graph, nested nodes with their parts in the grammar's
 * order (hierarchy level, label, process model, inputs, outputs, control actions, feedback, the older coordination),
 * variables with value ranges, and edges (with the older {@code bi}).
 */
final class StructureParser {

    private final TokenCursor in;

    StructureParser(TokenCursor in) {
        this.in = in;
    }

    private static final List<String> NODE_PARTS = List.of("hierarchyLevel", "label", "processModel", "input",
            "output", "controlActions", "feedback", "coordination");

    Graph graph() throws ImportException {
        Name name = in.name();
        in.expect("{");
        List<Node> nodes = new ArrayList<>();
        while (!in.accept("}")) {
            nodes.add(node());
        }
        return new Graph(name, nodes);
    }

    private Node node() throws ImportException {
        in.enter();
        Name name = in.name();
        in.expect("{");
        Optional<Integer> level = Optional.empty();
        Optional<String> label = Optional.empty();
        List<Variable> variables = new ArrayList<>();
        List<Command> inputs = new ArrayList<>();
        List<Command> outputs = new ArrayList<>();
        List<Edge> actions = new ArrayList<>();
        List<Edge> feedbacks = new ArrayList<>();
        List<Edge> coordinations = new ArrayList<>();
        List<Node> children = new ArrayList<>();
        int order = 0;
        while (!in.accept("}")) {
            PastaToken token = in.peek();
            int part = token.kind() == Kind.ID ? NODE_PARTS.indexOf(token.text()) : -1;
            if (part >= 0) {
                if (part < order) {
                    throw in.error(token, Messages.get("parser.nodePartOrder", token.text(),
                            order == NODE_PARTS.size() ? Messages.get("parser.nestedNodes")
                                    : NODE_PARTS.get(order - 1)));
                }
                order = part + 1;
                in.skip(1);
                switch (token.text()) {
                    case "hierarchyLevel" -> level = Optional.of(in.integer());
                    case "label" -> label = Optional.of(in.string());
                    case "processModel" -> {
                        in.expect("{");
                        while (!in.accept("}")) {
                            variables.add(variable());
                        }
                    }
                    case "input" -> inputs.addAll(commands());
                    case "output" -> outputs.addAll(commands());
                    case "controlActions" -> actions.addAll(edges());
                    case "feedback" -> feedbacks.addAll(edges());
                    case "coordination" -> coordinations.addAll(edges());
                    default -> throw new IllegalStateException(token.text());
                }
            } else if (token.kind() == Kind.ID) {
                order = NODE_PARTS.size();
                children.add(node());
            } else {
                throw in.error(token, Messages.get("parser.expectedNodePart", String.join(", ", NODE_PARTS),
                        token.describe()));
            }
        }
        in.leave();
        return new Node(name, level, label, variables, inputs, outputs, actions, feedbacks, coordinations, children);
    }


    private Variable variable() throws ImportException {
        Name name = in.name();
        in.expect(":");
        in.expect("[");
        List<Value> values = new ArrayList<>();
        do {
            values.add(value());
        } while (in.accept(","));
        in.expect("]");
        return new Variable(name, values);
    }

    /** VariableValue: a qualified name, optionally with a range such as {@code = [0, MAX)}. */
    private Value value() throws ImportException {
        Name name = in.qualifiedName();
        if (!in.peek().is(Kind.SYMBOL, "=") && !in.peek().is(Kind.SYMBOL, "!=")) {
            return new Value(name, Optional.empty());
        }
        StringBuilder range = new StringBuilder(in.next().text()).append(' ');
        PastaToken open = in.next();
        if (!open.is(Kind.SYMBOL, "[") && !open.is(Kind.SYMBOL, "(")) {
            throw in.error(open, Messages.get("parser.expectedOpen", open.describe()));
        }
        range.append(open.text()).append(rangeBound());
        if (in.accept(",")) {
            range.append(", ").append(rangeBound());
        }
        PastaToken close = in.next();
        if (!close.is(Kind.SYMBOL, "]") && !close.is(Kind.SYMBOL, ")")) {
            throw in.error(close, Messages.get("parser.expectedClose", close.describe()));
        }
        return new Value(name, Optional.of(range.append(close.text()).toString()));
    }

    private String rangeBound() throws ImportException {
        if (in.peek().kind() == Kind.INT) {
            return in.next().text();
        }
        return in.qualifiedName().text();
    }

    private List<Command> commands() throws ImportException {
        in.expect("[");
        List<Command> commands = new ArrayList<>();
        do {
            commands.add(new Command(in.name(), in.string()));
        } while (in.accept(","));
        in.expect("]");
        return commands;
    }

    private List<Edge> edges() throws ImportException {
        in.expect("{");
        List<Edge> edges = new ArrayList<>();
        while (!in.accept("}")) {
            boolean bidirectional = in.peek().is(Kind.ID, "bi");
            if (bidirectional) {
                in.skip(1);
            }
            List<Command> commands = commands();
            in.expect("->");
            edges.add(new Edge(bidirectional, commands, in.name()));
        }
        return edges;
    }
}
