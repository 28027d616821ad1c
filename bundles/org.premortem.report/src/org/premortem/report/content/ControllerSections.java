/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.report.content;

import static org.premortem.report.content.ReportContext.header;
import static org.premortem.report.content.ReportContext.idCell;
import static org.premortem.report.content.ReportContext.msg;
import static org.premortem.report.content.ReportContext.text;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.premortem.model.stpa.Component;
import org.premortem.model.stpa.Connection;
import org.premortem.model.stpa.ControlAction;
import org.premortem.model.stpa.Feedback;
import org.premortem.model.stpa.ProcessModelVariable;
import org.premortem.report.doc.Block;
import org.premortem.report.doc.ComputedRows;
import org.premortem.report.doc.Inline;
import org.premortem.report.doc.Section;

/**
 * Per controller (and per other component that has responsibilities or a process model): its responsibilities,
 * process model, control algorithm, and the control actions it issues and feedback it receives.
 */
final class ControllerSections {

    private final ReportContext context;

    ControllerSections(ReportContext context) {
        this.context = context;
    }

    Section build() {
        List<Section> controllers = new ArrayList<>();
        for (Component component : components()) {
            controllers.add(controller(component));
        }
        List<Block> blocks = controllers.isEmpty() ? List.of(ReportContext.none()) : List.of();
        return new Section("s-controllers", msg("section.controllers"), blocks, controllers);
    }

    private List<Component> components() {
        Set<Component> components = new LinkedHashSet<>(context.query().controllers());
        for (Component component : context.query().components()) {
            if (!component.getResponsibilities().isEmpty() || !component.getProcessModel().isEmpty()) {
                components.add(component);
            }
        }
        return context.query().components().stream().filter(components::contains).toList();
    }

    private Section controller(Component controller) {
        String name = ReportContext.fileName(ReportContext.idOf(controller));
        List<Block> blocks = new ArrayList<>();
        List<Block.Row> responsibilities = ComputedRows.of(controller.getResponsibilities(),
                responsibility -> context.row(responsibility, List.of(idCell(responsibility),
                        text(responsibility.getText()), context.refs(responsibility.getSystemConstraints()))));
        blocks.add(PurposeSections.table("responsibilities-" + name, responsibilities, header("column.id",
                "column.responsibility", "column.systemConstraints")));
        List<Block.Row> variables = ComputedRows.of(controller.getProcessModel(), variable -> context.row(variable,
                List.of(idCell(variable), text(variable.getName()), text(String.join(" | ", variable.getValues())),
                        context.refs(updatedBy(variable)))));
        blocks.add(PurposeSections.table("process-model-" + name, variables, header("column.id", "column.variable",
                "column.values", "column.updatedBy")));
        if (controller.getControlAlgorithm() != null && !controller.getControlAlgorithm().isBlank()) {
            List<Inline> algorithm = new ArrayList<>();
            algorithm.add(Inline.strong(msg("text.controlAlgorithm")));
            algorithm.add(new Inline.LineBreak());
            algorithm.addAll(text(controller.getControlAlgorithm()));
            blocks.add(new Block.Paragraph(algorithm, ""));
        }
        blocks.add(new Block.Paragraph(flows(msg("text.issues"), context.query().controlActionsOf(controller)), ""));
        blocks.add(new Block.Paragraph(flows(msg("text.receives"), context.query().feedbackTo(controller)), ""));
        String title = ReportContext.idOf(controller) + ": " + controller.getName();
        return new Section("s-controller-" + name, title, blocks);
    }

    private List<Feedback> updatedBy(ProcessModelVariable variable) {
        return context.query().feedbackUpdating(variable);
    }

    private List<Inline> flows(String title, List<? extends Connection> connections) {
        List<Inline> content = new ArrayList<>();
        content.add(Inline.strong(title));
        content.add(Inline.plain(" "));
        if (connections.isEmpty()) {
            content.add(Inline.emphasis(msg("none")));
        }
        for (int i = 0; i < connections.size(); i++) {
            Connection connection = connections.get(i);
            content.add(Inline.plain(i == 0 ? "" : "; "));
            content.add(context.ref(connection));
            content.add(Inline.plain(" " + nameOf(connection) + " "
                    + (connection instanceof ControlAction ? "\u2192 " : "\u2190 ")));
            Component other = connection instanceof ControlAction ? connection.getTarget() : connection.getSource();
            content.add(other == null ? Inline.plain(msg("empty")) : context.ref(other));
        }
        return content;
    }

    private static String nameOf(Connection connection) {
        return connection.getName() == null ? "" : connection.getName();
    }
}
