/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.cli;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.premortem.core.persistence.ElementLines;
import org.premortem.core.validation.Finding;
import org.premortem.core.validation.Severity;
import org.premortem.core.validation.ValidationRule;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

/**
 * Findings as a SARIF 2.1.0 log, so CI systems (code-scanning views, review annotations) show them: one run of the
 * tool "Premortem" with its rules, one result per finding, located in the file (line of the element) and logically
 * by the element's display id.
 */
final class FindingsSarif {

    static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";

    private FindingsSarif() {
    }

    static String write(Path file, List<Finding> findings, List<ValidationRule> rules, ElementLines lines) {
        JsonObject driver = new JsonObject();
        driver.addProperty("name", "Premortem");
        driver.addProperty("version", BundleVersionProvider.bundleVersion().orElse("0.0.0"));
        JsonArray ruleArray = new JsonArray();
        Map<String, Integer> ruleIndex = new HashMap<>();
        for (ValidationRule rule : rules) {
            ruleIndex.put(rule.id(), ruleArray.size());
            JsonObject descriptor = new JsonObject();
            descriptor.addProperty("id", rule.id());
            descriptor.add("shortDescription", text(rule.description()));
            JsonObject configuration = new JsonObject();
            configuration.addProperty("level", level(rule.defaultSeverity()));
            descriptor.add("defaultConfiguration", configuration);
            JsonObject properties = new JsonObject();
            properties.addProperty("category", rule.category().name().toLowerCase(Locale.ROOT));
            descriptor.add("properties", properties);
            ruleArray.add(descriptor);
        }
        driver.add("rules", ruleArray);

        JsonArray results = new JsonArray();
        String uri = file.toString().replace('\\', '/');
        for (Finding finding : findings) {
            JsonObject result = new JsonObject();
            result.addProperty("ruleId", finding.ruleId());
            if (ruleIndex.containsKey(finding.ruleId())) {
                result.addProperty("ruleIndex", ruleIndex.get(finding.ruleId()));
            }
            result.addProperty("level", level(finding.severity()));
            result.add("message", text(finding.displayId() + ": " + finding.message()));
            result.add("locations", location(uri, finding, lines));
            results.add(result);
        }

        JsonObject tool = new JsonObject();
        tool.add("driver", driver);
        JsonObject run = new JsonObject();
        run.add("tool", tool);
        run.add("results", results);
        JsonArray runs = new JsonArray();
        runs.add(run);
        JsonObject log = new JsonObject();
        log.addProperty("$schema", SCHEMA);
        log.addProperty("version", "2.1.0");
        log.add("runs", runs);
        return new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create().toJson(log);
    }

    private static JsonArray location(String uri, Finding finding, ElementLines lines) {
        JsonObject artifact = new JsonObject();
        artifact.addProperty("uri", uri);
        JsonObject physical = new JsonObject();
        physical.add("artifactLocation", artifact);
        lines.lineOf(finding.elementId()).ifPresent(line -> {
            JsonObject region = new JsonObject();
            region.addProperty("startLine", line);
            physical.add("region", region);
        });
        JsonObject logical = new JsonObject();
        logical.addProperty("name", finding.displayId());
        logical.addProperty("fullyQualifiedName", finding.elementId());
        logical.addProperty("kind", "element");
        JsonArray logicals = new JsonArray();
        logicals.add(logical);
        JsonObject location = new JsonObject();
        location.add("physicalLocation", physical);
        location.add("logicalLocations", logicals);
        JsonArray locations = new JsonArray();
        locations.add(location);
        return locations;
    }

    private static JsonObject text(String value) {
        JsonObject text = new JsonObject();
        text.addProperty("text", value);
        return text;
    }

    /** SARIF levels: error, warning, note. */
    static String level(Severity severity) {
        return switch (severity) {
            case ERROR -> "error";
            case WARNING -> "warning";
            case INFO -> "note";
        };
    }
}
