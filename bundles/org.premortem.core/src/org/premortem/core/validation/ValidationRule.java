/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.core.validation;

import java.util.Set;

import org.eclipse.emf.ecore.EClass;
import org.premortem.model.stpa.IdentifiedElement;

/**
 * One validation rule. The validator walks an analysis once and calls {@link #check} for every element whose class
 * is one of {@link #elementKinds()} (or a subclass), so a rule must only look at its element and at the
 * {@link RuleContext#index() index}: never at all pairs of elements.
 *
 * <p>Rules are contributed by bundles: through the extension point {@code org.premortem.validation.rules} in the
 * workbench, and through {@code META-INF/services/org.premortem.core.validation.ValidationRule} for the plain-Java
 * command line. A rule class needs a public no-argument constructor.
 */
public interface ValidationRule {

    /** Stable id, e.g. {@code stpa.uca-without-hazard}: used in settings, markers, SARIF and CI scripts. */
    String id();

    RuleCategory category();

    Severity defaultSeverity();

    /** The element kinds the rule checks. */
    Set<EClass> elementKinds();

    /** One sentence: what the rule finds and why it matters. */
    String description();

    /** Checks one element, reporting findings through the context. */
    void check(IdentifiedElement element, RuleContext context);
}
