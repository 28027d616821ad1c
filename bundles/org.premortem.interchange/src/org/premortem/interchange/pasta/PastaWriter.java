/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.interchange.pasta;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.premortem.interchange.pasta.PastaAst.UcaGroup;
import org.premortem.model.stpa.Analysis;
import org.premortem.model.stpa.Assumption;
import org.premortem.model.stpa.Component;
import org.premortem.model.stpa.Connection;
import org.premortem.model.stpa.ContextTable;
import org.premortem.model.stpa.ContextTableRow;
import org.premortem.model.stpa.ControlAction;
import org.premortem.model.stpa.ControllerConstraint;
import org.premortem.model.stpa.Goal;
import org.premortem.model.stpa.Hazard;
import org.premortem.model.stpa.IdentifiedElement;
import org.premortem.model.stpa.Loss;
import org.premortem.model.stpa.LossScenario;
import org.premortem.model.stpa.Requirement;
import org.premortem.model.stpa.Responsibility;
import org.premortem.model.stpa.SystemConstraint;
import org.premortem.model.stpa.UnsafeControlAction;
import org.premortem.model.stpa.VariableValue;

/**
 * Writes an analysis in PASTA's STPA language, section by section in the grammar's order. Names come from
 * {@link PastaNames}; what PASTA cannot hold (several control structures are merged into one; elements without the
 * references PASTA requires; input/output between two components; feedback's updated variables) is listed in
 * comments at the top of the file, so nothing is left out unsaid.
 */
final class PastaWriter {

    private final Analysis analysis;
    private final Map<String, List<String>> notes;
    private final PastaNames names;
    private final List<String> omissions = new ArrayList<>();
    private final StringBuilder body = new StringBuilder();
    private final boolean contextTables;

    private PastaWriter(Analysis analysis) {
        this.analysis = analysis;
        this.notes = PastaNotes.readFrom(analysis);
        this.names = new PastaNames(notes);
        this.contextTables = !analysis.getUnsafeControlActions().isEmpty() && analysis.getUnsafeControlActions()
                .stream().allMatch(uca -> uca.getContextTableRow() != null);
    }

    static String write(Analysis analysis) {
        return new PastaWriter(analysis).text();
    }

    private String text() {
        plain("Goals", analysis.getGoals(), Goal::getText, "goal");
        plain("Assumptions", analysis.getAssumptions(), Assumption::getText, "assumption");
        plain("Losses", analysis.getLosses(), Loss::getText, "loss");
        if (!analysis.getHazards().isEmpty()) {
            body.append("Hazards\n");
            analysis.getHazards().forEach(h -> hazard(h, 0));
            body.append('\n');
        }
        if (!analysis.getSystemConstraints().isEmpty()) {
            body.append("SystemConstraints\n");
            analysis.getSystemConstraints().forEach(c -> constraint(c, 0));
            body.append('\n');
        }
        new StructureWriter(analysis, notes, names, body, omissions).write();
        responsibilities();
        if (contextTables) {
            rules(false);
        } else {
            ucas();
        }
        rules(true);
        controllerConstraints();
        scenarios();
        requirements();
        unwrittenAttributes();
        StringBuilder text = new StringBuilder("// ")
                .append(Messages.get("file.written", oneLine(analysis.getName()))).append('\n');
        String description = PastaNotes.userDescription(analysis);
        for (String line : description.isEmpty() ? new String[0] : description.split("\n")) {
            text.append("// ").append(line).append('\n');
        }
        for (String omission : omissions) {
            text.append("// ").append(Messages.get("file.omitted", omission)).append('\n');
        }
        return text.append('\n').append(body).toString().stripTrailing() + "\n";
    }

    private <T extends IdentifiedElement> void plain(String section, List<T> elements, Function<T, String> text,
            String kind) {
        if (elements.isEmpty()) {
            return;
        }
        body.append(section).append('\n');
        for (T element : elements) {
            body.append(names.of(element, kind, false)).append(' ').append(string(text.apply(element))).append('\n');
        }
        body.append('\n');
    }

