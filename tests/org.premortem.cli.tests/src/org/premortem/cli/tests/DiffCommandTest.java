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

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.premortem.cli.Main;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/** {@code premortem diff}: exit 0 equal, 1 different, 2 bad input; text, Markdown and JSON say the same changes. */
class DiffCommandTest {

    @TempDir
    Path folder;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return Main.run(new PrintWriter(out), new PrintWriter(err), args);
    }

    /** The example with UCA-3's text edited (by text substitution, as another editor would). */
    private Path editedExample() throws IOException {
        String text = Files.readString(StatsCommandTest.EXAMPLE, StandardCharsets.UTF_8);
        String edited = text.replace("displayId=\"UCA-3\" text=\"Enactor does not add a plan to Route53",
                "displayId=\"UCA-3\" text=\"Enactor never adds a plan to Route53");
        assertTrue(!edited.equals(text));
        Path file = folder.resolve("edited.premortem");
        Files.writeString(file, edited, StandardCharsets.UTF_8);
        return file;
    }

    @Test
    void equalFilesExitZero() {
        assertEquals(0, run("diff", StatsCommandTest.EXAMPLE.toString(), StatsCommandTest.EXAMPLE.toString()),
                err.toString());
        assertTrue(out.toString().contains("no differences"), out.toString());
    }

    @Test
    void differentFilesExitOneAndNameTheChange() throws IOException {
        Path edited = editedExample();
        assertEquals(1, run("diff", StatsCommandTest.EXAMPLE.toString(), edited.toString()), err.toString());
        String text = out.toString();
        assertTrue(text.contains("0 added, 0 removed, 0 moved, 1 changed, 0 linked, 0 unlinked"), text);
        assertTrue(text.contains("changed UCA-3 'Enactor never adds a plan to Route53"), text);
        assertTrue(text.contains("text: \"Enactor does not add a plan to Route53"), text);
        assertEquals("", err.toString());
    }

    @Test
    void jsonAndMarkdownFormats() throws IOException {
        Path edited = editedExample();
        assertEquals(1, run("diff", StatsCommandTest.EXAMPLE.toString(), edited.toString(), "--format", "json"));
        JsonObject json = JsonParser.parseString(out.toString()).getAsJsonObject();
        assertEquals(false, json.get("equal").getAsBoolean());
        JsonArray changes = json.getAsJsonArray("changes");
        assertEquals(1, changes.size());
        JsonObject change = changes.get(0).getAsJsonObject();
        assertEquals("changed", change.get("kind").getAsString());
        assertEquals("UCA-3", change.get("displayId").getAsString());
        assertEquals("_UsNEatOohKtw8jPQLv3piw", change.get("id").getAsString());
        assertEquals("text", change.get("feature").getAsString());
        assertTrue(change.getAsJsonArray("after").get(0).getAsString().startsWith("Enactor never adds"));

        out.getBuffer().setLength(0);
        assertEquals(1, run("diff", StatsCommandTest.EXAMPLE.toString(), edited.toString(), "--format", "md"));
        assertTrue(out.toString().startsWith("### Premortem diff:"), out.toString());
        assertTrue(out.toString().contains("| UCA\\-3 'Enactor never adds"), out.toString());
    }

    @Test
    void badFileExitsTwoWithFileAndLine() throws IOException {
        Path bad = folder.resolve("bad.premortem");
        Files.writeString(bad, """
                <?xml version="1.0" encoding="UTF-8"?>
                <stpa:Analysis xmlns:xmi="http://www.omg.org/XMI" xmlns:stpa="http://premortem.org/stpa/1.0" \
                formatVersion="1.0">
                  <losses id="_l1" text="unclosed">
                </stpa:Analysis>
                """);
        assertEquals(2, run("diff", StatsCommandTest.EXAMPLE.toString(), bad.toString()));
        assertTrue(err.toString().startsWith("premortem: " + bad + ":4:"), err.toString());
        assertEquals("", out.toString());
    }

    @Test
    void missingFileAndUnknownFormatExitTwo() {
        assertEquals(2, run("diff", StatsCommandTest.EXAMPLE.toString(), folder.resolve("none.premortem").toString()));
        assertTrue(err.toString().contains("none.premortem"), err.toString());
        assertEquals(2, run("diff", StatsCommandTest.EXAMPLE.toString(), StatsCommandTest.EXAMPLE.toString(),
                "--format", "xml"));
    }
}
