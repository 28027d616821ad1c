/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.interchange.reqif;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EReference;
import org.premortem.model.stpa.StpaPackage;

/**
 * The kinds of STPA element a ReqIF export holds, in the order of the specification's chapters: the requirements and
 * constraints a requirements tool manages, then the hazards, UCAs and loss scenarios their trace links point to. Each
 * is a value of the "STPA kind" enumeration; {@link #CHAPTER} marks the heading objects.
 */
enum StpaKind {
    REQUIREMENT(StpaPackage.Literals.REQUIREMENT, StpaPackage.Literals.REQUIREMENT__LOSS_SCENARIOS,
            StpaPackage.Literals.REQUIREMENT__UNSAFE_CONTROL_ACTIONS, StpaPackage.Literals.REQUIREMENT__HAZARDS),
    SYSTEM_CONSTRAINT(StpaPackage.Literals.SYSTEM_CONSTRAINT, StpaPackage.Literals.SYSTEM_CONSTRAINT__HAZARDS),
    CONTROLLER_CONSTRAINT(StpaPackage.Literals.CONTROLLER_CONSTRAINT,
            StpaPackage.Literals.CONTROLLER_CONSTRAINT__UNSAFE_CONTROL_ACTIONS),
    HAZARD(StpaPackage.Literals.HAZARD),
    UCA(StpaPackage.Literals.UNSAFE_CONTROL_ACTION),
    LOSS_SCENARIO(StpaPackage.Literals.LOSS_SCENARIO),
    CHAPTER(null);

    private final EClass eClass;
    private final List<EReference> traceLinks;

    StpaKind(EClass eClass, EReference... traceLinks) {
        this.eClass = eClass;
        this.traceLinks = List.of(traceLinks);
    }

    /** The class of the elements of this kind; empty for chapters. */
    Optional<EClass> eClass() {
        return Optional.ofNullable(eClass);
    }

    /** The references that become SPEC-RELATIONs from elements of this kind. */
    List<EReference> traceLinks() {
        return traceLinks;
    }

    String label() {
        return Messages.get("kind." + name());
    }

    String chapterName() {
        return Messages.get("chapter." + name());
    }

    /** The part of identifiers that names this kind: {@code system-constraint}. */
    String slug() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    static Optional<StpaKind> of(EClass eClass) {
        for (StpaKind kind : values()) {
            if (kind.eClass == eClass) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }
}
