/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.validation.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.premortem.core.validation.Finding;
import org.premortem.core.validation.ValidationSettings;
import org.premortem.core.validation.Validator;
import org.premortem.examples.DynamoDbDnsExample;

/**
 * The structure rules find, on the DynamoDB DNS example and before any outage, what the seed article found by hand.
 */
class ExampleFindingsTest {

    private final List<Finding> findings = new Validator(BuiltinRules.registry(), ValidationSettings.defaults())
            .validate(DynamoDbDnsExample.build());

    @Test
    void plannerGetsNoFeedbackFromTheEnactors() {
        assertFinding("structure.no-feedback-from-controlled", "CMP-1", "Planner", "Enactor");
    }

    @Test
    void enactorsActOnWhichPlanIsActiveWithoutFeedback() {
        assertFinding("structure.variable-without-feedback", null, "Plan i is active", "Enactor");
    }

    @Test
    void route53TakesConflictingActionsFromReplicatedEnactors() {
        assertFinding("structure.conflicting-controllers", "CMP-3", "Route53", "Enactor", "\u00d73");
    }

    @Test
    void deletePlanIsDestructive() {
        assertFinding("structure.destructive-action", "CA-4", "Delete plan i", "Plan i is active");
    }

    @Test
    void newPlansAreNeverConfirmed() {
        assertFinding("structure.unconfirmed-action", "CA-1", "New plan");
    }

    @Test
    void aNewPlanReachesAllThreeEnactorsAtOnce() {
        assertFinding("structure.fleet-wide-action", "CA-1", "New plan", "3", "Enactor");
    }

    @Test
    void nothingReinstatesADeletedPlan() {
        assertFinding("structure.unrecoverable-action", "CA-4", "Delete plan i", "irreversible", "Route53");
    }

    @Test
    void nothingAboveTheEnactorsCanStopTheirCleanUp() {
        assertFinding("structure.unstoppable-controller", "CMP-2", "Enactor", "Delete plan i");
    }

    private void assertFinding(String ruleId, String displayId, String... words) {
        boolean found = findings.stream()
                .filter(f -> f.ruleId().equals(ruleId))
                .filter(f -> displayId == null || f.displayId().equals(displayId))
                .anyMatch(f -> List.of(words).stream().allMatch(f.message()::contains));
        assertTrue(found, ruleId + " " + displayId + " " + List.of(words) + " among:\n" + findings.stream()
                .map(f -> f.ruleId() + " " + f.displayId() + ": " + f.message()).collect(Collectors.joining("\n")));
    }
}
