/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.validation.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.premortem.core.synthetic.SyntheticAnalysis;
import org.premortem.core.validation.Finding;
import org.premortem.core.validation.Severity;
import org.premortem.core.validation.ValidationSettings;
import org.premortem.core.validation.Validator;

/**
 * Synthetic analyses are fully traced as the rules see it: no traceability or consistency finding, no error; the
 * structural cues they do raise are the kind real control structures raise.
 */
class SyntheticAnalysisFindingsTest {

    private static final Set<String> TRACEABILITY = Set.of("stpa.loss-without-hazard", "stpa.hazard-without-loss",
            "stpa.sub-hazard-loss-not-in-parent", "stpa.hazard-without-constraint", "stpa.constraint-without-hazard",
            "stpa.controller-without-responsibility", "stpa.category-unanalysed", "stpa.uca-without-hazard",
            "stpa.uca-without-controller-constraint", "stpa.uca-without-scenario",
            "stpa.scenario-without-requirement", "stpa.requirement-unlinked", "stpa.duplicate-display-id",
            "stpa.uca-source-mismatch", "stpa.empty-text", "stpa.todo-text");

    private final List<Finding> findings = new Validator(BuiltinRules.registry(), ValidationSettings.defaults())
            .validate(SyntheticAnalysis.generate(800, 11));

    @Test
    void noTraceabilityFindings() {
        List<String> traceability = findings.stream().filter(f -> TRACEABILITY.contains(f.ruleId()))
                .map(f -> f.ruleId() + " " + f.displayId() + ": " + f.message()).toList();
        assertEquals(List.of(), traceability);
    }

    @Test
    void noErrorsButSomeStructuralCues() {
        assertTrue(findings.stream().noneMatch(f -> f.severity() == Severity.ERROR));
        assertTrue(findings.stream().anyMatch(f -> f.ruleId().equals("structure.no-feedback-from-controlled")),
                "one feedback path in ten is missing on purpose");
    }
}
