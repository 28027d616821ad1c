/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.premortem.tables.ContextWording;
import org.premortem.tables.ContextWording.Condition;

/**
 * The context of a UCA generated from a context table reads as English, whatever the variables: a name that holds
 * its value, yes/no values, values that repeat the name's words, numbers, names and designators.
 */
class ContextWordingTest {

    private final ContextWording wording = new ContextWording(Set.of("Enactor", "Planner", "Route53"));

    @ParameterizedTest(name = "{0} = {2}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            Own plan is newer than the active plan | newer;older | newer | the own plan is newer than the active plan
            Own plan is newer than the active plan | newer;older | older | the own plan is older than the active plan
            Plan i is active                  | active;not active | active     | plan i is active
            Plan i is active                  | active;not active | not active | plan i is not active
            Route53 plan storage is nearly full | nearly full;not nearly full | not nearly full | the Route53 plan storage is not nearly full
            Plan is not stale                 | not stale;stale   | stale      | the plan is stale
            Enactor is delayed                | true;false        | true       | the Enactor is delayed
            Enactor is delayed                | true;false        | false      | the Enactor is not delayed
            Plan i is applied                 | yes;no            | no         | plan i is not applied
            Plan is not stale                 | yes;no            | no         | the plan is stale
            Number of active plans            | 0;1;2             | 2          | the number of active plans is 2
            Load balancer health              | healthy;unhealthy | unhealthy  | the load balancer health is unhealthy
            Enactors' status                  | applying normally;having problems | having problems | the Enactors' status is having problems
            DNS record                        | present;missing   | missing    | the DNS record is missing
            The cache                         | warm;cold         | cold       | the cache is cold
            Door 2 open                       | yes;no            | yes        | door 2 open is yes
            """)
    void aVariableWithItsValueReadsAsACondition(String variable, String values, String value, String expected) {
        assertEquals(expected, wording.condition(new Condition(variable, List.of(values.split(";")), value)));
    }

    @Test
    void conditionsAreJoinedWithCommasAndAFinalAnd() {
        Condition newer = new Condition("Own plan is newer than the active plan", List.of("newer", "older"), "newer");
        Condition active = new Condition("Plan i is active", List.of("active", "not active"), "active");
        Condition good = new Condition("Plan i is good", List.of("good", "not good"), "not good");
        assertEquals("the own plan is newer than the active plan and plan i is active",
                wording.context(List.of(newer, active)));
        assertEquals("the own plan is newer than the active plan, plan i is active and plan i is not good",
                wording.context(List.of(newer, active, good)));
        assertEquals("plan i is active", wording.context(List.of(active)));
        assertEquals("", wording.context(List.of()));
    }
}
