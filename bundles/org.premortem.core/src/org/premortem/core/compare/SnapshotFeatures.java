/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.core.compare;

import java.util.Optional;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.premortem.model.stpa.StpaPackage;

/** Which features of the metamodel a snapshot holds, and how: what a file stores, nothing derived. */
public final class SnapshotFeatures {

    private SnapshotFeatures() {
    }

    /** Whether the feature is stored in files (not derived, transient or volatile) and is not the permanent id. */
    public static boolean isCompared(EStructuralFeature feature) {
        return !feature.isDerived() && !feature.isTransient() && !feature.isVolatile()
                && feature != StpaPackage.Literals.IDENTIFIED_ELEMENT__ID;
    }

    /** Whether a containment holds elements with permanent ids (else its objects are {@link Part}s). */
    public static boolean holdsElements(EReference containment) {
        return StpaPackage.Literals.IDENTIFIED_ELEMENT.isSuperTypeOf(containment.getEReferenceType());
    }

    /** The metamodel class of an element kind, such as {@code UnsafeControlAction}. */
    public static EClass eClass(String kind) {
        if (StpaPackage.eINSTANCE.getEClassifier(kind) instanceof EClass eClass) {
            return eClass;
        }
        throw new IllegalArgumentException("not an element kind: " + kind);
    }

    /** The feature of an element kind by name. */
    public static Optional<EStructuralFeature> feature(String kind, String name) {
        return Optional.ofNullable(eClass(kind).getEStructuralFeature(name));
    }
}