    private void hazard(Hazard hazard, int depth) {
        indent(depth).append(names.of(hazard, "hazard", true)).append(' ').append(string(hazard.getText()));
        if (!hazard.getLosses().isEmpty()) {
            body.append(' ').append(refs(hazard.getLosses(), l -> names.of(l, "loss", false)));
        }
        refinements(hazard, hazard.getSubHazards(), depth, h -> hazard(h, depth + 1));
        body.append('\n');
    }

    private void constraint(SystemConstraint constraint, int depth) {
        if (constraint.getHazards().isEmpty()) {
            omit(constraint, Messages.get("omit.noHazard"));
            return;
        }
        indent(depth).append(names.of(constraint, "constraint", true)).append(' ')
                .append(string(constraint.getText())).append(' ')
                .append(refs(constraint.getHazards(), h -> names.of(h, "hazard", true)));
        refinements(constraint, constraint.getSubConstraints(), depth, c -> constraint(c, depth + 1));
        body.append('\n');
    }

    private <T> void refinements(IdentifiedElement parent, List<T> children, int depth,
            java.util.function.Consumer<T> child) {
        if (children.isEmpty()) {
            return;
        }
        body.append(" {\n");
        for (String header : PastaNotes.values(notes, String.valueOf(parent.getDisplayId()), "header")) {
            indent(depth + 1).append(string(header)).append('\n');
        }
        children.forEach(child);
        indent(depth).append('}');
    }

    private void responsibilities() {
        List<Component> components = new ArrayList<>();
        analysis.getControlStructures().forEach(s -> s.eAllContents().forEachRemaining(o -> {
            if (o instanceof Component c && !c.getResponsibilities().isEmpty()) {
                components.add(c);
            }
        }));
        if (components.isEmpty()) {
            return;
        }
        body.append("Responsibilities\n");
        for (Component component : components) {
            body.append(names.ofNode(component)).append(" {\n");
            for (Responsibility responsibility : component.getResponsibilities()) {
                if (responsibility.getSystemConstraints().isEmpty()) {
                    omit(responsibility, Messages.get("omit.noConstraint"));
                    continue;
                }
                indent(1).append(names.of(responsibility, "responsibility", false)).append(' ')
                        .append(string(responsibility.getText())).append(' ')
                        .append(refs(responsibility.getSystemConstraints(), c -> names.of(c, "constraint", true)))
                        .append('\n');
            }
            body.append("}\n");
        }
        body.append('\n');
    }

    private void ucas() {
        Map<ControlAction, List<UnsafeControlAction>> byAction = new LinkedHashMap<>();
        for (UnsafeControlAction uca : analysis.getUnsafeControlActions()) {
            if (!writable(uca)) {
                continue;
            }
            byAction.computeIfAbsent(uca.getControlAction(), a -> new ArrayList<>()).add(uca);
        }
        if (byAction.isEmpty()) {
            return;
        }
        body.append("UCAs\n");
        byAction.forEach((action, ucas) -> {
            String node = names.ofNode(action.getSource());
            body.append(node).append('.').append(names.ofCommand(action, node)).append(" {\n");
            for (UcaGroup group : UcaGroup.values()) {
                indent(1).append(group.keyword).append(" {\n");
                for (UnsafeControlAction uca : ucas) {
                    if (PastaUcaTypes.groupOf(uca.getType()) == group) {
                        indent(2).append(ucaName(uca)).append(' ').append(string(uca.getText())).append(' ')
                                .append(refs(uca.getHazards(), h -> names.of(h, "hazard", true))).append('\n');
                    }
                }
                indent(1).append("}\n");
            }
            body.append("}\n");
        });
        body.append('\n');
    }

    private boolean writable(UnsafeControlAction uca) {
        if (uca.getControlAction() == null || uca.getControlAction().getSource() == null) {
            omit(uca, Messages.get("omit.noAction"));
            return false;
        }
        if (uca.getHazards().isEmpty()) {
            omit(uca, Messages.get("omit.noHazard"));
            return false;
        }
        return true;
    }

