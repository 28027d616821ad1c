/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.core.persistence;

import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.xmi.IllegalValueException;
import org.premortem.model.stpa.IdentifiedElement;

/**
 * Says what is wrong with a value EMF refused, in the file's terms: an element listed twice, a reference to the wrong
 * kind of element, or a value a feature cannot take. EMF's own text shows object addresses instead.
 */
final class IllegalValues {

    private IllegalValues() {
    }

    static String describe(IllegalValueException error) {
        EObject owner = error.getObject();
        EStructuralFeature feature = error.getFeature();
        Object value = error.getValue();
        String featureName = feature == null ? "?" : feature.getName();
        if (feature instanceof EReference reference && value instanceof EObject target) {
            if (reference.isMany() && owner != null && ((List<?>) owner.eGet(reference, false)).contains(target)) {
                return Messages.get("load.listedTwice", ElementMentions.of(owner), ElementMentions.of(target),
                        featureName);
            }
            if (!reference.getEReferenceType().isInstance(target)) {
                return Messages.get("load.wrongTarget", featureName, ElementMentions.of(owner),
                        ElementMentions.of(target), target.eClass().getName(), reference.getEReferenceType().getName());
            }
        }
        String shown = value instanceof EObject object ? ElementMentions.of(object)
                : XmlMessages.quote(String.valueOf(value));
        return Messages.get("load.illegalValue", shown, featureName, ElementMentions.of(owner));
    }

    /** The permanent id of the element the value belongs to, to find its line; null if it has none. */
    static String ownerId(IllegalValueException error) {
        return error.getObject() instanceof IdentifiedElement element ? element.getId() : null;
    }
}
