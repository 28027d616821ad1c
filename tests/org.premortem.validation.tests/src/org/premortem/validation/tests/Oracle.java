/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.validation.tests;

import java.util.List;
import java.util.function.Consumer;

import org.premortem.core.build.AnalysisBuilder;
import org.premortem.core.ids.IdSource;
import org.premortem.core.validation.ValidationRule;
import org.premortem.model.stpa.Analysis;

/**
 * One rule's oracle: a fixture built for it, the display ids the rule must report, and ids it must not report.
 *
 * @param fixture builds the model; it names elements only through their display ids (issued in creation order)
 */
record Oracle(ValidationRule rule, Consumer<AnalysisBuilder> fixture, List<String> reported, List<String> notReported) {

    static Oracle of(ValidationRule rule, Consumer<AnalysisBuilder> fixture, List<String> reported,
            List<String> notReported) {
        return new Oracle(rule, fixture, reported, notReported);
    }

    Analysis build() {
        AnalysisBuilder builder = AnalysisBuilder.create("Fixture of " + rule.getClass().getSimpleName(), IdSource.seeded(1));
        fixture.accept(builder);
        return builder.build();
    }

    @Override
    public String toString() {
        return rule.id();
    }
}
