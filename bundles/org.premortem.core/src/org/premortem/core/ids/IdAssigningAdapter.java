/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.core.ids;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.util.EContentAdapter;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.premortem.model.stpa.Analysis;
import org.premortem.model.stpa.IdentifiedElement;

/**
 * Gives every element added to an analysis, however it was added (an editor's create-child command, a palette,
 * a table, a copy by drag and drop), its permanent id and display id as it arrives. Elements that come back with ids
 * (undo of a delete, a move, redo of a creation) keep them as they are; a copy, which arrives with the ids of its
 * original while the original is still in the analysis, gets new ones. Counters are not part of the command: undoing
 * a creation does not free its display id, and redoing it takes no new one.
 */
public final class IdAssigningAdapter extends EContentAdapter {

    private final Analysis analysis;
    private final IdAssigner assigner;
    /** Which element holds each permanent id; entries of removed elements stay until their id is met again. */
    private final Map<String, IdentifiedElement> holders = new HashMap<>();

    private IdAssigningAdapter(Analysis analysis, IdSource ids) {
        this.analysis = analysis;
        this.assigner = new IdAssigner(analysis, ids);
        register(analysis);
        for (TreeIterator<EObject> it = analysis.eAllContents(); it.hasNext();) {
            if (it.next() instanceof IdentifiedElement element) {
                register(element);
            }
        }
    }

    /** Installs an adapter on the analysis that assigns ids from {@code ids}. */
    public static IdAssigningAdapter install(Analysis analysis, IdSource ids) {
        IdAssigningAdapter adapter = new IdAssigningAdapter(analysis, ids);
        analysis.eAdapters().add(adapter);
        return adapter;
    }

    @Override
    public void notifyChanged(Notification notification) {
        super.notifyChanged(notification);
        if (!(notification.getFeature() instanceof EReference reference) || !reference.isContainment()) {
            return;
        }
        if (notification.getEventType() == Notification.ADD || notification.getEventType() == Notification.SET) {
            identify(notification.getNewValue());
        } else if (notification.getEventType() == Notification.ADD_MANY
                && notification.getNewValue() instanceof Collection<?> added) {
            added.forEach(this::identify);
        }
    }

    private void identify(Object added) {
        if (added instanceof IdentifiedElement element) {
            identifyOne(element);
        }
        if (added instanceof EObject object) {
            for (TreeIterator<EObject> it = object.eAllContents(); it.hasNext();) {
                if (it.next() instanceof IdentifiedElement nested) {
                    identifyOne(nested);
                }
            }
        }
    }

    /**
     * Only new elements (no permanent id yet) and copies get ids: an element that returns keeps what it had, even an
     * emptied display id, so that redoing a command reproduces exactly what doing it did.
     */
    private void identifyOne(IdentifiedElement element) {
        if (isCopy(element)) {
            element.setId(null);
            element.setDisplayId(null);
        }
        if (element.getId() == null || element.getId().isEmpty()) {
            assigner.assign(element);
        }
        register(element);
    }

    /** Whether another element of the analysis already holds this element's permanent id. */
    private boolean isCopy(IdentifiedElement element) {
        IdentifiedElement holder = element.getId() == null ? null : holders.get(element.getId());
        return holder != null && holder != element && EcoreUtil.isAncestor(analysis, holder);
    }

    private void register(IdentifiedElement element) {
        if (element.getId() != null) {
            holders.put(element.getId(), element);
        }
    }
}
