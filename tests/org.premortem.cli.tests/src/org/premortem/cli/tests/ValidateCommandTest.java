/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.premortem.cli.CommandServices;
import org.premortem.cli.Main;
import org.premortem.core.persistence.AnalysisStore;
import org.premortem.core.validation.RuleRegistry;
import org.premortem.validation.LossWithoutHazardRule;
import org.premortem.validation.structure.ColdStartRule;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/** {@code premortem validate}: formats, fail levels, settings file, exit codes, and the example's findings. */
class ValidateCommandTest {

    static final Path EXPECTED = Path.of("expected", "dynamodb-dns.validate.txt");

    @TempDir
    Path folder;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        RuleRegistry rules = RuleRegistry.fromServiceLoader(LossWithoutHazardRule.class.getClassLoader(),
                ColdStartRule.class.getClassLoader());
        return Main.run(new CommandServices(rules), new PrintWriter(out), new PrintWriter(err), args);
    }

    @Test
    void exampleTextOutputIsTheCommittedOne() throws IOException {
        int exit = run("validate", StatsCommandTest.EXAMPLE.toString());
        if (Boolean.getBoolean("premortem.updateExamples")) {
            AnalysisStore.writeAtomically(EXPECTED.toAbsolutePath(), out.toString().getBytes(StandardCharsets.UTF_8));
        }
        assertEquals(Files.readString(EXPECTED), out.toString(),
                "validation of the example changed: review, then ./mvnw verify -Dpremortem.updateExamples=true");
        assertEquals(0, exit, "the example has warnings and infos but no errors");
        assertTrue(out.toString().lines().allMatch(line -> line.matches(
                "\\S+\\.premortem: (error|warning|info) [a-z.-]+ \\S+: .+")), out.toString());
    }

    @Test
    void failOnWarningExitsOne() {
        assertEquals(1, run("validate", StatsCommandTest.EXAMPLE.toString(), "--fail-on", "warning"));
        assertEquals(1, run("validate", StatsCommandTest.EXAMPLE.toString(), "--fail-on", "INFO"));
    }

    @Test
    void jsonListsFindingsWithLines() {
        assertEquals(0, run("validate", StatsCommandTest.EXAMPLE.toString(), "--format", "json"));
        JsonObject json = JsonParser.parseString(out.toString()).getAsJsonObject();
        JsonArray findings = json.getAsJsonArray("findings");
        assertTrue(findings.size() > 10);
        JsonObject first = findings.get(0).getAsJsonObject();
        for (String key : new String[] { "severity", "ruleId", "displayId", "elementId", "line", "message" }) {
            assertTrue(first.has(key), key + " in " + first);
        }
        assertEquals(0, json.getAsJsonObject("summary").get("error").getAsInt());
    }

    @Test
    void sarifIsAValidSarif210Log() {
        assertEquals(0, run("validate", StatsCommandTest.EXAMPLE.toString(), "--format", "sarif"));
        JsonObject log = JsonParser.parseString(out.toString()).getAsJsonObject();
        assertEquals("2.1.0", log.get("version").getAsString());
        JsonObject run = log.getAsJsonArray("runs").get(0).getAsJsonObject();
        JsonObject driver = run.getAsJsonObject("tool").getAsJsonObject("driver");
        assertEquals("Premortem", driver.get("name").getAsString());
        assertEquals(31, driver.getAsJsonArray("rules").size());
        JsonArray results = run.getAsJsonArray("results");
        assertTrue(results.size() > 10);
        for (var element : results) {
            JsonObject result = element.getAsJsonObject();
            assertTrue(result.get("level").getAsString().matches("error|warning|note"), result.toString());
            int index = result.get("ruleIndex").getAsInt();
            assertEquals(result.get("ruleId").getAsString(), driver.getAsJsonArray("rules").get(index)
                    .getAsJsonObject().get("id").getAsString());
            JsonObject location = result.getAsJsonArray("locations").get(0).getAsJsonObject();
            assertTrue(location.getAsJsonObject("physicalLocation").getAsJsonObject("region")
                    .get("startLine").getAsInt() > 1, location.toString());
        }
    }

    @Test
    void settingsFileNextToTheModelDisablesAndRaises() throws IOException {
        Path model = Files.copy(StatsCommandTest.EXAMPLE, folder.resolve("dns.premortem"),
                StandardCopyOption.REPLACE_EXISTING);
        Files.writeString(folder.resolve("premortem-validation.properties"), """
                # our house rules
                stpa.uca-without-controller-constraint = off
                structure.destructive-action = error
                """);

        assertEquals(1, run("validate", model.toString()));

        assertTrue(out.toString().contains(": error structure.destructive-action CA-4: "), out.toString());
        assertTrue(!out.toString().contains("stpa.uca-without-controller-constraint"), out.toString());
    }

    @Test
    void badSettingsValueIsExitTwoWithFileAndLine() throws IOException {
        Path model = Files.copy(StatsCommandTest.EXAMPLE, folder.resolve("dns.premortem"));
        Files.writeString(folder.resolve("premortem-validation.properties"), "# x\nstpa.empty-text = loud\n");

        assertEquals(2, run("validate", model.toString()));

        assertTrue(err.toString().contains("premortem-validation.properties:2: rule stpa.empty-text: 'loud'"),
                err.toString());
    }

    @Test
    void badInputExitsTwo() throws IOException {
        Path bad = Files.writeString(folder.resolve("bad.premortem"), "<nope/>");
        assertEquals(2, run("validate", bad.toString()));
        assertTrue(err.toString().startsWith("premortem: " + bad + ":1:"), err.toString());
        assertEquals(2, run("validate", StatsCommandTest.EXAMPLE.toString(), "--fail-on", "never"));
        assertEquals(2, run("validate", StatsCommandTest.EXAMPLE.toString(), "--format", "xml"));
    }
}
