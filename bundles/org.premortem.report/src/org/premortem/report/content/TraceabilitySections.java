/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.report.content;

import static org.premortem.report.content.ReportContext.cell;
import static org.premortem.report.content.ReportContext.header;
import static org.premortem.report.content.ReportContext.msg;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;
import org.premortem.core.validation.Finding;
import org.premortem.model.stpa.ControllerConstraint;
import org.premortem.model.stpa.Hazard;
import org.premortem.model.stpa.Loss;
import org.premortem.model.stpa.LossScenario;
import org.premortem.model.stpa.Requirement;
import org.premortem.model.stpa.UnsafeControlAction;
import org.premortem.report.ReportMessages;
import org.premortem.report.doc.Block;
import org.premortem.report.doc.ComputedRows;
import org.premortem.report.doc.Inline;
import org.premortem.report.doc.Section;

/** Traceability (hazards × losses, UCA → constraint → scenario → requirement), coverage, validation findings. */
final class TraceabilitySections {

    private final ReportContext context;

    TraceabilitySections(ReportContext context) {
        this.context = context;
    }

    Section traceability() {
        return new Section("s-traceability", msg("section.traceability"), List.of(), List.of(
                new Section("s-hazard-loss-matrix", msg("section.hazardLossMatrix"), List.of(matrix())),
                new Section("s-chains", msg("section.chains"), List.of(chains()))));
    }

    private Block matrix() {
        List<Loss> losses = context.analysis().getLosses();
        List<String> header = new ArrayList<>();
        header.add(msg("column.hazard"));
        losses.forEach(loss -> header.add(ReportContext.idOf(loss)));
        List<Hazard> hazards = new ArrayList<>();
        for (TreeIterator<EObject> it = context.analysis().eAllContents(); it.hasNext();) {
            if (it.next() instanceof Hazard hazard) {
                hazards.add(hazard);
            }
        }
        List<Block.Row> rows = ComputedRows.of(hazards, hazard -> {
            List<List<Inline>> cells = new ArrayList<>();
            cells.add(List.of(context.ref(hazard)));
            for (Loss loss : losses) {
                cells.add(cell(hazard.getLosses().contains(loss) ? msg("text.matrixMark") : ""));
            }
            return ReportContext.plainRow(cells);
        });
        return rows.isEmpty() ? ReportContext.none()
                : new Block.Table("traceability-hazards-losses", "", header, rows, "matrix");
    }

    private Block chains() {
        return PurposeSections.table("traceability-chains", ComputedRows.of(
                context.analysis().getUnsafeControlActions(), this::chain), header("column.uca", "column.hazards",
                "column.controllerConstraints", "column.scenarios", "column.requirements"));
    }

    private Block.Row chain(UnsafeControlAction uca) {
        // Lookups in the query's relations: filtering every list per UCA made large reports quadratic.
        List<ControllerConstraint> constraints = context.query().controllerConstraintsOf(uca);
        List<LossScenario> scenarios = context.query().scenariosOf(uca);
        List<Requirement> requirements = context.query().requirementsCovering(uca);
        return ReportContext.plainRow(List.of(List.of(context.ref(uca)), context.refs(uca.getHazards()),
                context.refs(constraints), context.refs(scenarios), context.refs(requirements)));
    }

    Section coverage() {
        Coverage coverage = new Coverage(context.analysis());
        // A row's missing elements may be many links: the rows are made when read, like long tables'.
        List<Supplier<Block.Row>> measures = List.of(
                () -> measure("coverage.hazards", coverage.hazardsWithConstraints(), context::ref),
                () -> measure("coverage.ucas", coverage.ucasWithScenarios(), context::ref),
                () -> measure("coverage.scenarios", coverage.scenariosWithRequirements(), context::ref),
                () -> measure("coverage.categories", coverage.categoriesAnalysed(), this::cellRef));
        List<Block.Row> rows = ComputedRows.of(measures, Supplier::get);
        List<Block> blocks = List.of(new Block.Paragraph(List.of(Inline.plain(msg("text.coverageIntro"))), ""),
                new Block.Table("coverage", "", header("column.measure", "column.covered", "column.total",
                        "column.share", "column.missing"), rows, "coverage"));
        return new Section("s-coverage", msg("section.coverage"), blocks);
    }

    private <T> Block.Row measure(String key, Coverage.Measure<T> measure,
            java.util.function.Function<T, Inline> ref) {
        List<Inline> missing = new ArrayList<>();
        for (T element : measure.missing()) {
            if (!missing.isEmpty()) {
                missing.add(Inline.plain(", "));
            }
            missing.add(ref.apply(element));
        }
        return ReportContext.plainRow(List.of(cell(msg(key)), cell(Integer.toString(measure.covered().size())),
                cell(Integer.toString(measure.total())), cell(measure.percent() + "\u00a0%"),
                missing.isEmpty() ? cell(msg("empty")) : missing));
    }

    private Inline cellRef(Coverage.Cell cell) {
        return new Inline.Link(context.anchors().of(cell.action()), msg("text.categoryCell",
                ReportContext.idOf(cell.action()), ReportMessages.of(cell.category())));
    }

    /** The findings of validation, if it ran: empty when there is nothing to show. */
    java.util.Optional<Section> findings() {
        return context.input().findings().map(findings -> {
            if (findings.isEmpty()) {
                return new Section("s-findings", msg("section.findings"), List.of(new Block.Paragraph(
                        List.of(Inline.plain(msg("text.findingsNone"))), "")));
            }
            List<Block.Row> rows = ComputedRows.of(findings, this::findingRow);
            return new Section("s-findings", msg("section.findings"), List.of(new Block.Table("findings", "",
                    header("column.severity", "column.rule", "column.element", "column.message"), rows,
                    "findings")));
        });
    }

    private Block.Row findingRow(Finding finding) {
        List<Inline> element = context.anchors().knows(finding.element()) ? List.of(context.ref(finding.element()))
                : cell(finding.displayId());
        return ReportContext.plainRow(List.of(cell(finding.severity().label()), cell(finding.ruleId()), element,
                ReportContext.text(finding.message())));
    }
}
