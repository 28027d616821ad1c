/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.core.persistence;

import org.eclipse.emf.ecore.EObject;
import org.premortem.model.stpa.IdentifiedElement;

/**
 * How diagnostics name an element: as the file shows it to a person, by its display id, else its permanent id, else
 * its kind. Ids come from the file and can be of any length, so they are quoted shortened.
 */
final class ElementMentions {

    private ElementMentions() {
    }

    /** {@code H-1}; {@code _h1} without a display id; {@code Hazard} without either. */
    static String of(EObject object) {
        if (object instanceof IdentifiedElement element) {
            if (element.getDisplayId() != null && !element.getDisplayId().isEmpty()) {
                return XmlMessages.quote(element.getDisplayId());
            }
            if (element.getId() != null && !element.getId().isEmpty()) {
                return XmlMessages.quote(element.getId());
            }
        }
        return object == null ? "?" : object.eClass().getName();
    }

    /** The element's kind, and its display id when it has one: {@code Hazard H-1}, {@code Hazard}. */
    static String withKind(EObject object) {
        String kind = object.eClass().getName();
        if (object instanceof IdentifiedElement element && element.getDisplayId() != null
                && !element.getDisplayId().isEmpty()) {
            return kind + " " + XmlMessages.quote(element.getDisplayId());
        }
        return kind;
    }
}
