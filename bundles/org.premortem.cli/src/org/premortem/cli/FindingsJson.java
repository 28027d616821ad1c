/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.cli;

import java.nio.file.Path;
import java.util.List;

import org.premortem.core.persistence.ElementLines;
import org.premortem.core.validation.Finding;
import org.premortem.core.validation.Severity;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

/** Findings as JSON: the file, a count per severity, and each finding with rule, element ids, line and message. */
final class FindingsJson {

    private FindingsJson() {
    }

    static String write(Path file, List<Finding> findings, ElementLines lines) {
        JsonObject root = new JsonObject();
        root.addProperty("file", file.toString());
        JsonObject summary = new JsonObject();
        for (Severity severity : Severity.values()) {
            summary.addProperty(severity.label(), findings.stream().filter(f -> f.severity() == severity).count());
        }
        root.add("summary", summary);
        JsonArray array = new JsonArray();
        for (Finding finding : findings) {
            JsonObject item = new JsonObject();
            item.addProperty("severity", finding.severity().label());
            item.addProperty("ruleId", finding.ruleId());
            item.addProperty("displayId", finding.displayId());
            item.addProperty("elementId", finding.elementId());
            lines.lineOf(finding.elementId()).ifPresent(line -> item.addProperty("line", line));
            item.addProperty("message", finding.message());
            array.add(item);
        }
        root.add("findings", array);
        return new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create().toJson(root);
    }
}
