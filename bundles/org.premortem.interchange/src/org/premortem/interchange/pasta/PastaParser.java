/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.interchange.pasta;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.premortem.core.interchange.ImportException;
import org.premortem.core.interchange.ImportNotice;
import org.premortem.interchange.pasta.PastaAst.ActionUcas;
import org.premortem.interchange.pasta.PastaAst.Assignment;
import org.premortem.interchange.pasta.PastaAst.Command;
import org.premortem.interchange.pasta.PastaAst.Context;
import org.premortem.interchange.pasta.PastaAst.Edge;
import org.premortem.interchange.pasta.PastaAst.Graph;
import org.premortem.interchange.pasta.PastaAst.Linked;
import org.premortem.interchange.pasta.PastaAst.Model;
import org.premortem.interchange.pasta.PastaAst.Name;
import org.premortem.interchange.pasta.PastaAst.Node;
import org.premortem.interchange.pasta.PastaAst.Plain;
import org.premortem.interchange.pasta.PastaAst.Refined;
import org.premortem.interchange.pasta.PastaAst.Responsibilities;
import org.premortem.interchange.pasta.PastaAst.Responsibility;
import org.premortem.interchange.pasta.PastaAst.Rule;
import org.premortem.interchange.pasta.PastaAst.Scenario;
import org.premortem.interchange.pasta.PastaAst.Uca;
import org.premortem.interchange.pasta.PastaAst.UcaGroup;
import org.premortem.interchange.pasta.PastaAst.Value;
import org.premortem.interchange.pasta.PastaAst.Variable;
import org.premortem.interchange.pasta.PastaToken.Kind;

/**
 * A recursive-descent parser of PASTA's STPA language, one method per grammar rule of {@code stpa.langium}. It accepts
 * the current grammar and the older {@code coordination} and {@code bi} edges. The first syntax error stops it with an
 * {@link ImportException} naming line and column.
 */
final class PastaParser {

    /** The section keywords, in the order the grammar requires. */
    static final List<String> SECTIONS = List.of("Goals", "Assumptions", "Losses", "Hazards", "SystemConstraints",
            "ControlStructure", "Responsibilities", "UCAs", "Context-Table", "DCAs", "ControllerConstraints",
            "LossScenarios", "SafetyRequirements");

    static final Set<String> CAUSAL_FACTORS = Set.of("controlAction", "inadequateOperation", "delayedOperation",
            "componentFailure", "changesOverTime", "conflictingCA", "wrongProcessInput", "disturbance",
            "processOutput", "delayedFeedback", "measurementInaccurate", "incorrectInformationProvided",
            "missingFeedback", "inadequateControlAlgorithm", "wrongProcessModel", "wrongControlInput");

    static final List<String> RULE_TYPES = List.of("not-provided", "provided", "too-late", "too-early", "wrong-time",
            "applied-too-long", "stopped-too-soon");

    /** Deeper nesting of nodes or refinements is refused, so a hostile file cannot overflow the stack. */
    static final int MAX_DEPTH = 100;

    private final Path file;
    private final List<PastaToken> tokens;
    private int position;
    private int depth;

    private PastaParser(Path file, List<PastaToken> tokens) {
        this.file = file;
        this.tokens = tokens;
    }

    static Model parse(Path file, String text) throws ImportException {
        return new PastaParser(file, new PastaLexer(file, text).tokens()).model();
    }

