/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.core.validation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.premortem.model.stpa.Analysis;
import org.premortem.model.stpa.Component;
import org.premortem.model.stpa.Connection;
import org.premortem.model.stpa.ControlAction;
import org.premortem.model.stpa.ControlStructure;
import org.premortem.model.stpa.Feedback;
import org.premortem.model.stpa.IdentifiedElement;

/**
 * Lookups over one analysis, computed once in a single pass so that every rule can answer its question about an
 * element in constant time: who refers to an element through which reference, which connections start or end at a
 * component, how often a display id occurs. Lean on purpose: the referencers of a reference kind are indexed only
 * when a rule first asks about that kind (see {@link Referencers}), and display ids are counted in two arrays, so the
 * index of a 100k-UCA analysis is a few large arrays rather than millions of small objects.
 */
public final class AnalysisIndex {

    private final Analysis analysis;
    private final Referencers referencers;
    private final Map<Component, List<Connection>> outgoing = new HashMap<>();
    private final Map<Component, List<Connection>> incoming = new HashMap<>();
    private final StringCounts displayIdCounts;
    private final List<Component> components;

    public AnalysisIndex(Analysis analysis) {
        this.analysis = Objects.requireNonNull(analysis, "analysis");
        // The structure alone: AnalysisQuery would relate every UCA, scenario and requirement as well.
        List<Component> all = new ArrayList<>();
        List<Connection> connections = new ArrayList<>();
        for (ControlStructure structure : analysis.getControlStructures()) {
            collect(structure.getComponents(), all);
            connections.addAll(structure.getConnections());
        }
        this.components = List.copyOf(all);
        for (Connection connection : connections) {
            if (connection.getSource() != null) {
                outgoing.computeIfAbsent(connection.getSource(), key -> new ArrayList<>()).add(connection);
            }
            if (connection.getTarget() != null) {
                incoming.computeIfAbsent(connection.getTarget(), key -> new ArrayList<>()).add(connection);
            }
        }
        List<EObject> elements = new ArrayList<>(analysis.getUnsafeControlActions().size() * 8);
        elements.add(analysis);
        for (TreeIterator<EObject> it = analysis.eAllContents(); it.hasNext();) {
            elements.add(it.next());
        }
        this.referencers = new Referencers(elements);
        this.displayIdCounts = new StringCounts(elements.size());
        for (EObject element : elements) {
            if (element instanceof IdentifiedElement identified && identified.getDisplayId() != null
                    && !identified.getDisplayId().isEmpty()) {
                displayIdCounts.add(identified.getDisplayId());
            }
        }
    }

    /** Components in document order, parents before their children. */
    private static void collect(List<Component> level, List<Component> into) {
        for (Component component : level) {
            into.add(component);
            collect(component.getChildren(), into);
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
        List<T> result = new ArrayList<>();
        for (EObject referencer : referencers.of(target, reference)) {
            if (type.isInstance(referencer)) {
                result.add(type.cast(referencer));
            }
        }
        return result;
    }

    /** Whether anything refers to {@code target} through {@code reference}. */
    public boolean isReferenced(EObject target, EReference reference) {
        return referencers.any(target, reference);
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
        return displayId == null ? 0 : displayIdCounts.count(displayId);
    }

    private static <T> List<T> ofType(List<Connection> connections, Class<T> type) {
        return connections.stream().filter(type::isInstance).map(type::cast).toList();
    }
}
