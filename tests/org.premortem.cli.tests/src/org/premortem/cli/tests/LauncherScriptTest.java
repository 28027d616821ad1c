/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.ZipFile;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The shipped launcher, end to end: {@code ./premortem validate} on the example prepares its class cache on the first
 * run, uses it on the next, and prints exactly what the command line prints in-process; with the cache switched off,
 * the same. Runs against the product this build made (the reactor builds it before the tests).
 */
class LauncherScriptTest {

    private static final Path SCRIPT = Path.of("..", "..", "premortem");
    private static final Path PRODUCT = Path.of("..", "..", "releng", "org.premortem.product", "target", "products",
            "org.premortem.product", "linux", "gtk", "x86_64", "plugins");

    @TempDir
    Path cache;

    @Test
    void validatePrintsTheSameWithAndWithoutTheClassCache() throws IOException, InterruptedException {
        assertTrue(Files.isDirectory(PRODUCT), "the launcher runs the built product: build it first (./mvnw verify)");
        String expected = Files.readString(ValidateCommandTest.EXPECTED);

        assertEquals(expected, validate("on"), "first run: prepares the cache");
        assertTrue(cacheIsReady(), "the first run leaves a ready cache in " + cache);
        assertTrue(cachedPicocliVersion() >= 50, "picocli's Java 5 class files are upgraded for the cache");
        assertEquals(expected, validate("on"), "second run: uses the cache");
        assertEquals(expected, validate("off"), "without the cache");
    }

    private String validate(String classCache) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(SCRIPT.toString(), "validate", StatsCommandTest.EXAMPLE.toString())
                .redirectError(ProcessBuilder.Redirect.DISCARD);
        builder.environment().put("PREMORTEM_CACHE", cache.toString());
        builder.environment().put("PREMORTEM_CLASS_CACHE", classCache);
        Process process = builder.start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(2, TimeUnit.MINUTES), "the launcher finishes");
        assertEquals(0, process.exitValue(), out);
        return out;
    }

    private boolean cacheIsReady() throws IOException {
        try (Stream<Path> entries = Files.list(cache)) {
            List<Path> folders = entries.toList();
            return folders.size() == 1 && Files.exists(folders.get(0).resolve("ready"));
        }
    }

    /** The class file major version of picocli's CommandLine in the cache's copy of the picocli jar. */
    private int cachedPicocliVersion() throws IOException {
        try (Stream<Path> jars = Files.find(cache, 3, (path, attributes) -> path.getFileName().toString()
                .startsWith("picocli_") && path.toString().endsWith(".jar"))) {
            Path jar = jars.findFirst().orElseThrow(() -> new AssertionError("no picocli jar in " + cache));
            try (ZipFile zip = new ZipFile(jar.toFile())) {
                byte[] header = zip.getInputStream(zip.getEntry("picocli/CommandLine.class")).readNBytes(8);
                return ((header[6] & 0xff) << 8) | (header[7] & 0xff);
            }
        }
    }
}