    private Model model() throws ImportException {
        List<Plain> goals = new ArrayList<>();
        List<Plain> assumptions = new ArrayList<>();
        List<Plain> losses = new ArrayList<>();
        List<Refined> hazards = new ArrayList<>();
        List<Refined> constraints = new ArrayList<>();
        Optional<Graph> structure = Optional.empty();
        List<Responsibilities> responsibilities = new ArrayList<>();
        List<ActionUcas> ucas = new ArrayList<>();
        List<Rule> rules = new ArrayList<>();
        List<Rule> dcas = new ArrayList<>();
        List<Linked> controllerConstraints = new ArrayList<>();
        List<Scenario> scenarios = new ArrayList<>();
        List<Linked> requirements = new ArrayList<>();
        int last = -1;
        while (peek().kind() != Kind.END) {
            PastaToken start = peek();
            String section = sectionAt().orElseThrow(() -> error(start, Messages.get(
                    "parser.expectedSection", String.join(", ", SECTIONS), start.describe())));
            int index = SECTIONS.indexOf(section);
            boolean ucaAlternative = section.equals("UCAs") || section.equals("Context-Table");
            if (index <= last || ucaAlternative && last >= SECTIONS.indexOf("UCAs")) {
                throw error(start, Messages.get("parser.sectionOrder", section, String.join(", ", SECTIONS)));
            }
            last = section.equals("UCAs") ? SECTIONS.indexOf("Context-Table") : index;
            consumeSection(section);
            switch (section) {
                case "Goals" -> goals.addAll(plains());
                case "Assumptions" -> assumptions.addAll(plains());
                case "Losses" -> losses.addAll(plains());
                case "Hazards" -> hazards.addAll(refinedList(false));
                case "SystemConstraints" -> constraints.addAll(refinedList(true));
                case "ControlStructure" -> structure = Optional.of(graph());
                case "Responsibilities" -> {
                    while (atElement()) {
                        responsibilities.add(responsibilities());
                    }
                }
                case "UCAs" -> {
                    while (atElement()) {
                        ucas.add(actionUcas());
                    }
                }
                case "Context-Table" -> {
                    while (atElement()) {
                        rules.add(rule(false));
                    }
                }
                case "DCAs" -> {
                    while (atElement()) {
                        dcas.add(rule(true));
                    }
                }
                case "ControllerConstraints" -> {
                    while (atElement()) {
                        controllerConstraints.add(linked());
                    }
                }
                case "LossScenarios" -> {
                    while (atElement()) {
                        scenarios.add(scenario());
                    }
                }
                case "SafetyRequirements" -> {
                    while (atElement()) {
                        requirements.add(linked());
                    }
                }
                default -> throw new IllegalStateException(section);
            }
        }
        return new Model(goals, assumptions, losses, hazards, constraints, structure, responsibilities, ucas, rules,
                dcas, controllerConstraints, scenarios, requirements);
    }

    /** The section keyword at the current token, if any ({@code Context-Table} is three tokens). */
    private Optional<String> sectionAt() {
        PastaToken token = peek();
        if (token.kind() != Kind.ID) {
            return Optional.empty();
        }
        if (token.text().equals("Context") && peek(1).is(Kind.SYMBOL, "-") && peek(2).is(Kind.ID, "Table")) {
            return Optional.of("Context-Table");
        }
        return SECTIONS.contains(token.text()) && !token.text().equals("Context-Table")
                ? Optional.of(token.text()) : Optional.empty();
    }

    private void consumeSection(String section) {
        position += section.equals("Context-Table") ? 3 : 1;
    }

    /** Whether an element (an ID that is not a section keyword) starts here. */
    private boolean atElement() {
        return peek().kind() == Kind.ID && sectionAt().isEmpty();
    }

    private List<Plain> plains() throws ImportException {
        List<Plain> plains = new ArrayList<>();
        while (atElement()) {
            plains.add(new Plain(name(), string()));
        }
        return plains;
    }

    private List<Refined> refinedList(boolean constraints) throws ImportException {
        List<Refined> list = new ArrayList<>();
        while (atElement()) {
            list.add(refined(constraints));
        }
        return list;
    }

    /** Hazard (optional loss list) or SystemConstraint (required hazard list), with its refinements. */
    private Refined refined(boolean constraint) throws ImportException {
        enter();
        Name name = subId();
        String description = string();
        List<Name> refs = constraint || peek().is(Kind.SYMBOL, "[") ? refList(this::subId) : List.of();
        List<String> headers = new ArrayList<>();
        List<Refined> children = new ArrayList<>();
        if (accept("{")) {
            while (!accept("}")) {
                if (peek().kind() == Kind.STRING) {
                    headers.add(string());
                }
                children.add(refined(constraint));
            }
        }
        depth--;
        return new Refined(name, description, refs, headers, children);
    }

    private Graph graph() throws ImportException {
        Name name = name();
        expect("{");
        List<Node> nodes = new ArrayList<>();
        while (!accept("}")) {
            nodes.add(node());
        }
        return new Graph(name, nodes);
    }

