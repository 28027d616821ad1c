/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.core.ids;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.util.EContentAdapter;
import org.premortem.model.stpa.Analysis;
import org.premortem.model.stpa.IdentifiedElement;

/**
 * Gives every element added to an analysis, however it was added (an editor's create-child command, a palette,
 * a table), its permanent id and display id as it arrives. Elements that come back with ids (undo of a delete,
 * a move) keep them. Counters are not part of the command: undoing a creation does not free its display id.
 */
public final class IdAssigningAdapter extends EContentAdapter {

    private final IdAssigner assigner;

    private IdAssigningAdapter(Analysis analysis, IdSource ids) {
        this.assigner = new IdAssigner(analysis, ids);
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
        if (notification.getEventType() == Notification.ADD) {
            identify(notification.getNewValue());
        } else if (notification.getEventType() == Notification.ADD_MANY
                && notification.getNewValue() instanceof Collection<?> added) {
            added.forEach(this::identify);
        }
    }

    private void identify(Object added) {
        if (added instanceof IdentifiedElement element) {
            assigner.assign(element);
        }
        if (added instanceof EObject object) {
            for (TreeIterator<EObject> it = object.eAllContents(); it.hasNext();) {
                if (it.next() instanceof IdentifiedElement nested) {
                    assigner.assign(nested);
                }
            }
        }
    }
}
