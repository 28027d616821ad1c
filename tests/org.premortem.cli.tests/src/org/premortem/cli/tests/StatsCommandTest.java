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

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.premortem.cli.Main;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/** {@code premortem stats}: counts per element kind, as text or JSON; bad files give one line and exit 2. */
class StatsCommandTest {

    static final Path EXAMPLE = Path.of("..", "..", "bundles", "org.premortem.examples", "projects",
            "dynamodb-dns", "dynamodb-dns.premortem");

    @TempDir
    Path folder;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return Main.run(new PrintWriter(out), new PrintWriter(err), args);
    }

    @Test
    void jsonCountsTheExample() {
        assertEquals(0, run("stats", EXAMPLE.toString(), "--format", "json"), err.toString());
        JsonObject json = JsonParser.parseString(out.toString()).getAsJsonObject();
        assertEquals("1.0", json.get("formatVersion").getAsString());
        assertEquals(2, json.get("hazards").getAsInt());
        assertEquals(4, json.get("controlActions").getAsInt());
        assertEquals(13, json.get("ucas").getAsInt());
        assertEquals(8, json.get("notApplicable").getAsInt());
        for (String key : new String[] { "losses", "systemConstraints", "controlStructures", "components",
                "controllers", "feedback", "controllerConstraints", "lossScenarios", "requirements" }) {
            assertTrue(json.has(key), key);
        }
    }

    @Test
    void textIsTheDefault() {
        assertEquals(0, run("stats", EXAMPLE.toString()));
        assertTrue(out.toString().contains("(format 1.0)"), out.toString());
        assertTrue(out.toString().matches("(?s).*\\n  ucas +13\\n.*"), out.toString());
    }

    @Test
    void badFileGivesOneLineWithFileAndLineAndExitTwo() throws IOException {
        Path bad = folder.resolve("bad.premortem");
        Files.writeString(bad, """
                <?xml version="1.0" encoding="UTF-8"?>
                <stpa:Analysis xmlns:xmi="http://www.omg.org/XMI" xmlns:stpa="http://premortem.org/stpa/1.0" \
                formatVersion="1.0">
                  <losses id="_l1" text="unclosed">
                </stpa:Analysis>
                """);

        assertEquals(2, run("stats", bad.toString()));

        String message = err.toString();
        assertEquals(1, message.lines().count(), message);
        assertTrue(message.startsWith("premortem: " + bad + ":4:"), message);
        assertEquals("", out.toString());
    }

    @Test
    void missingFileAndUnknownFormatExitTwo() {
        assertEquals(2, run("stats", folder.resolve("none.premortem").toString()));
        assertTrue(err.toString().contains("file not found"), err.toString());
        assertEquals(2, run("stats", EXAMPLE.toString(), "--format", "xml"));
    }
}
