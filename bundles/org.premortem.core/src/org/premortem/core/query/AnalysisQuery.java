/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.core.query;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.premortem.model.stpa.Analysis;
import org.premortem.model.stpa.Component;
import org.premortem.model.stpa.ComponentKind;
import org.premortem.model.stpa.Connection;
import org.premortem.model.stpa.ControlAction;
import org.premortem.model.stpa.ControlStructure;
import org.premortem.model.stpa.Feedback;
import org.premortem.model.stpa.NotApplicableEntry;
import org.premortem.model.stpa.UnsafeControlAction;

/**
 * Questions about one analysis: which UCAs a control action has, which controllers act on a process, which
 * feedback reaches a controller. Each call walks the
 * analysis once (linear in its size).
 */
public final class AnalysisQuery {

    private final Analysis analysis;

    public AnalysisQuery(Analysis analysis) {
        this.analysis = Objects.requireNonNull(analysis, "analysis");
    }

    /** Every component of every control structure, nested ones included, parents before children. */
    public List<Component> components() {
        List<Component> components = new ArrayList<>();
        for (ControlStructure structure : analysis.getControlStructures()) {
            collect(structure.getComponents(), components);
        }
        return components;
    }

    private static void collect(List<Component> level, List<Component> into) {
        for (Component component : level) {
            into.add(component);
            collect(component.getChildren(), into);
        }
    }

    /** Every connection of every control structure. */
    public List<Connection> connections() {
        List<Connection> connections = new ArrayList<>();
        for (ControlStructure structure : analysis.getControlStructures()) {
            connections.addAll(structure.getConnections());
        }
        return connections;
    }

    public List<ControlAction> controlActions() {
        return connections().stream().filter(ControlAction.class::isInstance).map(ControlAction.class::cast).toList();
    }

    public List<Feedback> feedback() {
        return connections().stream().filter(Feedback.class::isInstance).map(Feedback.class::cast).toList();
    }

    /** Components acting as controllers: of a controller kind, or the source of a control action. */
    public List<Component> controllers() {
        Set<Component> controllers = new LinkedHashSet<>();
        for (Component component : components()) {
            if (isControllerKind(component.getKind())) {
                controllers.add(component);
            }
        }
        for (ControlAction action : controlActions()) {
            if (action.getSource() != null) {
                controllers.add(action.getSource());
            }
        }
        return List.copyOf(controllers);
    }

    /** The controllers that issue control actions to {@code process}. */
    public List<Component> controllersOf(Component process) {
        Set<Component> controllers = new LinkedHashSet<>();
        for (ControlAction action : controlActions()) {
            if (action.getTarget() == process && action.getSource() != null) {
                controllers.add(action.getSource());
            }
        }
        return List.copyOf(controllers);
    }

    /** The control actions a controller issues. */
    public List<ControlAction> controlActionsOf(Component controller) {
        return controlActions().stream().filter(action -> action.getSource() == controller).toList();
    }

    /** The feedback that reaches {@code controller}. */
    public List<Feedback> feedbackTo(Component controller) {
        return feedback().stream().filter(feedback -> feedback.getTarget() == controller).toList();
    }

    /** The UCAs of a control action, in document order. */
    public List<UnsafeControlAction> ucasOf(ControlAction action) {
        return analysis.getUnsafeControlActions().stream().filter(uca -> uca.getControlAction() == action).toList();
    }

    /** The not-applicable / not-hazardous entries of a control action. */
    public List<NotApplicableEntry> notApplicableOf(ControlAction action) {
        return analysis.getNotApplicable().stream().filter(entry -> entry.getControlAction() == action).toList();
    }

    public static boolean isControllerKind(ComponentKind kind) {
        return kind == ComponentKind.CONTROLLER || kind == ComponentKind.HUMAN_CONTROLLER;
    }
}
