/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.report.content;

import static org.premortem.report.content.ReportContext.cell;
import static org.premortem.report.content.ReportContext.header;
import static org.premortem.report.content.ReportContext.idCell;
import static org.premortem.report.content.ReportContext.msg;
import static org.premortem.report.content.ReportContext.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.premortem.model.stpa.CausalFactor;
import org.premortem.model.stpa.LossScenario;
import org.premortem.model.stpa.ScenarioClass;
import org.premortem.model.stpa.UnsafeControlAction;
import org.premortem.report.ReportMessages;
import org.premortem.report.doc.Block;
import org.premortem.report.doc.ComputedRows;
import org.premortem.report.doc.Inline;
import org.premortem.report.doc.Section;

/** Controller constraints, step 4 of STPA (loss scenarios by UCA and by class), and requirements. */
final class ScenarioSections {

    private final ReportContext context;

    ScenarioSections(ReportContext context) {
        this.context = context;
    }

    Section controllerConstraints() {
        List<Block.Row> rows = ComputedRows.of(context.analysis().getControllerConstraints(),
                constraint -> context.row(constraint, List.of(idCell(constraint), text(constraint.getText()),
                        context.refs(constraint.getUnsafeControlActions()))));
        return new Section("s-controller-constraints", msg("section.controllerConstraints"), List.of(PurposeSections
                .table("controller-constraints", rows, header("column.id", "column.constraint", "column.ucas"))));
    }

    Section scenarios() {
        return new Section("s-scenarios", msg("section.scenarios"), List.of(), List.of(
                new Section("s-scenarios-by-uca", msg("section.scenariosByUca"), List.of(byUca())),
                new Section("s-scenarios-by-class", msg("section.scenariosByClass"), List.of(byClass()))));
    }

    /** Every scenario, grouped by the UCA it explains (in UCA order), then those tied to no UCA. */
    private Block byUca() {
        List<LossScenario> scenarios = new ArrayList<>();
        for (UnsafeControlAction uca : context.analysis().getUnsafeControlActions()) {
            scenarios.addAll(scenariosOf(uca));
        }
        for (LossScenario scenario : context.analysis().getLossScenarios()) {
            if (scenario.getUnsafeControlAction() == null
                    || !context.anchors().knows(scenario.getUnsafeControlAction())) {
                scenarios.add(scenario);
            }
        }
        return PurposeSections.table("loss-scenarios", ComputedRows.of(scenarios, this::scenarioRow),
                header("column.uca", "column.id", "column.scenarioClass", "column.scenario", "column.causalFactors",
                        "column.hazards"));
    }

    private List<LossScenario> scenariosOf(UnsafeControlAction uca) {
        return context.query().scenariosOf(uca);
    }

    private Block.Row scenarioRow(LossScenario scenario) {
        List<Inline> explains;
        if (scenario.getUnsafeControlAction() != null && context.anchors().knows(scenario.getUnsafeControlAction())) {
            explains = List.of(context.ref(scenario.getUnsafeControlAction()));
        } else if (scenario.getControlAction() != null) {
            explains = List.of(Inline.plain(msg("text.noScenarioUca") + " ("), context.ref(scenario.getControlAction()),
                    Inline.plain(")"));
        } else {
            explains = cell(msg("text.noScenarioUca"));
        }
        return context.row(scenario, List.of(explains, idCell(scenario), cell(className(scenario.getScenarioClass())),
                text(scenario.getText()), factors(scenario), context.refs(scenario.getHazards())));
    }

    private static String className(ScenarioClass scenarioClass) {
        return scenarioClass == null ? msg("scenarioClass.none") : ReportMessages.of(scenarioClass);
    }

    private static List<Inline> factors(LossScenario scenario) {
        List<Inline> content = new ArrayList<>();
        for (CausalFactor factor : scenario.getCausalFactors()) {
            if (!content.isEmpty()) {
                content.add(new Inline.LineBreak());
            }
            content.add(Inline.emphasis(factor.getKind() == null ? msg("empty") : ReportMessages.of(factor.getKind())));
            if (factor.getText() != null && !factor.getText().isBlank()) {
                content.add(Inline.plain(": " + factor.getText()));
            }
        }
        return content.isEmpty() ? cell(msg("empty")) : content;
    }

    /** Per scenario class (the four classes, then unclassified), the scenarios in it. */
    private Block byClass() {
        // The unclassified ones (an empty class) only when there are some.
        List<Optional<ScenarioClass>> classes = new ArrayList<>();
        ScenarioClass.VALUES.forEach(scenarioClass -> classes.add(Optional.of(scenarioClass)));
        if (context.analysis().getLossScenarios().stream().anyMatch(s -> s.getScenarioClass() == null)) {
            classes.add(Optional.empty());
        }
        List<Block.Row> rows = ComputedRows.of(classes, this::classRow);
        return new Block.Table("loss-scenarios-by-class", "", header("column.scenarioClass", "column.count",
                "column.scenarios"), rows, "by-class");
    }

    private Block.Row classRow(Optional<ScenarioClass> scenarioClass) {
        List<LossScenario> scenarios = context.analysis().getLossScenarios().stream()
                .filter(s -> s.getScenarioClass() == scenarioClass.orElse(null)).toList();
        return ReportContext.plainRow(List.of(cell(className(scenarioClass.orElse(null))),
                cell(Integer.toString(scenarios.size())), context.refs(scenarios)));
    }

    Section requirements() {
        List<Block.Row> rows = ComputedRows.of(context.analysis().getRequirements(), requirement -> context.row(
                requirement, List.of(idCell(requirement), text(requirement.getText()),
                        requirement.getRationale() == null || requirement.getRationale().isBlank()
                                ? cell(msg("empty")) : text(requirement.getRationale()),
                        context.refs(requirement.getLossScenarios()),
                        context.refs(requirement.getUnsafeControlActions()),
                        context.refs(requirement.getHazards()))));
        return new Section("s-requirements", msg("section.requirements"), List.of(PurposeSections.table(
                "requirements", rows, header("column.id", "column.requirement", "column.rationale", "column.scenarios",
                        "column.ucas", "column.hazards"))));
    }
}