    private Node node() throws ImportException {
        enter();
        Name name = name();
        expect("{");
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
        while (!accept("}")) {
            PastaToken token = peek();
            int part = token.kind() == Kind.ID ? NODE_PARTS.indexOf(token.text()) : -1;
            if (part >= 0) {
                if (part < order) {
                    throw error(token, Messages.get("parser.nodePartOrder", token.text(),
                            order == NODE_PARTS.size() ? Messages.get("parser.nestedNodes")
                                    : NODE_PARTS.get(order - 1)));
                }
                order = part + 1;
                position++;
                switch (token.text()) {
                    case "hierarchyLevel" -> level = Optional.of(integer());
                    case "label" -> label = Optional.of(string());
                    case "processModel" -> {
                        expect("{");
                        while (!accept("}")) {
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
                throw error(token, Messages.get("parser.expectedNodePart", String.join(", ", NODE_PARTS),
                        token.describe()));
            }
        }
        depth--;
        return new Node(name, level, label, variables, inputs, outputs, actions, feedbacks, coordinations, children);
    }

    private static final List<String> NODE_PARTS = List.of("hierarchyLevel", "label", "processModel", "input",
            "output", "controlActions", "feedback", "coordination");

    private void enter() throws ImportException {
        if (++depth > MAX_DEPTH) {
            throw error(peek(), Messages.get("parser.tooDeep", MAX_DEPTH));
        }
    }

    private Variable variable() throws ImportException {
        Name name = name();
        expect(":");
        expect("[");
        List<Value> values = new ArrayList<>();
        do {
            values.add(value());
        } while (accept(","));
        expect("]");
        return new Variable(name, values);
    }

    /** VariableValue: a qualified name, optionally with a range such as {@code = [0, MAX)}. */
    private Value value() throws ImportException {
        Name name = qualifiedName();
        if (!peek().is(Kind.SYMBOL, "=") && !peek().is(Kind.SYMBOL, "!=")) {
            return new Value(name, Optional.empty());
        }
        StringBuilder range = new StringBuilder(next().text()).append(' ');
        PastaToken open = next();
        if (!open.is(Kind.SYMBOL, "[") && !open.is(Kind.SYMBOL, "(")) {
            throw error(open, Messages.get("parser.expectedOpen", open.describe()));
        }
        range.append(open.text()).append(rangeBound());
        if (accept(",")) {
            range.append(", ").append(rangeBound());
        }
        PastaToken close = next();
        if (!close.is(Kind.SYMBOL, "]") && !close.is(Kind.SYMBOL, ")")) {
            throw error(close, Messages.get("parser.expectedClose", close.describe()));
        }
        return new Value(name, Optional.of(range.append(close.text()).toString()));
    }

    private String rangeBound() throws ImportException {
        if (peek().kind() == Kind.INT) {
            return next().text();
        }
        return qualifiedName().text();
    }

    private List<Command> commands() throws ImportException {
        expect("[");
        List<Command> commands = new ArrayList<>();
        do {
            commands.add(new Command(name(), string()));
        } while (accept(","));
        expect("]");
        return commands;
    }

    private List<Edge> edges() throws ImportException {
        expect("{");
        List<Edge> edges = new ArrayList<>();
        while (!accept("}")) {
            boolean bidirectional = peek().is(Kind.ID, "bi");
            if (bidirectional) {
                position++;
            }
            List<Command> commands = commands();
            expect("->");
            edges.add(new Edge(bidirectional, commands, name()));
        }
        return edges;
    }

    private Responsibilities responsibilities() throws ImportException {
        Name system = name();
        expect("{");
        List<Responsibility> list = new ArrayList<>();
        while (!accept("}")) {
            list.add(new Responsibility(name(), string(), refList(this::subId)));
        }
        return new Responsibilities(system, list);
    }

    private ActionUcas actionUcas() throws ImportException {
        Name system = name();
        expect(".");
        Name action = name();
        expect("{");
        Map<UcaGroup, List<Uca>> groups = new EnumMap<>(UcaGroup.class);
        for (UcaGroup group : UcaGroup.values()) {
            keyword(group.keyword);
            expect("{");
            List<Uca> ucas = new ArrayList<>();
            while (!accept("}")) {
                ucas.add(new Uca(name(), string(), refList(this::subId)));
            }
            groups.put(group, ucas);
        }
        expect("}");
        return new ActionUcas(system, action, List.copyOf(groups.values()));
    }

    private Rule rule(boolean desired) throws ImportException {
        Name name = name();
        expect("{");
        keyword("controlAction");
        expect(":");
        Name system = name();
        expect(".");
        Name action = name();
        keyword("type");
        expect(":");
        Name type = qualifiedName();
        List<String> allowed = desired ? RULE_TYPES.subList(0, 2) : RULE_TYPES;
        if (!allowed.contains(type.text())) {
            throw new ImportException(ImportNotice.at(file, type.line(), type.column(),
                    Messages.get("parser.unknownType", type.text(), String.join(", ", allowed))));
        }
        keyword("contexts");
        expect(":");
        expect("{");
        List<Context> contexts = new ArrayList<>();
        while (!accept("}")) {
            Name contextName = name();
            expect("[");
            List<Assignment> values = new ArrayList<>();
            do {
                Name variable = name();
                expect("=");
                values.add(new Assignment(variable, qualifiedName()));
            } while (accept(","));
            expect("]");
            contexts.add(new Context(contextName, values, desired ? List.of() : refList(this::subId)));
        }
        expect("}");
        return new Rule(name, system, action, type, contexts, desired);
    }

    private Linked linked() throws ImportException {
        return new Linked(name(), string(), refList(this::name));
    }

    private Scenario scenario() throws ImportException {
        Name name = name();
        Optional<Name> factor = Optional.empty();
        if (accept("<")) {
            Name keyword = name();
            if (!CAUSAL_FACTORS.contains(keyword.text())) {
                throw new ImportException(ImportNotice.at(file, keyword.line(), keyword.column(),
                        Messages.get("parser.unknownFactor", keyword.text())));
            }
            factor = Optional.of(keyword);
            expect(">");
        }
        Optional<Name> uca = Optional.empty();
        if (peek().is(Kind.ID, "for")) {
            position++;
            uca = Optional.of(name());
        }
        String description = string();
        List<Name> hazards = uca.isEmpty() || peek().is(Kind.SYMBOL, "[") ? refList(this::subId) : List.of();
        return new Scenario(name, factor, uca, description, hazards);
    }

    private interface Reader {
        Name read() throws ImportException;
    }

    private List<Name> refList(Reader reader) throws ImportException {
        expect("[");
        List<Name> refs = new ArrayList<>();
        do {
            refs.add(reader.read());
        } while (accept(","));
        expect("]");
        return refs;
    }

    /** SubID: {@code ID ('.' INT)*}, such as {@code H1.2}. */
    private Name subId() throws ImportException {
        Name id = name();
        StringBuilder text = new StringBuilder(id.text());
        while (peek().is(Kind.SYMBOL, ".") && peek(1).kind() == Kind.INT) {
            position++;
            text.append('.').append(next().text());
        }
        return new Name(text.toString(), id.line(), id.column());
    }

    /** QualifiedName: {@code ID ('-' ID)*}, such as {@code not-provided}. */
    private Name qualifiedName() throws ImportException {
        Name id = name();
        StringBuilder text = new StringBuilder(id.text());
        while (peek().is(Kind.SYMBOL, "-") && peek(1).kind() == Kind.ID) {
            position++;
            text.append('-').append(next().text());
        }
        return new Name(text.toString(), id.line(), id.column());
    }

    private Name name() throws ImportException {
        PastaToken token = peek();
        if (token.kind() != Kind.ID) {
            throw error(token, Messages.get("parser.expectedName", token.describe()));
        }
        position++;
        return new Name(token.text(), token.line(), token.column());
    }

    private String string() throws ImportException {
        PastaToken token = peek();
        if (token.kind() != Kind.STRING) {
            throw error(token, Messages.get("parser.expectedString", token.describe()));
        }
        position++;
        return token.text();
    }

    private int integer() throws ImportException {
        PastaToken token = peek();
        if (token.kind() != Kind.INT) {
            throw error(token, Messages.get("parser.expectedNumber", token.describe()));
        }
        position++;
        try {
            return Integer.parseInt(token.text());
        } catch (NumberFormatException e) {
            throw error(token, Messages.get("parser.numberTooLarge", token.text()));
        }
    }

    private void keyword(String keyword) throws ImportException {
        PastaToken token = peek();
        if (!token.is(Kind.ID, keyword)) {
            throw error(token, Messages.get("parser.expected", keyword, token.describe()));
        }
        position++;
    }

    private void expect(String symbol) throws ImportException {
        PastaToken token = peek();
        if (!token.is(Kind.SYMBOL, symbol)) {
            throw error(token, Messages.get("parser.expected", symbol, token.describe()));
        }
        position++;
    }

    private boolean accept(String symbol) {
        if (peek().is(Kind.SYMBOL, symbol)) {
            position++;
            return true;
        }
        return false;
    }

    private PastaToken peek() {
        return peek(0);
    }

    private PastaToken peek(int ahead) {
        return tokens.get(Math.min(position + ahead, tokens.size() - 1));
    }

    private PastaToken next() {
        PastaToken token = peek();
        position++;
        return token;
    }

    private ImportException error(PastaToken token, String message) {
        return new ImportException(ImportNotice.at(file, token.line(), token.column(), message));
    }
}
