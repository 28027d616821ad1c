/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.validation.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.premortem.core.validation.ValidationRule;

/**
 * Both contribution paths name the same rules (plugin.xml for the workbench, META-INF/services for the command
 * line), every rule has an oracle, and rule facts are complete.
 */
class RuleContributionsTest {

    private static final Path BUNDLES = Path.of("..", "..", "bundles");
    private static final Pattern RULE_CLASS = Pattern.compile("<rule\\s+class=\"([^\"]+)\"");

    @ParameterizedTest
    @ValueSource(strings = { "org.premortem.validation", "org.premortem.validation.structure" })
    void pluginXmlAndServiceFileListTheSameRules(String bundle) throws IOException {
        Set<String> fromPluginXml = new TreeSet<>();
        Matcher matcher = RULE_CLASS.matcher(Files.readString(BUNDLES.resolve(bundle).resolve("plugin.xml")));
        while (matcher.find()) {
            fromPluginXml.add(matcher.group(1));
        }
        Set<String> fromServices = Files.readAllLines(BUNDLES.resolve(bundle)
                .resolve("META-INF/services/org.premortem.core.validation.ValidationRule")).stream()
                .map(String::strip).filter(line -> !line.isEmpty() && !line.startsWith("#"))
                .collect(Collectors.toCollection(TreeSet::new));
        assertFalse(fromPluginXml.isEmpty());
        assertEquals(fromPluginXml, fromServices);
    }

    @Test
    void everyBuiltinRuleHasAnOracle() {
        Set<String> withOracle = Stream.of(CompletenessRulesTest.oracles(), StructureRulesTest.oracles(),
                StructureCueRulesTest.oracles()).flatMap(oracles -> oracles).map(oracle -> oracle.rule().id()).collect(Collectors.toCollection(TreeSet::new));
        Set<String> registered = BuiltinRules.registry().rules().stream().map(ValidationRule::id)
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(31, registered.size(), registered.toString());
        assertEquals(registered, withOracle);
    }

    @Test
    void everyRuleStatesItsFacts() {
        List<ValidationRule> rules = BuiltinRules.registry().rules();
        for (ValidationRule rule : rules) {
            assertTrue(rule.id().matches("(stpa|structure)\\.[a-z-]+"), rule.id());
            assertFalse(rule.description().isBlank(), rule.id());
            assertFalse(rule.elementKinds().isEmpty(), rule.id());
        }
    }
}
