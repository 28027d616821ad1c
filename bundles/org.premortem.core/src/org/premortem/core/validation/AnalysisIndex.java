/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.core.validation;

import java.util.ArrayList;
import java.util.List;
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
 * Lookups over one analysis, computed in a single pass so that every rule can answer its question about an element
 * in constant time: who refers to an element through which reference, which connections start or end at a
 * component, which elements carry a display id. Lean on purpose: the referencers of a reference kind are indexed only
 * when a rule first asks about that kind (see {@link Referencers}), and display ids are kept in two arrays, so the
 * index of a 100k-UCA analysis is a few large arrays rather than millions of small objects.
 * <p>
 * An index built here describes the analysis as it was; one that an {@link IndexUpdater} keeps follows its edits.
 */
public final class AnalysisIndex {

    private final Analysis analysis;
    private final Referencers referencers;
    private final Connections connections;
    private final DisplayIds displayIds;

    public AnalysisIndex(Analysis analysis) {
        this(analysis, contentsOf(analysis));
    }

    /** An index of the analysis whose contents, itself first, in document order, the caller has listed. */
    AnalysisIndex(Analysis analysis, List<EObject> elements) {
        this.analysis = Objects.requireNonNull(analysis, "analysis");
        this.referencers = new Referencers(elements);
        this.connections = new Connections(analysis);
        this.displayIds = new DisplayIds(elements.size());
        for (EObject element : elements) {
            if (element instanceof IdentifiedElement identified && isDisplayId(identified.getDisplayId())) {
                displayIds.addNew(identified.getDisplayId(), identified);
            }
        }
    }

    /** The analysis and everything it contains, in document order. */
    static List<EObject> contentsOf(Analysis analysis) {
        List<EObject> elements = new ArrayList<>(analysis.getUnsafeControlActions().size() * 8);
        elements.add(analysis);
        for (TreeIterator<EObject> it = analysis.eAllContents(); it.hasNext();) {
            elements.add(it.next());
        }
        return elements;
    }

    public Analysis analysis() {
        return analysis;
    }

    /** Every component, nested ones included, in document order, parents before their children. */
    public List<Component> components() {
        List<Component> all = new ArrayList<>();
        for (ControlStructure structure : analysis.getControlStructures()) {
            collect(structure.getComponents(), all);
        }
        return all;
    }

    private static void collect(List<Component> level, List<Component> into) {
        for (Component component : level) {
            into.add(component);
            collect(component.getChildren(), into);
        }
    }

    /**
     * The elements whose {@code reference} points at {@code target}: in document order when the index was built,
     * in no order to rely on once edits have been followed.
     */
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

    /** Connections leaving the component, in document order. */
    public List<Connection> outgoing(Component component) {
        return connections.outgoing(component);
    }

    /** Connections arriving at the component, in document order. */
    public List<Connection> incoming(Component component) {
        return connections.incoming(component);
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
        return isDisplayId(displayId) ? displayIds.count(displayId) : 0;
    }

    /** The elements that carry this display id, in no order to rely on. */
    public List<IdentifiedElement> carriersOf(String displayId) {
        return isDisplayId(displayId) ? displayIds.carriers(displayId) : List.of();
    }

    Referencers referencers() {
        return referencers;
    }

    Connections connections() {
        return connections;
    }

    DisplayIds displayIds() {
        return displayIds;
    }

    static boolean isDisplayId(String displayId) {
        return displayId != null && !displayId.isEmpty();
    }

    private static <T> List<T> ofType(List<Connection> connections, Class<T> type) {
        return connections.stream().filter(type::isInstance).map(type::cast).toList();
    }
}
