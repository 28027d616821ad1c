/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.validation.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.premortem.core.validation.Finding;
import org.premortem.core.validation.RuleRegistry;
import org.premortem.core.validation.ValidationSettings;
import org.premortem.core.validation.Validator;

/** Runs one oracle: only its rule, on its fixture; reported and not-reported ids are checked exactly. */
final class RuleOracles {

    private RuleOracles() {
    }

    static void check(Oracle oracle) {
        RuleRegistry registry = new RuleRegistry();
        registry.register(oracle.rule());
        List<Finding> findings = new Validator(registry, ValidationSettings.defaults()).validate(oracle.build());
        Set<String> reported = findings.stream().map(Finding::displayId).collect(Collectors.toSet());
        String listing = findings.stream().map(f -> f.displayId() + ": " + f.message())
                .collect(Collectors.joining("\n"));
        for (String id : oracle.reported()) {
            assertTrue(reported.contains(id), oracle.rule().id() + " must report " + id + "; reported:\n" + listing);
        }
        for (String id : oracle.notReported()) {
            assertFalse(reported.contains(id), oracle.rule().id() + " must not report " + id + "; reported:\n" + listing);
        }
        assertEquals(Set.copyOf(oracle.reported()), reported, "exactly the expected elements are reported:\n" + listing);
        for (Finding finding : findings) {
            assertEquals(oracle.rule().id(), finding.ruleId());
            assertTrue(finding.message().contains(finding.displayId()), "the message names " + finding.displayId()
                    + ": " + finding.message());
        }
    }
}
