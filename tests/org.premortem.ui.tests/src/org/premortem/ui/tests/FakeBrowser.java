/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.ui.tests;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;

import org.premortem.ui.Browsers;

/**
 * A stand-in for the desktop's browser: a script that writes down what it was asked to open, made the command that
 * Premortem finds first ({@link Browsers#COMMANDS}), so tests see what a user's browser would have shown.
 */
final class FakeBrowser implements AutoCloseable {

    private final Path opened;
    private final String previous;

    private FakeBrowser(Path folder) throws IOException {
        opened = folder.resolve("opened.txt");
        Path script = folder.resolve("fake-browser");
        Files.writeString(script, "#!/bin/sh\nprintf '%s\\n' \"$1\" >> '" + opened + "'\n", StandardCharsets.UTF_8);
        Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwx------"));
        previous = System.getProperty(Browsers.COMMANDS);
        System.setProperty(Browsers.COMMANDS, script.toString());
    }

    /** Installs the fake as the only browser there is. */
    static FakeBrowser install(Path folder) throws IOException {
        return new FakeBrowser(folder);
    }

    /** Makes sure no browser is found at all. */
    static AutoCloseable none() {
        String previous = System.getProperty(Browsers.COMMANDS);
        System.setProperty(Browsers.COMMANDS, "/nonexistent/premortem-test-browser");
        return () -> restore(previous);
    }

    /** What the browser was asked to open, in order. */
    List<String> opened() throws IOException {
        return Files.exists(opened) ? Files.readAllLines(opened, StandardCharsets.UTF_8) : List.of();
    }

    @Override
    public void close() {
        restore(previous);
    }

    private static void restore(String previous) {
        if (previous == null) {
            System.clearProperty(Browsers.COMMANDS);
        } else {
            System.setProperty(Browsers.COMMANDS, previous);
        }
    }
}
