/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.core.validation;

import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.util.EContentAdapter;
import org.premortem.model.stpa.Analysis;
import org.premortem.model.stpa.Component;
import org.premortem.model.stpa.Connection;
import org.premortem.model.stpa.ControlStructure;
import org.premortem.model.stpa.IdentifiedElement;
import org.premortem.model.stpa.StpaPackage;

/**
 * Keeps an {@link AnalysisIndex} current while its analysis is edited, so that an editor need not build one per edit
 * (a pass over every element): each change is applied to the index as it is notified, when the model is in the state
 * the notification describes. A link set or unset moves one referencer; an element added or removed, with everything
 * inside it, brings or takes its links, display ids and connections; a display id changed moves its element. Undo and
 * redo are changes like any other.
 */
public final class IndexUpdater extends EContentAdapter {

    private static final StpaPackage STPA = StpaPackage.eINSTANCE;

    private final AnalysisIndex index;

    private IndexUpdater(AnalysisIndex index) {
        this.index = index;
    }

    /** Indexes {@code analysis} (every link kind at once) and keeps the index current from here on. */
    public static IndexUpdater install(Analysis analysis) {
        AnalysisIndex index = new AnalysisIndex(Objects.requireNonNull(analysis, "analysis"));
        index.referencers().indexAll(Referencers.LINKS);
        IndexUpdater updater = new IndexUpdater(index);
        analysis.eAdapters().add(updater);
        return updater;
    }

    /** The index, as current as the last change. */
    public AnalysisIndex index() {
        return index;
    }

    /** Stops following the edits; the index then describes the analysis as it was. */
    public void uninstall() {
        index.analysis().eAdapters().remove(this);
    }

    @Override
    public void notifyChanged(Notification notification) {
        super.notifyChanged(notification);
        if (!(notification.getNotifier() instanceof EObject notifier)
                || notification.getEventType() == Notification.REMOVING_ADAPTER) {
            return;
        }
        Object feature = notification.getFeature();
        if (feature == STPA.getIdentifiedElement_DisplayId()) {
            displayIdChanged((IdentifiedElement) notifier, notification);
        } else if (feature instanceof EReference reference && reference.isContainment()) {
            containmentChanged(reference, notification);
        } else if (feature instanceof EReference reference && Referencers.LINKS.contains(reference)) {
            linkChanged(notifier, reference, notification);
        }
    }

    private void displayIdChanged(IdentifiedElement element, Notification notification) {
        if (notification.getOldValue() instanceof String old && AnalysisIndex.isDisplayId(old)) {
            index.displayIds().remove(old, element);
        }
        if (notification.getNewValue() instanceof String now && AnalysisIndex.isDisplayId(now)) {
            index.displayIds().add(now, element);
        }
    }

    private void containmentChanged(EReference reference, Notification notification) {
        if (notification.getEventType() == Notification.MOVE) {
            if (reference == STPA.getControlStructure_Connections()
                    || reference == STPA.getAnalysis_ControlStructures()) {
                index.connections().rebuild();
            }
            return;
        }
        for (EObject removed : objects(notification.getOldValue())) {
            forSubtree(removed, this::removed);
        }
        for (EObject added : objects(notification.getNewValue())) {
            forSubtree(added, this::added);
        }
    }

    private void linkChanged(EObject referencer, EReference reference, Notification notification) {
        if (notification.getEventType() == Notification.MOVE) {
            return; // the order of referencers is not kept
        }
        for (EObject target : objects(notification.getOldValue())) {
            index.referencers().unlinked(referencer, reference, target);
        }
        for (EObject target : objects(notification.getNewValue())) {
            index.referencers().linked(referencer, reference, target);
        }
        if (referencer instanceof Connection connection) {
            Component old = notification.getOldValue() instanceof Component component ? component : null;
            if (reference == STPA.getConnection_Source()) {
                index.connections().sourceChanged(connection, old);
            } else if (reference == STPA.getConnection_Target()) {
                index.connections().targetChanged(connection, old);
            }
        }
    }

    private void added(EObject object) {
        index.referencers().added(object);
        if (object instanceof IdentifiedElement element && AnalysisIndex.isDisplayId(element.getDisplayId())) {
            index.displayIds().add(element.getDisplayId(), element);
        }
        if (object instanceof Connection connection && connection.eContainer() instanceof ControlStructure structure
                && structure.eContainer() == index.analysis()) {
            index.connections().attached(connection);
        }
    }

    private void removed(EObject object) {
        index.referencers().removed(object);
        if (object instanceof IdentifiedElement element && AnalysisIndex.isDisplayId(element.getDisplayId())) {
            index.displayIds().remove(element.getDisplayId(), element);
        }
        if (object instanceof Connection connection) {
            index.connections().detached(connection);
        }
    }

    private static void forSubtree(EObject root, Consumer<EObject> action) {
        action.accept(root);
        root.eAllContents().forEachRemaining(action);
    }

    /** The objects a notification's old or new value holds: one, a collection of them, or none (positions, flags). */
    private static List<EObject> objects(Object value) {
        if (value instanceof EObject object) {
            return List.of(object);
        }
        if (value instanceof Collection<?> many) {
            return many.stream().filter(EObject.class::isInstance).map(EObject.class::cast).toList();
        }
        return List.of();
    }
}
