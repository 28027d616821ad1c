/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.premortem.cli.Main;
import org.premortem.core.persistence.AnalysisStore;
import org.premortem.model.stpa.Analysis;
import org.premortem.model.stpa.LossScenario;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/** {@code premortem scenarios}: the assistant's candidates as text or JSON, one UCA or all, and --apply. */
class ScenariosCommandTest {

    @TempDir
    Path folder;

    private StringWriter out = new StringWriter();
    private StringWriter err = new StringWriter();

    private int run(String... args) {
        out = new StringWriter();
        err = new StringWriter();
        return Main.run(new PrintWriter(out), new PrintWriter(err), args);
    }

    @Test
    void textListsTheCandidatesOfOneUcaWithClassFactorsAndNamedElements() {
        assertEquals(0, run("scenarios", StatsCommandTest.EXAMPLE.toString(), "--uca", "UCA-12"), err.toString());
        String text = out.toString();
        assertTrue(text.startsWith("UCA-12: Enactor deletes plan i when plan i is active\n"), text);
        assertTrue(text.contains("  [2 Inadequate feedback and information] Enactor deletes plan i when plan i is "
                + "active, because Enactor believes a wrong value of \u201cPlan i is active\u201d: no feedback updates "
                + "\u201cPlan i is active\u201d, so nothing tells Enactor its actual value.\n"
                + "    - missing feedback: no feedback updates \u201cPlan i is active\u201d\n"), text);
        assertTrue(text.contains("    names: CMP-2 Enactor"), text);
        assertTrue(text.matches("(?s).*\\n\\S*dynamodb-dns.premortem: \\d+ candidates for 1 UCAs \\(0 rejected or "
                + "already accepted, not listed\\)\\n"), text);
    }

    @Test
    void jsonGivesEveryUcaAndIsTheSameEveryTime() {
        assertEquals(0, run("scenarios", StatsCommandTest.EXAMPLE.toString(), "--format", "json"), err.toString());
        String first = out.toString();
        JsonObject json = JsonParser.parseString(first).getAsJsonObject();
        JsonArray ucas = json.getAsJsonArray("ucas");
        assertEquals(13, ucas.size());
        JsonObject uca12 = ucas.get(11).getAsJsonObject();
        assertEquals("UCA-12", uca12.get("uca").getAsString());
        JsonObject candidate = uca12.getAsJsonArray("candidates").get(0).getAsJsonObject();
        assertEquals("INADEQUATE_FEEDBACK", candidate.get("class").getAsString());
        assertEquals("MISSING_FEEDBACK", candidate.getAsJsonArray("causalFactors").get(0).getAsJsonObject()
                .get("kind").getAsString());
        assertEquals("Plan i is active", candidate.getAsJsonArray("elements").get(1).getAsJsonObject()
                .get("name").getAsString());
        assertEquals(0, json.getAsJsonArray("added").size());
        assertEquals(0, run("scenarios", StatsCommandTest.EXAMPLE.toString(), "--format", "json"));
        assertEquals(first, out.toString(), "same model, same list");
    }

    @Test
    void applyAddsTheCandidatesAsLossScenariosAndTheyAreNotProposedAgain() throws Exception {
        Path copy = folder.resolve("example.premortem");
        Files.copy(StatsCommandTest.EXAMPLE, copy, StandardCopyOption.REPLACE_EXISTING);
        int before = AnalysisStore.load(copy).getLossScenarios().size();

        assertEquals(0, run("scenarios", copy.toString(), "--uca", "UCA-12", "--apply", "--format", "json"),
                err.toString());
        JsonObject json = JsonParser.parseString(out.toString()).getAsJsonObject();
        int listed = json.getAsJsonArray("ucas").get(0).getAsJsonObject().getAsJsonArray("candidates").size();
        assertTrue(listed > 0);
        assertEquals(listed, json.getAsJsonArray("added").size());
        assertEquals("LS-28", json.getAsJsonArray("added").get(0).getAsString());

        Analysis saved = AnalysisStore.load(copy);
        assertEquals(before + listed, saved.getLossScenarios().size());
        LossScenario first = saved.getLossScenarios().get(before);
        assertEquals("UCA-12", first.getUnsafeControlAction().getDisplayId());
        assertTrue(first.getId().matches("_[A-Za-z0-9_-]{22}"), first.getId());

        assertEquals(0, run("scenarios", copy.toString(), "--uca", "UCA-12"));
        assertTrue(out.toString().contains("no new candidate"), out.toString());
    }

    @Test
    void anUnknownUcaIdNamesTheFileAndTheIdAndExitsTwo() {
        assertEquals(2, run("scenarios", StatsCommandTest.EXAMPLE.toString(), "--uca", "UCA-99"));
        assertEquals("premortem: " + StatsCommandTest.EXAMPLE + ": no unsafe control action has the id 'UCA-99' "
                + "(the file has 13)\n", err.toString());
        assertEquals("", out.toString());
    }

    @Test
    void aBadFileGivesFileLineAndColumnAndExitsTwo() throws IOException {
        Path bad = folder.resolve("bad.premortem");
        Files.writeString(bad, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<stpa:Analysis\n");
        assertEquals(2, run("scenarios", bad.toString()));
        assertTrue(err.toString().startsWith("premortem: " + bad + ":3:1: malformed XML"), err.toString());
    }

    @Test
    void aMissingFileOrBadFormatIsBadUsage() {
        assertEquals(2, run("scenarios", folder.resolve("missing.premortem").toString()));
        assertTrue(err.toString().contains("missing.premortem"), err.toString());
        assertEquals(2, run("scenarios", StatsCommandTest.EXAMPLE.toString(), "--format", "xml"));
        assertEquals(2, run("scenarios"));
    }
}
