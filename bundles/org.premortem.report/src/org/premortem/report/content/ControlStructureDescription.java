/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.report.content;

import static org.premortem.report.content.ReportContext.msg;

import java.util.ArrayList;
import java.util.List;

import org.premortem.diagram.layout.EdgeKind;
import org.premortem.model.stpa.Component;
import org.premortem.model.stpa.Connection;
import org.premortem.model.stpa.ControlStructure;
import org.premortem.model.stpa.IdentifiedElement;
import org.premortem.report.ReportMessages;

/**
 * A control structure in words, for readers who cannot see its diagram (the PDF's alternative text of the figure):
 * its components with their kinds and replicas, then its control actions, feedback and other inputs and outputs,
 * each from one component to another.
 */
final class ControlStructureDescription {

    private ControlStructureDescription() {
    }

    static String of(ControlStructure structure) {
        List<String> sentences = new ArrayList<>();
        List<String> components = new ArrayList<>();
        addComponents(structure.getComponents(), components);
        sentences.add(components.isEmpty() ? msg("figure.noComponents", title(structure))
                : msg("figure.components", title(structure), components.size(), String.join("; ", components)));
        for (EdgeKind kind : EdgeKind.values()) {
            List<String> connections = new ArrayList<>();
            for (Connection connection : structure.getConnections()) {
                if (EdgeKind.of(connection) == kind) {
                    connections.add(connection(connection));
                }
            }
            if (!connections.isEmpty()) {
                sentences.add(msg("figure.connections." + kind.name(), String.join("; ", connections)));
            }
        }
        return String.join(" ", sentences);
    }

    private static void addComponents(List<Component> components, List<String> out) {
        for (Component component : components) {
            String kind = component.getKind() == null ? msg("figure.unknownKind") : ReportMessages.of(component.getKind());
            String words = component.getReplicas() > 1
                    ? msg("figure.replicatedComponent", name(component), kind, component.getReplicas())
                    : msg("figure.component", name(component), kind);
            if (component.eContainer() instanceof Component parent) {
                words = msg("figure.nestedComponent", words, name(parent));
            }
            out.add(words);
            addComponents(component.getChildren(), out);
        }
    }

    private static String connection(Connection connection) {
        String source = connection.getSource() == null ? msg("figure.outside") : name(connection.getSource());
        String target = connection.getTarget() == null ? msg("figure.outside") : name(connection.getTarget());
        return msg("figure.connection", name(connection), source, target);
    }

    private static String title(ControlStructure structure) {
        String id = ReportContext.idOf(structure);
        return structure.getName() == null || structure.getName().isBlank() ? id : id + " " + structure.getName();
    }

    private static String name(Component component) {
        return nameOr(component.getName(), component);
    }

    private static String name(Connection connection) {
        return nameOr(connection.getName(), connection);
    }

    private static String nameOr(String name, IdentifiedElement element) {
        return name == null || name.isBlank() ? ReportContext.idOf(element) : name.strip();
    }
}
