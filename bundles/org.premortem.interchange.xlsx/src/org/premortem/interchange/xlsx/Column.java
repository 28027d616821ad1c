/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.interchange.xlsx;

import java.util.Objects;

import org.eclipse.emf.ecore.EStructuralFeature;

/**
 * A column of a relational sheet: its header and what its cells hold.
 *
 * @param header the header text, as written and as found again on import (case does not matter)
 * @param role what the cells hold
 * @param feature the attribute or reference for {@link Role#FEATURE}, {@link Role#CAUSAL_FACTORS} and
 *                {@link Role#CONTEXT_CONDITIONS}; {@code null} otherwise
 */
record Column(String header, Role role, EStructuralFeature feature) {

    enum Role {
        /** The display id: the key of a row. */
        ID,
        /** The element's class, where a sheet holds several (control action, feedback, input/output). */
        CLASS,
        /** The display id of the element this one is part of (a sub-hazard's hazard, a component's structure). */
        PART_OF,
        /** An attribute or a reference (display ids). */
        FEATURE,
        /** A loss scenario's causal factors, "kind: text" a line. */
        CAUSAL_FACTORS,
        /** A UCA's context as conditions, "PMV-1 = value" a line. */
        CONTEXT_CONDITIONS,
        /** The permanent id, last, so that a new analysis made from the workbook keeps the elements' identity. */
        PERMANENT_ID
    }

    Column {
        Objects.requireNonNull(header, "header");
        Objects.requireNonNull(role, "role");
    }
}
