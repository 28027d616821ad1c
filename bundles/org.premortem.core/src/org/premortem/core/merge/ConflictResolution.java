/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.core.merge;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.premortem.core.compare.Messages;
import org.premortem.model.stpa.Analysis;
import org.premortem.model.stpa.ConflictKind;
import org.premortem.model.stpa.IdentifiedElement;
import org.premortem.model.stpa.MergeConflict;

/**
 * Resolves a conflict a merge recorded by picking one side: ours keeps what the file holds (or, for an element ours
 * deleted, deletes it again); theirs sets their value (attribute, reference or place) or, for an element theirs
 * deleted, deletes it. Either way the record goes. A delete also removes the records of the deleted elements. The
 * editor runs this as one command; the model is changed only when the whole pick can be applied.
 */
public final class ConflictResolution {

    /** Which version's value to keep. */
    public enum Side {
        OURS, THEIRS
    }

    private ConflictResolution() {
    }

    /** The recorded conflicts about one element. */
    public static List<MergeConflict> of(Analysis analysis, String elementId) {
        Objects.requireNonNull(analysis, "analysis");
        return analysis.getConflicts().stream()
                .filter(conflict -> conflict.getElement() != null && elementId.equals(conflict.getElement().getId()))
                .toList();
    }

    /**
     * Applies the pick.
     *
     * @throws IllegalArgumentException when theirs' value cannot be set automatically (a list of causal factors, a
     *         reference to an element no longer there); the model is then unchanged
     */
    public static void resolve(Analysis analysis, MergeConflict conflict, Side side) {
        Objects.requireNonNull(analysis, "analysis");
        Objects.requireNonNull(conflict, "conflict");
        Objects.requireNonNull(side, "side");
        IdentifiedElement element = conflict.getElement();
        boolean delete = side == Side.OURS && conflict.getKind() == ConflictKind.DELETED_BY_OURS
                || side == Side.THEIRS && conflict.getKind() == ConflictKind.DELETED_BY_THEIRS;
        if (side == Side.THEIRS && conflict.getKind() == ConflictKind.BOTH_CHANGED) {
            setTheirs(analysis, element, conflict);
        }
        analysis.getConflicts().remove(conflict);
        if (delete && element != null && element != analysis) {
            List<MergeConflict> about = new ArrayList<>();
            for (MergeConflict other : analysis.getConflicts()) {
                if (other.getElement() != null && EcoreUtil.isAncestor(element, other.getElement())) {
                    about.add(other);
                }
            }
            analysis.getConflicts().removeAll(about);
            EcoreUtil.delete(element, true);
        }
    }

    private static void setTheirs(Analysis analysis, IdentifiedElement element, MergeConflict conflict) {
        List<String> values = conflict.getTheirs();
        if (ElementMerge.PLACE.equals(conflict.getFeature())) {
            move(analysis, element, values);
            return;
        }
        EStructuralFeature feature = element.eClass().getEStructuralFeature(conflict.getFeature());
        if (feature instanceof EAttribute attribute) {
            List<Object> converted = new ArrayList<>();
            for (String value : values) {
                converted.add(EcoreUtil.createFromString(attribute.getEAttributeType(), value));
            }
            set(element, attribute, converted);
        } else if (feature instanceof EReference reference && !reference.isContainment()) {
            Map<String, IdentifiedElement> byId = index(analysis);
            List<Object> targets = new ArrayList<>();
            for (String id : values) {
                IdentifiedElement target = byId.get(id);
                if (target == null || !reference.getEReferenceType().isInstance(target)) {
                    throw new IllegalArgumentException(Messages.get("resolve.missingTarget", id, conflict.getFeature()));
                }
                targets.add(target);
            }
            set(element, reference, targets);
        } else {
            throw new IllegalArgumentException(Messages.get("resolve.byHand", conflict.getFeature()));
        }
    }

    private static void move(Analysis analysis, IdentifiedElement element, List<String> place) {
        IdentifiedElement parent = place.size() == 2 ? index(analysis).get(place.get(0)) : null;
        EStructuralFeature feature = parent == null ? null : parent.eClass().getEStructuralFeature(place.get(1));
        if (!(feature instanceof EReference containment) || !containment.isContainment()
                || !containment.getEReferenceType().isInstance(element) || EcoreUtil.isAncestor(element, parent)) {
            throw new IllegalArgumentException(Messages.get("resolve.missingTarget", String.join(" ", place),
                    ElementMerge.PLACE));
        }
        @SuppressWarnings("unchecked")
        EList<EObject> list = (EList<EObject>) parent.eGet(containment);
        list.add(element);
    }

    @SuppressWarnings("unchecked")
    private static void set(EObject object, EStructuralFeature feature, List<Object> values) {
        if (feature.isMany()) {
            EList<Object> list = (EList<Object>) object.eGet(feature);
            list.clear();
            list.addAll(values);
        } else if (values.isEmpty()) {
            object.eUnset(feature);
        } else {
            object.eSet(feature, values.get(0));
        }
    }

    private static Map<String, IdentifiedElement> index(Analysis analysis) {
        Map<String, IdentifiedElement> byId = new HashMap<>();
        byId.put(analysis.getId(), analysis);
        analysis.eAllContents().forEachRemaining(content -> {
            if (content instanceof IdentifiedElement element) {
                byId.put(element.getId(), element);
            }
        });
        return byId;
    }
}
