/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.core.tests.compare;

import java.util.List;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.premortem.core.ids.IdAssigner;
import org.premortem.core.ids.IdSource;
import org.premortem.model.stpa.Analysis;
import org.premortem.model.stpa.ControlAction;
import org.premortem.model.stpa.Hazard;
import org.premortem.model.stpa.IdentifiedElement;
import org.premortem.model.stpa.StpaFactory;
import org.premortem.model.stpa.UcaType;
import org.premortem.model.stpa.UnsafeControlAction;

/**
 * One edit of an analysis, by permanent ids, so that it can be replayed on another copy: the merge fuzzer's oracle
 * applies both branches' edits in turn. An edit whose element is gone does nothing.
 */
sealed interface ModelEdit {

    void apply(Analysis analysis);

    static IdentifiedElement find(Analysis analysis, String id) {
        if (id.equals(analysis.getId())) {
            return analysis;
        }
        for (TreeIterator<EObject> it = analysis.eAllContents(); it.hasNext();) {
            if (it.next() instanceof IdentifiedElement element && id.equals(element.getId())) {
                return element;
            }
        }
        return null;
    }

    /** Sets a text attribute. */
    record SetText(String elementId, String feature, String value) implements ModelEdit {
        @Override
        public void apply(Analysis analysis) {
            IdentifiedElement element = find(analysis, elementId);
            if (element != null) {
                element.eSet(element.eClass().getEStructuralFeature(feature), value);
            }
        }
    }

    /** Adds a target to a list reference (when both are there and it is not linked yet). */
    record Link(String elementId, String feature, String targetId) implements ModelEdit {
        @Override
        public void apply(Analysis analysis) {
            IdentifiedElement element = find(analysis, elementId);
            IdentifiedElement target = find(analysis, targetId);
            if (element != null && target != null) {
                List<EObject> list = list(element, feature);
                if (!list.contains(target)) {
                    list.add(target);
                }
            }
        }
    }

    /** Removes a target from a list reference. */
    record Unlink(String elementId, String feature, String targetId) implements ModelEdit {
        @Override
        public void apply(Analysis analysis) {
            IdentifiedElement element = find(analysis, elementId);
            IdentifiedElement target = find(analysis, targetId);
            if (element != null && target != null) {
                list(element, feature).remove(target);
            }
        }
    }

    /** Adds a UCA of a control action with the given permanent id; its display id is issued when it is added. */
    record AddUca(String id, String controlActionId, String hazardId, String text) implements ModelEdit {
        @Override
        public void apply(Analysis analysis) {
            if (!(find(analysis, controlActionId) instanceof ControlAction action)) {
                return;
            }
            UnsafeControlAction uca = StpaFactory.eINSTANCE.createUnsafeControlAction();
            uca.setId(id);
            uca.setControlAction(action);
            uca.setSource(action.getSource());
            uca.setType(UcaType.TOO_LATE);
            uca.setText(text);
            if (find(analysis, hazardId) instanceof Hazard hazard) {
                uca.getHazards().add(hazard);
            }
            analysis.getUnsafeControlActions().add(uca);
            new IdAssigner(analysis, IdSource.seeded(0)).assign(uca);
        }
    }

    /** Adds a top-level hazard with the given permanent id. */
    record AddHazard(String id, String text) implements ModelEdit {
        @Override
        public void apply(Analysis analysis) {
            Hazard hazard = StpaFactory.eINSTANCE.createHazard();
            hazard.setId(id);
            hazard.setText(text);
            analysis.getHazards().add(hazard);
            new IdAssigner(analysis, IdSource.seeded(0)).assign(hazard);
        }
    }

    /** Deletes an element with its contents and every reference to them, as the editor's Delete does. */
    record Delete(String elementId) implements ModelEdit {
        @Override
        public void apply(Analysis analysis) {
            IdentifiedElement element = find(analysis, elementId);
            if (element != null && element != analysis) {
                EcoreUtil.delete(element, true);
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static List<EObject> list(IdentifiedElement element, String feature) {
        EStructuralFeature reference = element.eClass().getEStructuralFeature(feature);
        if (!(reference instanceof EReference) || !reference.isMany()) {
            throw new IllegalArgumentException(feature);
        }
        return (List<EObject>) element.eGet(reference);
    }
}
