/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.core.query;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.premortem.model.stpa.Analysis;
import org.premortem.model.stpa.Component;
import org.premortem.model.stpa.Connection;
import org.premortem.model.stpa.ControlAction;
import org.premortem.model.stpa.ControlStructure;
import org.premortem.model.stpa.ControllerConstraint;
import org.premortem.model.stpa.Feedback;
import org.premortem.model.stpa.LossScenario;
import org.premortem.model.stpa.NotApplicableEntry;
import org.premortem.model.stpa.ProcessModelVariable;
import org.premortem.model.stpa.Requirement;
import org.premortem.model.stpa.UnsafeControlAction;

/**
 * The relations {@link AnalysisQuery} answers from, built in one pass over the analysis's lists. Every list keeps the
 * document order of the list it was drawn from, as the filtering the queries replaced did.
 */
final class Relations {

    private final List<Component> componentList = new ArrayList<>();
    private final List<Connection> connectionList = new ArrayList<>();
    private final List<ControlAction> controlActionList = new ArrayList<>();
    private final List<Feedback> feedbackList = new ArrayList<>();
    final List<Component> components = Collections.unmodifiableList(componentList);
    final List<Connection> connections = Collections.unmodifiableList(connectionList);
    final List<ControlAction> controlActions = Collections.unmodifiableList(controlActionList);
    final List<Feedback> feedback = Collections.unmodifiableList(feedbackList);
    final List<Component> controllers;
    final Map<Component, Set<Component>> controllersByTarget = new HashMap<>();
    final Map<Component, List<ControlAction>> actionsBySource = new HashMap<>();
    final Map<Component, List<Feedback>> feedbackByTarget = new HashMap<>();
    final Map<ProcessModelVariable, List<Feedback>> feedbackByVariable = new HashMap<>();
    final Map<ControlAction, List<UnsafeControlAction>> ucasByAction = new HashMap<>();
    final Map<ControlAction, List<NotApplicableEntry>> notApplicableByAction = new HashMap<>();
    final Map<UnsafeControlAction, List<LossScenario>> scenariosByUca = new HashMap<>();
    final Map<UnsafeControlAction, List<ControllerConstraint>> constraintsByUca = new HashMap<>();
    private final Map<UnsafeControlAction, List<Requirement>> requirementsByUca = new HashMap<>();
    private final Map<LossScenario, List<Requirement>> requirementsByScenario = new HashMap<>();
    private final Map<Requirement, Integer> requirementOrder = new HashMap<>();

    Relations(Analysis analysis) {
        for (ControlStructure structure : analysis.getControlStructures()) {
            collect(structure.getComponents());
            connectionList.addAll(structure.getConnections());
        }
        Set<Component> controllerSet = new LinkedHashSet<>();
        for (Component component : components) {
            if (AnalysisQuery.isControllerKind(component.getKind())) {
                controllerSet.add(component);
            }
        }
        for (Connection connection : connections) {
            if (connection instanceof ControlAction action) {
                controlAction(action, controllerSet);
            } else if (connection instanceof Feedback link) {
                feedbackList.add(link);
                add(feedbackByTarget, link.getTarget(), link);
                link.getUpdatedVariables().forEach(variable -> add(feedbackByVariable, variable, link));
            }
        }
        controllers = List.copyOf(controllerSet);
        analysis.getUnsafeControlActions().forEach(uca -> add(ucasByAction, uca.getControlAction(), uca));
        analysis.getNotApplicable().forEach(entry -> add(notApplicableByAction, entry.getControlAction(), entry));
        analysis.getLossScenarios().forEach(scenario -> add(scenariosByUca, scenario.getUnsafeControlAction(), scenario));
        for (ControllerConstraint constraint : analysis.getControllerConstraints()) {
            constraint.getUnsafeControlActions().forEach(uca -> add(constraintsByUca, uca, constraint));
        }
        for (Requirement requirement : analysis.getRequirements()) {
            requirementOrder.put(requirement, requirementOrder.size());
            requirement.getUnsafeControlActions().forEach(uca -> add(requirementsByUca, uca, requirement));
            requirement.getLossScenarios().forEach(scenario -> add(requirementsByScenario, scenario, requirement));
        }
    }

    private void collect(List<Component> level) {
        for (Component component : level) {
            componentList.add(component);
            collect(component.getChildren());
        }
    }

    private void controlAction(ControlAction action, Set<Component> controllerSet) {
        controlActionList.add(action);
        add(actionsBySource, action.getSource(), action);
        if (action.getSource() != null) {
            controllerSet.add(action.getSource());
            controllersByTarget.computeIfAbsent(action.getTarget(), key -> new LinkedHashSet<>()).add(action.getSource());
        }
    }

    List<Requirement> requirementsCovering(UnsafeControlAction uca) {
        Set<Requirement> covering = new LinkedHashSet<>(get(requirementsByUca, uca));
        for (LossScenario scenario : get(scenariosByUca, uca)) {
            covering.addAll(get(requirementsByScenario, scenario));
        }
        List<Requirement> ordered = new ArrayList<>(covering);
        ordered.sort(Comparator.comparing(requirementOrder::get));
        return List.copyOf(ordered);
    }

    static <K, V> List<V> get(Map<K, ? extends Collection<V>> map, K key) {
        Collection<V> values = map.get(key);
        return values == null ? List.of() : List.copyOf(values);
    }

    private static <K, V> void add(Map<K, List<V>> map, K key, V value) {
        if (key != null) {
            map.computeIfAbsent(key, k -> new ArrayList<>()).add(value);
        }
    }
}
