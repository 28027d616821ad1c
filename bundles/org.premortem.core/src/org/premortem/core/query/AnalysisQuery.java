/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.core.query;

import java.util.List;
import java.util.Objects;

import org.premortem.model.stpa.Analysis;
import org.premortem.model.stpa.Component;
import org.premortem.model.stpa.ComponentKind;
import org.premortem.model.stpa.Connection;
import org.premortem.model.stpa.ControlAction;
import org.premortem.model.stpa.ControllerConstraint;
import org.premortem.model.stpa.Feedback;
import org.premortem.model.stpa.LossScenario;
import org.premortem.model.stpa.NotApplicableEntry;
import org.premortem.model.stpa.ProcessModelVariable;
import org.premortem.model.stpa.Requirement;
import org.premortem.model.stpa.UnsafeControlAction;

/**
 * Questions about one analysis: which UCAs a control action has, which controllers act on a process, which
 * feedback reaches a controller, what traces to a UCA. A query is a snapshot: the first question builds the
 * relations in one pass over the analysis, and every further answer is a lookup, so asking about every element of
 * an analysis stays linear in its size. Make a new query after the analysis has changed.
 */
public final class AnalysisQuery {

    private final Analysis analysis;
    private Relations relations;

    public AnalysisQuery(Analysis analysis) {
        this.analysis = Objects.requireNonNull(analysis, "analysis");
    }

    private Relations relations() {
        if (relations == null) {
            relations = new Relations(analysis);
        }
        return relations;
    }

    /** Every component of every control structure, nested ones included, parents before children. */
    public List<Component> components() {
        return relations().components;
    }

    /** Every connection of every control structure. */
    public List<Connection> connections() {
        return relations().connections;
    }

    public List<ControlAction> controlActions() {
        return relations().controlActions;
    }

    public List<Feedback> feedback() {
        return relations().feedback;
    }

    /** Components acting as controllers: of a controller kind, or the source of a control action. */
    public List<Component> controllers() {
        return relations().controllers;
    }

    /** The controllers that issue control actions to {@code process}. */
    public List<Component> controllersOf(Component process) {
        return Relations.get(relations().controllersByTarget, process);
    }

    /** The control actions a controller issues. */
    public List<ControlAction> controlActionsOf(Component controller) {
        return Relations.get(relations().actionsBySource, controller);
    }

    /** The feedback that reaches {@code controller}. */
    public List<Feedback> feedbackTo(Component controller) {
        return Relations.get(relations().feedbackByTarget, controller);
    }

    /** The feedback that updates a process-model variable. */
    public List<Feedback> feedbackUpdating(ProcessModelVariable variable) {
        return Relations.get(relations().feedbackByVariable, variable);
    }

    /** The UCAs of a control action, in document order. */
    public List<UnsafeControlAction> ucasOf(ControlAction action) {
        return Relations.get(relations().ucasByAction, action);
    }

    /** The not-applicable / not-hazardous entries of a control action. */
    public List<NotApplicableEntry> notApplicableOf(ControlAction action) {
        return Relations.get(relations().notApplicableByAction, action);
    }

    /** The loss scenarios explaining a UCA, in document order. */
    public List<LossScenario> scenariosOf(UnsafeControlAction uca) {
        return Relations.get(relations().scenariosByUca, uca);
    }

    /** The controller constraints that invert a UCA, in document order. */
    public List<ControllerConstraint> controllerConstraintsOf(UnsafeControlAction uca) {
        return Relations.get(relations().constraintsByUca, uca);
    }

    /** The requirements addressing a UCA directly or through one of its loss scenarios, in document order. */
    public List<Requirement> requirementsCovering(UnsafeControlAction uca) {
        return relations().requirementsCovering(uca);
    }

    public static boolean isControllerKind(ComponentKind kind) {
        return kind == ComponentKind.CONTROLLER || kind == ComponentKind.HUMAN_CONTROLLER;
    }
}
