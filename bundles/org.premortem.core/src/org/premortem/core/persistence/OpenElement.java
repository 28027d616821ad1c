/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.core.persistence;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;

/**
 * An element of the file that {@link ContentCheck} is inside: an element of the model, with how many values the file
 * has given each of its features so far, or one value of an attribute written as an element
 * ({@code <values>on</values>}), whose text EMF keeps as it is.
 */
final class OpenElement {

    /** The element of the model; for a value, the element it is a value of. */
    final EObject object;
    /** Its type, asked for once. */
    final EClass type;
    /** The name the file gives the element. */
    final String name;
    final boolean isValue;
    private final int[] given;
    /** Something about it was reported already: the text inside is not reported again. */
    boolean damaged;

    private OpenElement(EObject object, String name, boolean isValue) {
        this.object = object;
        this.type = object.eClass();
        this.name = name;
        this.isValue = isValue;
        this.given = isValue ? null : new int[type.getFeatureCount()];
    }

    static OpenElement ofElement(EObject object, String name) {
        return new OpenElement(object, name, false);
    }

    static OpenElement ofValue(EObject owner, String name) {
        return new OpenElement(owner, name, true);
    }

    /** Counts one more value of {@code feature} given by the file; returns how many it had given before. */
    int give(EStructuralFeature feature) {
        return given[type.getFeatureID(feature)]++;
    }
}
