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

import org.premortem.diagram.layout.AnalystPlacement;
import org.premortem.diagram.layout.ControlStructureLayouter;
import org.premortem.diagram.layout.DiagramLayout;
import org.premortem.diagram.layout.EdgeKind;
import org.premortem.model.stpa.Component;
import org.premortem.model.stpa.ControlStructure;
import org.premortem.report.ReportMessages;
import org.premortem.report.doc.Block;
import org.premortem.report.doc.ComputedRows;
import org.premortem.report.doc.Inline;
import org.premortem.report.doc.Section;

/** Step 2 of STPA: each control structure as a laid-out diagram, with tables of its components and connections. */
final class ControlStructureSections {

    private final ReportContext context;
    private final ControlStructureLayouter layouter = new ControlStructureLayouter();

    ControlStructureSections(ReportContext context) {
        this.context = context;
    }

    Section build() {
        List<Section> structures = new ArrayList<>();
        for (ControlStructure structure : context.analysis().getControlStructures()) {
            structures.add(structure(structure));
        }
        List<Block> blocks = structures.isEmpty() ? List.of(ReportContext.none()) : List.of();
        return new Section("s-control-structures", msg("section.controlStructures"), blocks, structures);
    }

    private Section structure(ControlStructure structure) {
        String id = ReportContext.idOf(structure);
        String name = ReportContext.fileName(id);
        List<Block> blocks = new ArrayList<>();
        if (structure.getDescription() != null && !structure.getDescription().isBlank()) {
            blocks.add(new Block.Paragraph(text(structure.getDescription()), ""));
        }
        DiagramLayout drawing = AnalystPlacement.apply(layouter.layout(structure), structure);
        blocks.add(new Block.Figure("s-diagram-" + name, "control-structure-" + name, drawing, structure.getLabel(),
                ControlStructureDescription.of(structure),
                element -> context.anchors().knows(element) ? Optional.of(context.anchors().of(element))
                        : Optional.empty()));
        blocks.add(new Block.Paragraph(List.of(Inline.plain(msg("text.diagramLegend"))), "legend"));
        blocks.add(components(structure, name));
        blocks.add(connections(structure, name));
        String title = structure.getName() == null || structure.getName().isBlank() ? id : id + ": "
                + structure.getName();
        return new Section(context.anchors().of(structure), title, blocks);
    }

    private Block components(ControlStructure structure, String name) {
        List<Component> components = new ArrayList<>();
        addComponents(structure.getComponents(), components);
        return PurposeSections.table("components-" + name, ComputedRows.of(components, this::componentRow),
                header("column.id", "column.component", "column.kind", "column.replicas", "column.description"));
    }

    /** The components and, after each, its children, depth first. */
    private static void addComponents(List<Component> components, List<Component> into) {
        for (Component component : components) {
            into.add(component);
            addComponents(component.getChildren(), into);
        }
    }

    private Block.Row componentRow(Component component) {
        String kind = component.getKind() == null ? msg("empty") : ReportMessages.of(component.getKind());
        List<Inline> nameCell = new ArrayList<>(text(component.getName()));
        if (component.eContainer() instanceof Component parent) {
            nameCell.add(Inline.plain(" ("));
            nameCell.add(context.ref(parent));
            nameCell.add(Inline.plain(")"));
        }
        return context.row(component, List.of(idCell(component), nameCell, cell(kind),
                cell(Integer.toString(component.getReplicas())), text(component.getDescription())));
    }

    private Block connections(ControlStructure structure, String name) {
        List<Block.Row> rows = ComputedRows.of(structure.getConnections(), connection -> context.row(connection,
                List.of(idCell(connection), text(connection.getName()),
                        cell(ReportMessages.of(EdgeKind.of(connection))), end(connection.getSource()),
                        end(connection.getTarget()), text(connection.getDescription()))));
        return PurposeSections.table("connections-" + name, rows, header("column.id", "column.connection",
                "column.kind", "column.from", "column.to", "column.description"));
    }

    private List<Inline> end(Component component) {
        return component == null ? cell(msg("empty")) : List.of(context.ref(component));
    }
}