    /** Context-Table rules ({@code desired} false) or DCA rules, one per context table. */
    private void rules(boolean desired) {
        List<ContextTable> tables = new ArrayList<>();
        for (ContextTable table : analysis.getContextTables()) {
            boolean dca = PastaNotes.value(notes, String.valueOf(table.getDisplayId()), "dca").isPresent();
            if (dca == desired && (desired || contextTables)) {
                if (table.getControlAction() == null || table.getControlAction().getSource() == null) {
                    omit(table, Messages.get("omit.noAction"));
                } else {
                    tables.add(table);
                }
            }
        }
        if (tables.isEmpty()) {
            return;
        }
        body.append(desired ? "DCAs\n" : "Context-Table\n");
        for (ContextTable table : tables) {
            String displayId = String.valueOf(table.getDisplayId());
            ControlAction action = table.getControlAction();
            String node = names.ofNode(action.getSource());
            String type = PastaNotes.value(notes, displayId, desired ? "dca" : "type")
                    .orElseGet(() -> table.getRows().stream().flatMap(r -> r.getHazardousTypes().stream())
                            .findFirst().map(PastaUcaTypes::ruleTypeOf).orElse("provided"));
            body.append(names.of(table, "rule", false)).append(" {\n");
            indent(1).append("controlAction: ").append(node).append('.').append(names.ofCommand(action, node))
                    .append('\n');
            indent(1).append("type: ").append(type).append('\n');
            indent(1).append("contexts: {\n");
            for (ContextTableRow row : table.getRows()) {
                context(row, desired);
            }
            indent(1).append("}\n");
            body.append("}\n");
        }
        body.append('\n');
    }

    private void context(ContextTableRow row, boolean desired) {
        List<String> values = new ArrayList<>();
        for (VariableValue value : row.getValues()) {
            if (value.getVariable() != null) {
                values.add(PastaNames.identifier(value.getVariable().getName(), value.getVariable().getDisplayId())
                        + " = " + PastaNames.value(value.getValue()));
            }
        }
        Optional<UnsafeControlAction> uca = ucaOf(row);
        if (values.isEmpty() || !desired && (uca.isEmpty() || row.getHazards().isEmpty())) {
            omit(row, desired ? Messages.get("omit.noVariableValues")
                    : Messages.get("omit.notHazardousContext"));
            return;
        }
        indent(2).append(desired ? names.of(row, "dca context", false) : ucaName(uca.get())).append(" [")
                .append(String.join(", ", values)).append(']');
        if (!desired) {
            body.append(' ').append(refs(row.getHazards(), h -> names.of(h, "hazard", true)));
        }
        body.append('\n');
    }

    private Optional<UnsafeControlAction> ucaOf(ContextTableRow row) {
        return analysis.getUnsafeControlActions().stream().filter(u -> u.getContextTableRow() == row).findFirst();
    }

    /** A UCA's name: in a Context-Table file the name of its context (row), else its own. */
    private String ucaName(UnsafeControlAction uca) {
        if (contextTables && uca.getContextTableRow() != null) {
            ContextTableRow row = uca.getContextTableRow();
            return names.of(row, "uca", false);
        }
        return names.of(uca, "uca", false);
    }

    private void controllerConstraints() {
        List<ControllerConstraint> constraints = analysis.getControllerConstraints();
        if (constraints.isEmpty()) {
            return;
        }
        body.append("ControllerConstraints\n");
        for (ControllerConstraint constraint : constraints) {
            if (constraint.getUnsafeControlActions().isEmpty()) {
                omit(constraint, Messages.get("omit.noUca"));
                continue;
            }
            body.append(names.of(constraint, "controller constraint", false)).append(' ')
                    .append(string(constraint.getText())).append(' ')
                    .append(refs(constraint.getUnsafeControlActions(), this::ucaName)).append('\n');
        }
        body.append('\n');
    }

