/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.core.validation;

/** What kind of weakness a rule finds. */
public enum RuleCategory {
    /** A step of the analysis is missing or unfinished (e.g. a UCA without loss scenario). */
    COMPLETENESS,
    /** A link between steps is missing or wrong (e.g. a hazard that leads to no loss). */
    TRACEABILITY,
    /** The model contradicts itself (e.g. duplicate display ids). */
    CONSISTENCY,
    /** The wording of a text (e.g. TODO left in, hazard worded as a cause). */
    WORDING,
    /** A weakness of the control structure itself (e.g. a controller without feedback). */
    STRUCTURE
}
