/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.core.validation;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.premortem.model.stpa.Analysis;
import org.premortem.model.stpa.ControlStructure;
import org.premortem.model.stpa.IdentifiedElement;
import org.premortem.model.stpa.StpaPackage;

/**
 * The elements whose findings an edit may have changed, from the notifications the edit sent: the elements changed
 * (with everything inside what was added or removed, and what that links to), and their neighbours two steps out —
 * what they link to, what links to them, container and contents — since a rule reads its element's neighbours and a
 * message names them; and every element that shares a display id that came or went. The analysis itself is always
 * among them. Elements no longer in the analysis are given as removed ids, so that their findings can be dropped.
 * <p>
 * That this is enough is a property of the rules, checked by a test that compares with a full run after random edits.
 */
public final class EditedElements {

    /** Every link of the metamodel (non-containment, stored). */
    private static final List<EReference> REFERENCES = Referencers.LINKS;

    private final Set<IdentifiedElement> affected;
    private final Set<String> removedIds;

    private EditedElements(Set<IdentifiedElement> affected, Set<String> removedIds) {
        this.affected = affected;
        this.removedIds = removedIds;
    }

    /** The elements of {@code analysis} to revalidate after the changes {@code notifications} describe. */
    public static EditedElements of(Analysis analysis, List<Notification> notifications, AnalysisIndex index) {
        Objects.requireNonNull(analysis, "analysis");
        Set<EObject> touched = new LinkedHashSet<>();
        Set<String> displayIds = new LinkedHashSet<>();
        for (Notification notification : notifications) {
            if (notification.getNotifier() instanceof EObject notifier) {
                touched.add(notifier);
                if (notification.getFeature() == StpaPackage.Literals.IDENTIFIED_ELEMENT__DISPLAY_ID) {
                    addString(notification.getOldValue(), displayIds);
                    addString(notification.getNewValue(), displayIds);
                }
            }
            boolean containment = notification.getFeature() instanceof EReference reference && reference.isContainment();
            for (Object value : values(notification.getOldValue(), notification.getNewValue())) {
                if (value instanceof EObject object) {
                    touched.add(object);
                    if (containment) {
                        addSubtree(object, touched, displayIds);
                    }
                }
            }
        }
        Set<IdentifiedElement> changed = new LinkedHashSet<>();
        Set<String> removed = new LinkedHashSet<>();
        for (EObject object : touched) {
            IdentifiedElement element = identified(object);
            if (element != null) {
                changed.add(element);
                if (!isInside(analysis, element) && element.getId() != null) {
                    removed.add(element.getId());
                }
            }
        }
        // two steps along links and containment: a rule reads its element's neighbours and theirs (a control
        // action's rule reads the feedback that arrives at its controller). The steps go through elements outside
        // the analysis too (removed, but still linked from inside): a rule follows such links as it finds them.
        Set<IdentifiedElement> reached = new LinkedHashSet<>(changed);
        Set<IdentifiedElement> frontier = changed;
        for (int step = 0; step < 2; step++) {
            Set<IdentifiedElement> next = new LinkedHashSet<>();
            for (IdentifiedElement element : frontier) {
                neighbours(analysis, element, index, next);
            }
            next.removeAll(reached);
            reached.addAll(next);
            frontier = next;
        }
        Set<IdentifiedElement> affected = new LinkedHashSet<>();
        affected.add(analysis);
        for (IdentifiedElement element : reached) {
            if (isInside(analysis, element)) {
                affected.add(element);
            }
        }
        if (!displayIds.isEmpty()) {
            addSharingDisplayIds(displayIds, index, affected);
        }
        return new EditedElements(affected, removed);
    }

    /** The elements to check again, in the analysis. */
    public Set<IdentifiedElement> affected() {
        return affected;
    }

    /** The permanent ids of affected elements that the edit removed from the analysis. */
    public Set<String> removedIds() {
        return removedIds;
    }

    private static Collection<Object> values(Object oldValue, Object newValue) {
        Set<Object> values = new LinkedHashSet<>();
        for (Object value : new Object[] { oldValue, newValue }) {
            if (value instanceof Collection<?> many) {
                values.addAll(many);
            } else if (value != null) {
                values.add(value);
            }
        }
        return values;
    }

    private static void addString(Object value, Set<String> into) {
        if (value instanceof String text && !text.isEmpty()) {
            into.add(text);
        }
    }

    /** An added or removed object: everything inside it, what those link to, and their display ids. */
    private static void addSubtree(EObject root, Set<EObject> touched, Set<String> displayIds) {
        for (EObject object : withContents(root)) {
            touched.add(object);
            touched.addAll(object.eCrossReferences());
            if (object instanceof IdentifiedElement element && element.getDisplayId() != null) {
                addString(element.getDisplayId(), displayIds);
            }
        }
    }

    private static List<EObject> withContents(EObject root) {
        List<EObject> objects = new java.util.ArrayList<>();
        objects.add(root);
        root.eAllContents().forEachRemaining(objects::add);
        return objects;
    }

    /** The nearest element with a permanent id that holds {@code object} (or is it). */
    private static IdentifiedElement identified(EObject object) {
        for (EObject at = object; at != null; at = at.eContainer()) {
            if (at instanceof IdentifiedElement element) {
                return element;
            }
        }
        return null;
    }

    /**
     * What {@code element}'s findings may depend on, and whose findings may depend on it: what it links to, what links
     * to it, its container and its contents. The analysis and control structures are not expanded through their
     * contents (every element would follow); their own rules are few.
     */
    private static void neighbours(Analysis analysis, IdentifiedElement element, AnalysisIndex index,
            Set<IdentifiedElement> into) {
        for (EObject target : element.eCrossReferences()) {
            add(target, into);
        }
        EClass kind = element.eClass();
        for (EReference reference : REFERENCES) {
            if (reference.getEReferenceType().isSuperTypeOf(kind)) {
                for (EObject referencer : index.referencers(element, reference, EObject.class)) {
                    add(referencer, into);
                }
            }
        }
        if (element.eContainer() != null) {
            add(element.eContainer(), into);
        }
        if (element != analysis && !(element instanceof ControlStructure)) {
            for (EObject child : element.eContents()) {
                add(child, into);
            }
        }
    }

    private static void add(EObject object, Set<IdentifiedElement> into) {
        IdentifiedElement element = identified(object);
        if (element != null) {
            into.add(element);
        }
    }

    private static boolean isInside(Analysis analysis, IdentifiedElement element) {
        return element == analysis || EcoreUtil.isAncestor(analysis, element);
    }

    private static void addSharingDisplayIds(Set<String> displayIds, AnalysisIndex index,
            Set<IdentifiedElement> into) {
        for (String displayId : displayIds) {
            into.addAll(index.carriersOf(displayId));
        }
    }
}
