/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.editor;

import java.util.Collection;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.premortem.model.stpa.Analysis;
import org.premortem.model.stpa.LossScenario;
import org.premortem.model.stpa.Requirement;
import org.premortem.model.stpa.StpaPackage;
import org.premortem.model.stpa.SystemConstraint;
import org.premortem.model.stpa.UnsafeControlAction;

/**
 * What a command changed in the Outline's view of an analysis ({@link HazardTrace}), read from its notifications:
 * the elements whose entries may now have other children ({@link #parents()}) and those whose labels may read
 * differently ({@link #labels()}). Empty when the change cannot be placed this way (the hazards at the top changed,
 * or the order of a list): then the whole outline is read again.
 */
record TraceChanges(Set<EObject> parents, Set<EObject> labels) {

    private static final StpaPackage STPA = StpaPackage.eINSTANCE;

    /** The changes {@code notifications} describe, if they can be placed entry by entry. */
    static Optional<TraceChanges> of(Analysis analysis, List<Notification> notifications) {
        TraceChanges changes = new TraceChanges(identitySet(), identitySet());
        for (Notification notification : notifications) {
            if (!changes.add(analysis, notification)) {
                return Optional.empty();
            }
        }
        return Optional.of(changes);
    }

    private boolean add(Analysis analysis, Notification notification) {
        if (notification.isTouch() || !(notification.getNotifier() instanceof EObject notifier)) {
            return true;
        }
        if (notification.getEventType() == Notification.MOVE) {
            return false;
        }
        Object feature = notification.getFeature();
        if (feature instanceof EAttribute) {
            labels.add(notifier);
            return true;
        }
        if (!(feature instanceof EReference reference)) {
            return true;
        }
        Collection<EObject> values = values(notification);
        if (reference == STPA.getAnalysis_Hazards()) {
            return false;
        } else if (reference == STPA.getHazard_SubHazards()) {
            parents.add(notifier);
        } else if (reference == STPA.getUnsafeControlAction_Hazards()
                || reference == STPA.getSystemConstraint_Hazards()) {
            parents.addAll(values);
        } else if (reference == STPA.getLossScenario_UnsafeControlAction()
                || reference == STPA.getLossScenario_Hazards()) {
            parents.addAll(values);
            parentsOf(notifier);
        } else if (reference == STPA.getRequirement_LossScenarios()) {
            parents.addAll(values);
        } else if (reference == STPA.getAnalysis_UnsafeControlActions() || reference == STPA.getAnalysis_LossScenarios()
                || reference == STPA.getAnalysis_Requirements() || reference == STPA.getAnalysis_SystemConstraints()
                || reference == STPA.getSystemConstraint_SubConstraints()) {
            values.forEach(this::parentsOf);
        } else {
            labels.add(notifier);
        }
        return true;
    }

    /** The elements whose entries list {@code element} (and, for a constraint, its sub-constraints). */
    private void parentsOf(EObject element) {
        switch (element) {
            case UnsafeControlAction uca -> parents.addAll(uca.getHazards());
            case LossScenario scenario -> {
                parents.addAll(scenario.getHazards());
                if (scenario.getUnsafeControlAction() != null) {
                    parents.add(scenario.getUnsafeControlAction());
                }
            }
            case Requirement requirement -> parents.addAll(requirement.getLossScenarios());
            case SystemConstraint constraint -> {
                parents.addAll(constraint.getHazards());
                constraint.getSubConstraints().forEach(this::parentsOf);
            }
            default -> {
                // not shown in the outline
            }
        }
    }

    private static Collection<EObject> values(Notification notification) {
        Set<EObject> values = identitySet();
        for (Object value : new Object[] { notification.getOldValue(), notification.getNewValue() }) {
            if (value instanceof EObject object) {
                values.add(object);
            } else if (value instanceof Collection<?> many) {
                many.stream().filter(EObject.class::isInstance).map(EObject.class::cast).forEach(values::add);
            }
        }
        return values;
    }

    private static Set<EObject> identitySet() {
        return Collections.newSetFromMap(new IdentityHashMap<>());
    }
}
