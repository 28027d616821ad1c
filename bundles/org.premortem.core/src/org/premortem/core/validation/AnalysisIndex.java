/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.core.validation;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.premortem.core.query.AnalysisQuery;
import org.premortem.model.stpa.Analysis;
import org.premortem.model.stpa.Component;
import org.premortem.model.stpa.Connection;
import org.premortem.model.stpa.ControlAction;
import org.premortem.model.stpa.Feedback;
import org.premortem.model.stpa.IdentifiedElement;

/**
 * Lookups over one analysis, computed once in a single pass so that every rule can answer its question about an
 * element in constant time: who refers to an element through which reference, which connections start or end at a
 * component, how often a display id occurs.
 */
public final class AnalysisIndex {

    private final Analysis analysis;
    private final Map<EObject, Collection<EStructuralFeature.Setting>> referencers;
    private final Map<Component, List<Connection>> outgoing = new HashMap<>();
    private final Map<Component, List<Connection>> incoming = new HashMap<>();
    private final Map<String, Integer> displayIdCounts = new HashMap<>();
    private final List<Component> components;

    public AnalysisIndex(Analysis analysis) {
        this.analysis = Objects.requireNonNull(analysis, "analysis");
        this.referencers = EcoreUtil.CrossReferencer.find(List.of(analysis));
        AnalysisQuery query = new AnalysisQuery(analysis);
        this.components = query.components();
        for (Connection connection : query.connections()) {
            if (connection.getSource() != null) {
                outgoing.computeIfAbsent(connection.getSource(), key -> new ArrayList<>()).add(connection);
            }
            if (connection.getTarget() != null) {
                incoming.computeIfAbsent(connection.getTarget(), key -> new ArrayList<>()).add(connection);
            }
        }
        for (TreeIterator<EObject> it = analysis.eAllContents(); it.hasNext();) {
            if (it.next() instanceof IdentifiedElement element && element.getDisplayId() != null
                    && !element.getDisplayId().isEmpty()) {
                displayIdCounts.merge(element.getDisplayId(), 1, Integer::sum);
            }
        }
    }

    public Analysis analysis() {
        return analysis;
    }

    /** Every component, nested ones included. */
    public List<Component> components() {
        return components;
    }

    /** The elements whose {@code reference} points at {@code target}, in document order of discovery. */
    public <T extends EObject> List<T> referencers(EObject target, EReference reference, Class<T> type) {
        Collection<EStructuralFeature.Setting> settings = referencers.get(target);
        if (settings == null) {
            return List.of();
        }
        List<T> result = new ArrayList<>();
        for (EStructuralFeature.Setting setting : settings) {
            if (setting.getEStructuralFeature() == reference && type.isInstance(setting.getEObject())) {
                result.add(type.cast(setting.getEObject()));
            }
        }
        return result;
    }

    /** Whether anything refers to {@code target} through {@code reference}. */
    public boolean isReferenced(EObject target, EReference reference) {
        Collection<EStructuralFeature.Setting> settings = referencers.get(target);
        return settings != null && settings.stream().anyMatch(s -> s.getEStructuralFeature() == reference);
    }

    /** Connections leaving the component. */
    public List<Connection> outgoing(Component component) {
        return outgoing.getOrDefault(component, List.of());
    }

    /** Connections arriving at the component. */
    public List<Connection> incoming(Component component) {
        return incoming.getOrDefault(component, List.of());
    }

    /** The control actions a controller issues. */
    public List<ControlAction> controlActionsFrom(Component controller) {
        return ofType(outgoing(controller), ControlAction.class);
    }

    /** The control actions a component receives. */
    public List<ControlAction> controlActionsTo(Component controlled) {
        return ofType(incoming(controlled), ControlAction.class);
    }

    /** The feedback a component receives. */
    public List<Feedback> feedbackTo(Component controller) {
        return ofType(incoming(controller), Feedback.class);
    }

    /** How many elements carry this display id. */
    public int displayIdCount(String displayId) {
        return displayIdCounts.getOrDefault(displayId, 0);
    }

    private static <T> List<T> ofType(List<Connection> connections, Class<T> type) {
        return connections.stream().filter(type::isInstance).map(type::cast).toList();
    }
}
