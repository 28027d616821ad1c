/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.report.content;

import static org.premortem.report.content.ReportContext.header;
import static org.premortem.report.content.ReportContext.idCell;
import static org.premortem.report.content.ReportContext.msg;
import static org.premortem.report.content.ReportContext.text;

import java.util.ArrayList;
import java.util.List;

import org.premortem.model.stpa.Hazard;
import org.premortem.model.stpa.SystemConstraint;
import org.premortem.report.doc.Block;
import org.premortem.report.doc.ComputedRows;
import org.premortem.report.doc.Inline;
import org.premortem.report.doc.Section;

/** Step 1 of STPA, the purpose of the analysis: goals and assumptions, losses, hazards, system-level constraints. */
final class PurposeSections {

    private final ReportContext context;

    PurposeSections(ReportContext context) {
        this.context = context;
    }

    List<Section> build() {
        return List.of(goalsAndAssumptions(), losses(), hazards(), systemConstraints());
    }

    private Section goalsAndAssumptions() {
        List<Block.Row> goals = ComputedRows.of(context.analysis().getGoals(),
                goal -> context.row(goal, List.of(idCell(goal), text(goal.getText()))));
        List<Block.Row> assumptions = ComputedRows.of(context.analysis().getAssumptions(),
                assumption -> context.row(assumption, List.of(idCell(assumption), text(assumption.getText()))));
        List<Section> parts = List.of(
                new Section("s-goals", msg("section.goals"), List.of(table("goals", goals,
                        header("column.id", "column.goal")))),
                new Section("s-assumptions", msg("section.assumptions"), List.of(table("assumptions", assumptions,
                        header("column.id", "column.assumption")))));
        return new Section("s-purpose", msg("section.purpose"), List.of(), parts);
    }

    private Section losses() {
        List<Block.Row> rows = ComputedRows.of(context.analysis().getLosses(),
                loss -> context.row(loss, List.of(idCell(loss), text(loss.getText()))));
        return new Section("s-losses", msg("section.losses"), List.of(table("losses", rows,
                header("column.id", "column.loss"))));
    }

    private Section hazards() {
        List<Hazard> hazards = new ArrayList<>();
        for (Hazard hazard : context.analysis().getHazards()) {
            addHazard(hazard, hazards);
        }
        List<Block.Row> rows = ComputedRows.of(hazards, hazard -> context.row(hazard, List.of(idCell(hazard),
                text(hazard.getText()), context.refs(hazard.getLosses()))));
        List<Block> blocks = List.of(new Block.Paragraph(List.of(Inline.plain(msg("text.hazardsIntro"))), ""),
                table("hazards", rows, header("column.id", "column.hazard", "column.losses")));
        return new Section("s-hazards", msg("section.hazards"), blocks);
    }

    /** A hazard, then its sub-hazards, depth first. */
    private static void addHazard(Hazard hazard, List<Hazard> into) {
        into.add(hazard);
        for (Hazard sub : hazard.getSubHazards()) {
            addHazard(sub, into);
        }
    }

    private Section systemConstraints() {
        List<SystemConstraint> constraints = new ArrayList<>();
        for (SystemConstraint constraint : context.analysis().getSystemConstraints()) {
            addConstraint(constraint, constraints);
        }
        List<Block.Row> rows = ComputedRows.of(constraints, constraint -> context.row(constraint, List.of(
                idCell(constraint), text(constraint.getText()), context.refs(constraint.getHazards()))));
        return new Section("s-system-constraints", msg("section.systemConstraints"), List.of(table(
                "system-constraints", rows, header("column.id", "column.constraint", "column.hazards"))));
    }

    private static void addConstraint(SystemConstraint constraint, List<SystemConstraint> into) {
        into.add(constraint);
        for (SystemConstraint sub : constraint.getSubConstraints()) {
            addConstraint(sub, into);
        }
    }

    static Block table(String name, List<Block.Row> rows, List<String> header) {
        return rows.isEmpty() ? ReportContext.none() : new Block.Table(name, "", header, rows, name);
    }
}
