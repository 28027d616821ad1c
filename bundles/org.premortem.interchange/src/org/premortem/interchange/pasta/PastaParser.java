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
import org.premortem.interchange.pasta.PastaAst.Context;
import org.premortem.interchange.pasta.PastaAst.Graph;
import org.premortem.interchange.pasta.PastaAst.Linked;
import org.premortem.interchange.pasta.PastaAst.Model;
import org.premortem.interchange.pasta.PastaAst.Name;
import org.premortem.interchange.pasta.PastaAst.Plain;
import org.premortem.interchange.pasta.PastaAst.Refined;
import org.premortem.interchange.pasta.PastaAst.Responsibilities;
import org.premortem.interchange.pasta.PastaAst.Responsibility;
import org.premortem.interchange.pasta.PastaAst.Rule;
import org.premortem.interchange.pasta.PastaAst.Scenario;
import org.premortem.interchange.pasta.PastaAst.Uca;
import org.premortem.interchange.pasta.PastaAst.UcaGroup;
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

    private final TokenCursor in;

    private PastaParser(TokenCursor in) {
        this.in = in;
    }

    static Model parse(Path file, String text) throws ImportException {
        return new PastaParser(new TokenCursor(file, new PastaLexer(file, text).tokens())).model();
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
        while (in.peek().kind() != Kind.END) {
            PastaToken start = in.peek();
            String section = sectionAt().orElseThrow(() -> in.error(start, Messages.get(
                    "parser.expectedSection", String.join(", ", SECTIONS), start.describe())));
            int index = SECTIONS.indexOf(section);
            boolean ucaAlternative = section.equals("UCAs") || section.equals("Context-Table");
            if (index <= last || ucaAlternative && last >= SECTIONS.indexOf("UCAs")) {
                throw in.error(start, Messages.get("parser.sectionOrder", section, String.join(", ", SECTIONS)));
            }
            last = section.equals("UCAs") ? SECTIONS.indexOf("Context-Table") : index;
            consumeSection(section);
            switch (section) {
                case "Goals" -> goals.addAll(plains());
                case "Assumptions" -> assumptions.addAll(plains());
                case "Losses" -> losses.addAll(plains());
                case "Hazards" -> hazards.addAll(refinedList(false));
                case "SystemConstraints" -> constraints.addAll(refinedList(true));
                case "ControlStructure" -> structure = Optional.of(new StructureParser(in).graph());
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
        PastaToken token = in.peek();
        if (token.kind() != Kind.ID) {
            return Optional.empty();
        }
        if (token.text().equals("Context") && in.peek(1).is(Kind.SYMBOL, "-") && in.peek(2).is(Kind.ID, "Table")) {
            return Optional.of("Context-Table");
        }
        return SECTIONS.contains(token.text()) && !token.text().equals("Context-Table")
                ? Optional.of(token.text()) : Optional.empty();
    }

    private void consumeSection(String section) {
        in.skip(section.equals("Context-Table") ? 3 : 1);
    }

    /** Whether an element (an ID that is not a section keyword) starts here. */
    private boolean atElement() {
        return in.peek().kind() == Kind.ID && sectionAt().isEmpty();
    }

    private List<Plain> plains() throws ImportException {
        List<Plain> plains = new ArrayList<>();
        while (atElement()) {
            plains.add(new Plain(in.name(), in.string()));
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
        in.enter();
        Name name = in.subId();
        String description = in.string();
        List<Name> refs = constraint || in.peek().is(Kind.SYMBOL, "[") ? in.refList(in::subId) : List.of();
        List<String> headers = new ArrayList<>();
        List<Refined> children = new ArrayList<>();
        if (in.accept("{")) {
            while (!in.accept("}")) {
                if (in.peek().kind() == Kind.STRING) {
                    headers.add(in.string());
                }
                children.add(refined(constraint));
            }
        }
        in.leave();
        return new Refined(name, description, refs, headers, children);
    }

    private Responsibilities responsibilities() throws ImportException {
        Name system = in.name();
        in.expect("{");
        List<Responsibility> list = new ArrayList<>();
        while (!in.accept("}")) {
            list.add(new Responsibility(in.name(), in.string(), in.refList(in::subId)));
        }
        return new Responsibilities(system, list);
    }

    private ActionUcas actionUcas() throws ImportException {
        Name system = in.name();
        in.expect(".");
        Name action = in.name();
        in.expect("{");
        Map<UcaGroup, List<Uca>> groups = new EnumMap<>(UcaGroup.class);
        for (UcaGroup group : UcaGroup.values()) {
            in.keyword(group.keyword);
            in.expect("{");
            List<Uca> ucas = new ArrayList<>();
            while (!in.accept("}")) {
                ucas.add(new Uca(in.name(), in.string(), in.refList(in::subId)));
            }
            groups.put(group, ucas);
        }
        in.expect("}");
        return new ActionUcas(system, action, List.copyOf(groups.values()));
    }

    private Rule rule(boolean desired) throws ImportException {
        Name name = in.name();
        in.expect("{");
        in.keyword("controlAction");
        in.expect(":");
        Name system = in.name();
        in.expect(".");
        Name action = in.name();
        in.keyword("type");
        in.expect(":");
        Name type = in.qualifiedName();
        List<String> allowed = desired ? RULE_TYPES.subList(0, 2) : RULE_TYPES;
        if (!allowed.contains(type.text())) {
            throw new ImportException(ImportNotice.at(in.file(), type.line(), type.column(),
                    Messages.get("parser.unknownType", type.text(), String.join(", ", allowed))));
        }
        in.keyword("contexts");
        in.expect(":");
        in.expect("{");
        List<Context> contexts = new ArrayList<>();
        while (!in.accept("}")) {
            Name contextName = in.name();
            in.expect("[");
            List<Assignment> values = new ArrayList<>();
            do {
                Name variable = in.name();
                in.expect("=");
                values.add(new Assignment(variable, in.qualifiedName()));
            } while (in.accept(","));
            in.expect("]");
            contexts.add(new Context(contextName, values, desired ? List.of() : in.refList(in::subId)));
        }
        in.expect("}");
        return new Rule(name, system, action, type, contexts, desired);
    }

    private Linked linked() throws ImportException {
        return new Linked(in.name(), in.string(), in.refList(in::name));
    }

    private Scenario scenario() throws ImportException {
        Name name = in.name();
        Optional<Name> factor = Optional.empty();
        if (in.accept("<")) {
            Name keyword = in.name();
            if (!CAUSAL_FACTORS.contains(keyword.text())) {
                throw new ImportException(ImportNotice.at(in.file(), keyword.line(), keyword.column(),
                        Messages.get("parser.unknownFactor", keyword.text())));
            }
            factor = Optional.of(keyword);
            in.expect(">");
        }
        Optional<Name> uca = Optional.empty();
        if (in.peek().is(Kind.ID, "for")) {
            in.skip(1);
            uca = Optional.of(in.name());
        }
        String description = in.string();
        List<Name> hazards = uca.isEmpty() || in.peek().is(Kind.SYMBOL, "[") ? in.refList(in::subId) : List.of();
        return new Scenario(name, factor, uca, description, hazards);
    }

}
