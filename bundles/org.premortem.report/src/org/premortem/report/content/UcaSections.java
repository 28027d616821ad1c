/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.report.content;

import static org.premortem.report.content.ReportContext.cell;
import static org.premortem.report.content.ReportContext.header;
import static org.premortem.report.content.ReportContext.msg;
import static org.premortem.report.content.ReportContext.text;

import java.util.ArrayList;
import java.util.List;

import org.premortem.core.query.UcaCategories;
import org.premortem.model.stpa.Component;
import org.premortem.model.stpa.ControlAction;
import org.premortem.model.stpa.NotApplicableEntry;
import org.premortem.model.stpa.NotApplicableVerdict;
import org.premortem.model.stpa.UcaCategory;
import org.premortem.model.stpa.UnsafeControlAction;
import org.premortem.report.ReportMessages;
import org.premortem.report.doc.Block;
import org.premortem.report.doc.ComputedRows;
import org.premortem.report.doc.Inline;
import org.premortem.report.doc.Section;

/**
 * Step 3 of STPA in the STPA Handbook's form: per controller a table whose rows are its control actions and whose
 * columns are the UCA categories; each cell lists the unsafe control actions with their hazards, or says with a
 * rationale why there are none. A flat list of every UCA with its type and context follows.
 */
final class UcaSections {

    private final ReportContext context;

    UcaSections(ReportContext context) {
        this.context = context;
    }

    Section build() {
        List<Section> parts = new ArrayList<>();
        for (Component controller : context.query().controllers()) {
            List<ControlAction> actions = context.query().controlActionsOf(controller);
            if (!actions.isEmpty()) {
                parts.add(handbookTable(controller, actions));
            }
        }
        List<UnsafeControlAction> orphans = context.analysis().getUnsafeControlActions().stream()
                .filter(uca -> uca.getControlAction() == null || !context.anchors().knows(uca.getControlAction()))
                .toList();
        if (!orphans.isEmpty()) {
            List<List<Inline>> items = orphans.stream().map(this::ucaEntry).toList();
            parts.add(new Section("s-ucas-other", msg("section.otherUcas"), List.of(new Block.ItemList(items))));
        }
        parts.add(new Section("s-uca-list", msg("section.ucaList"), List.of(list())));
        return new Section("s-ucas", msg("section.ucas"), List.of(), parts);
    }

    private Section handbookTable(Component controller, List<ControlAction> actions) {
        String id = ReportContext.idOf(controller);
        List<String> header = new ArrayList<>();
        header.add(msg("column.controlAction"));
        for (UcaCategory category : UcaCategory.values()) {
            header.add(ReportMessages.of(category));
        }
        List<Block.Row> rows = ComputedRows.of(actions, this::handbookRow);
        String name = ReportContext.fileName(id);
        Block intro = new Block.Paragraph(List.of(Inline.plain(msg("text.ucaTableIntro", controller.getName()))), "");
        Block table = new Block.Table("uca-table-" + name, "", header, rows, "uca");
        return new Section("s-uca-table-" + name, id + ": " + controller.getName(), List.of(intro, table));
    }

    private Block.Row handbookRow(ControlAction action) {
        List<List<Inline>> cells = new ArrayList<>();
        cells.add(context.refWithText(action));
        for (UcaCategory category : UcaCategory.values()) {
            cells.add(categoryCell(action, category));
        }
        return ReportContext.plainRow(cells);
    }

    private List<Inline> categoryCell(ControlAction action, UcaCategory category) {
        List<Inline> content = new ArrayList<>();
        for (UnsafeControlAction uca : context.query().ucasOf(action)) {
            if (uca.getType() != null && UcaCategories.categoryOf(uca.getType()) == category) {
                separate(content);
                content.add(new Inline.Target(context.anchors().of(uca), ucaEntry(uca)));
            }
        }
        for (NotApplicableEntry entry : context.query().notApplicableOf(action)) {
            if (entry.getCategory() == category) {
                separate(content);
                List<Inline> text = new ArrayList<>();
                text.add(Inline.strong(ReportContext.idOf(entry)));
                text.add(Inline.plain(": "));
                text.add(Inline.emphasis(entry.getVerdict() == NotApplicableVerdict.NOT_HAZARDOUS
                        ? msg("text.notHazardous") : msg("text.notApplicable")));
                if (entry.getRationale() != null && !entry.getRationale().isBlank()) {
                    text.add(Inline.plain(" (" + entry.getRationale() + ")"));
                }
                content.add(new Inline.Target(context.anchors().of(entry), text));
            }
        }
        return content.isEmpty() ? List.of(Inline.plain(msg("empty"))) : content;
    }

    private static void separate(List<Inline> content) {
        if (!content.isEmpty()) {
            content.add(new Inline.LineBreak());
            content.add(new Inline.LineBreak());
        }
    }

    /** "UCA-1: Planner does not issue ... [H-1]". */
    private List<Inline> ucaEntry(UnsafeControlAction uca) {
        List<Inline> content = new ArrayList<>();
        content.add(Inline.strong(ReportContext.idOf(uca)));
        content.add(Inline.plain(": " + (uca.getText() == null ? "" : uca.getText()) + " "));
        content.add(new Inline.Unbroken(bracketed(uca.getHazards())));
        return content;
    }

    /**
     * "[H-1, H-2]" with the brackets inside the first and last link, so that no renderer can break a line between a
     * bracket and its id.
     */
    private List<Inline> bracketed(List<? extends org.premortem.model.stpa.IdentifiedElement> elements) {
        if (elements.isEmpty()) {
            return List.of(Inline.plain("[" + msg("empty") + "]"));
        }
        List<Inline> content = new ArrayList<>();
        for (int i = 0; i < elements.size(); i++) {
            org.premortem.model.stpa.IdentifiedElement element = elements.get(i);
            String text = (i == 0 ? "[" : "") + ReportContext.idOf(element) + (i == elements.size() - 1 ? "]" : "");
            if (i > 0) {
                content.add(Inline.plain(", "));
            }
            content.add(context.anchors().knows(element) ? new Inline.Link(context.anchors().of(element), text)
                    : Inline.plain(text));
        }
        return content;
    }

    private Block list() {
        List<Block.Row> rows = ComputedRows.of(context.analysis().getUnsafeControlActions(),
                uca -> ReportContext.plainRow(List.of(List.of(context.ref(uca)), end(uca.getSource()),
                        end(uca.getControlAction()),
                        cell(uca.getType() == null ? msg("empty") : ReportMessages.of(uca.getType())),
                        text(uca.getContext()), context.refs(uca.getHazards()), text(uca.getText()),
                        uca.getRationale() == null || uca.getRationale().isBlank() ? cell(msg("empty"))
                                : text(uca.getRationale()))));
        return PurposeSections.table("ucas", rows, header("column.id", "column.controller", "column.controlAction",
                "column.type", "column.context", "column.hazards", "column.uca", "column.rationale"));
    }

    private List<Inline> end(org.premortem.model.stpa.IdentifiedElement element) {
        return element == null ? cell(msg("empty")) : List.of(context.ref(element));
    }
}
