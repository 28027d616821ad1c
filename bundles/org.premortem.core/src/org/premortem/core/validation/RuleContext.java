/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.core.validation;

import org.premortem.model.stpa.IdentifiedElement;

/** What a rule sees while it checks: the analysis index, and a place to report findings. */
public interface RuleContext {

    /** Precomputed lookups over the whole analysis (reverse references, connections per component, ...). */
    AnalysisIndex index();

    /** The words by which rules recognise what a control action does; the built-in ones unless settings add more. */
    default ActionVocabulary vocabulary() {
        return ActionVocabulary.defaults();
    }

    /** Reports a finding of the running rule on {@code element}; the message should name the element's display id. */
    void report(IdentifiedElement element, String message);
}