    private void scenarios() {
        List<LossScenario> scenarios = analysis.getLossScenarios();
        if (scenarios.isEmpty()) {
            return;
        }
        body.append("LossScenarios\n");
        for (LossScenario scenario : scenarios) {
            if (scenario.getUnsafeControlAction() == null && scenario.getHazards().isEmpty()) {
                omit(scenario, Messages.get("omit.noUcaNorHazard"));
                continue;
            }
            body.append(names.of(scenario, "scenario", false));
            if (!scenario.getCausalFactors().isEmpty()) {
                var factor = scenario.getCausalFactors().get(0);
                CausalFactors.keywordFor(factor.getKind(), factor.getText())
                        .ifPresent(keyword -> body.append(" <").append(keyword).append('>'));
                if (scenario.getCausalFactors().size() > 1) {
                    omit(scenario, Messages.get("omit.factors", scenario.getCausalFactors().size()));
                }
            }
            if (scenario.getUnsafeControlAction() != null) {
                body.append(" for ").append(ucaName(scenario.getUnsafeControlAction()));
            }
            body.append(' ').append(string(scenario.getText()));
            if (!scenario.getHazards().isEmpty()) {
                body.append(' ').append(refs(scenario.getHazards(), h -> names.of(h, "hazard", true)));
            }
            body.append('\n');
        }
        body.append('\n');
    }

    private void requirements() {
        List<Requirement> requirements = analysis.getRequirements();
        if (requirements.isEmpty()) {
            return;
        }
        body.append("SafetyRequirements\n");
        for (Requirement requirement : requirements) {
            List<String> refs = new ArrayList<>();
            requirement.getLossScenarios().forEach(s -> refs.add(names.of(s, "scenario", false)));
            requirement.getHazards().forEach(h -> refs.add(names.of(h, "hazard", true)));
            requirement.getUnsafeControlActions().forEach(u -> refs.add(ucaName(u)));
            if (refs.isEmpty()) {
                omit(requirement, Messages.get("omit.noReference"));
                continue;
            }
            body.append(names.of(requirement, "requirement", false)).append(' ')
                    .append(string(requirement.getText())).append(" [").append(String.join(", ", refs))
                    .append("]\n");
        }
    }

    /** Elements and attributes PASTA has no syntax for, counted in one comment each. */
    private void unwrittenAttributes() {
        if (!analysis.getNotApplicable().isEmpty()) {
            omissions.add(Messages.get("omit.notApplicable", analysis.getNotApplicable().size()));
        }
        int attributes = 0;
        for (var it = analysis.eAllContents(); it.hasNext();) {
            var next = it.next();
            if (next instanceof Component c) {
                attributes += count(c.getDescription()) + count(c.getControlAlgorithm())
                        + (c.getReplicas() > 1 ? 1 : 0);
            } else if (next instanceof Connection c) {
                attributes += count(c.getDescription());
            } else if (next instanceof UnsafeControlAction u) {
                attributes += count(u.getRationale()) + u.getRejectedScenarios().size();
            } else if (next instanceof Requirement r) {
                attributes += count(r.getRationale());
            } else if (next instanceof ContextTableRow r) {
                attributes += count(r.getRationale());
            }
        }
        if (attributes > 0) {
            omissions.add(Messages.get("omit.attributes", attributes));
        }
    }

    private static int count(String text) {
        return text == null || text.isBlank() ? 0 : 1;
    }

    private <T> String refs(List<T> targets, Function<T, String> name) {
        List<String> refs = new ArrayList<>();
        targets.forEach(t -> refs.add(name.apply(t)));
        return "[" + String.join(", ", refs) + "]";
    }

    private void omit(IdentifiedElement element, String why) {
        omissions.add(omission(element, why));
    }

    /** The comment line for an element PASTA cannot hold (or not wholly): its label and why. */
    static String omission(IdentifiedElement element, String why) {
        String label = element.getLabel();
        return (label == null ? element.eClass().getName() : oneLine(label)) + " " + why;
    }

    private StringBuilder indent(int depth) {
        return body.append("    ".repeat(depth));
    }

    /** A PASTA string: double quotes, or single quotes if the text has double ones (PASTA has no escapes). */
    static String string(String text) {
        String value = text == null ? "" : text;
        if (!value.contains("\"")) {
            return "\"" + value + "\"";
        }
        if (!value.contains("'")) {
            return "'" + value + "'";
        }
        return "\"" + value.replace('"', '\u201D') + "\"";
    }

    static String oneLine(String text) {
        return text == null ? "" : text.replaceAll("\\s+", " ").strip();
    }
}
