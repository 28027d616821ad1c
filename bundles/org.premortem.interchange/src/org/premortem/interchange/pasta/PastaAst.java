/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.interchange.pasta;

import java.util.List;
import java.util.Optional;

/**
 * The syntax tree of a PASTA {@code .stpa} file, one record per rule of PASTA's grammar ({@code stpa.langium}).
 * References are kept as {@link Name}s (text and place) and resolved by {@link PastaMapping}.
 */
final class PastaAst {

    private PastaAst() {
    }

    /** A name or a reference to one, with the place of its first character. */
    record Name(String text, int line, int column) {
    }

    /** Goal, Assumption, Loss: {@code name "description"}. */
    record Plain(Name name, String description) {
    }

    /** Hazard or SystemConstraint: {@code name "description" [refs] { "header"? children }}. */
    record Refined(Name name, String description, List<Name> refs, List<String> headers, List<Refined> children) {
    }

    /** {@code ControlStructure name { nodes }}. */
    record Graph(Name name, List<Node> nodes) {
    }

    record Node(Name name, Optional<Integer> level, Optional<String> label, List<Variable> variables,
            List<Command> inputs, List<Command> outputs, List<Edge> actions, List<Edge> feedbacks,
            List<Edge> coordinations, List<Node> children) {
    }

    /** {@code name: [values]}. */
    record Variable(Name name, List<Value> values) {
    }

    /** A value of a process-model variable, with its range in PASTA's syntax if any ({@code = [0, MAX]}). */
    record Value(Name name, Optional<String> range) {
    }

    /** {@code bi? [commands] -> target}. */
    record Edge(boolean bidirectional, List<Command> commands, Name target) {
    }

    /** {@code name "label"}. */
    record Command(Name name, String label) {
    }

    /** {@code system { responsibilities }}. */
    record Responsibilities(Name system, List<Responsibility> responsibilities) {
    }

    record Responsibility(Name name, String description, List<Name> constraints) {
    }

    /** The four UCA groups of PASTA, in grammar order. */
    enum UcaGroup {
        NOT_PROVIDING("notProviding"), PROVIDING("providing"), TIMING("tooEarlyOrLateOrWrongOrder"),
        DURATION("stoppedTooSoonOrLate");

        final String keyword;

        UcaGroup(String keyword) {
            this.keyword = keyword;
        }
    }

    /** {@code system.action { notProviding {..} providing {..} tooEarlyOrLate... {..} stoppedTooSoonOrLate {..} }}. */
    record ActionUcas(Name system, Name action, List<List<Uca>> groups) {
    }

    record Uca(Name name, String description, List<Name> hazards) {
    }

    /** A Context-Table rule or a DCA rule (then {@code desired} and no hazards in its contexts). */
    record Rule(Name name, Name system, Name action, Name type, List<Context> contexts, boolean desired) {
    }

    record Context(Name name, List<Assignment> values, List<Name> hazards) {
    }

    /** {@code variable = value}. */
    record Assignment(Name variable, Name value) {
    }

    /** ControllerConstraint or SafetyRequirement: {@code name "description" [refs]}. */
    record Linked(Name name, String description, List<Name> refs) {
    }

    record Scenario(Name name, Optional<Name> factor, Optional<Name> uca, String description, List<Name> hazards) {
    }

    record Model(List<Plain> goals, List<Plain> assumptions, List<Plain> losses, List<Refined> hazards,
            List<Refined> constraints, Optional<Graph> structure, List<Responsibilities> responsibilities,
            List<ActionUcas> ucas, List<Rule> rules, List<Rule> dcas, List<Linked> controllerConstraints,
            List<Scenario> scenarios, List<Linked> requirements) {
    }
}
