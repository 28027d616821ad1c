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

    private FakeBrowser(Path folder, boolean behindAFailingOne) throws IOException {
        opened = folder.resolve("opened.txt");
        Path script = script(folder.resolve("fake-browser"), "printf '%s\\n' \"$1\" >> '" + opened + "'");
        String commands = script.toString();
        if (behindAFailingOne) {
            // as xdg-open when no program opens the page, or a browser that cannot run: fails at once
            commands = script(folder.resolve("failing-opener"), "exit 4") + "," + commands;
        }
        previous = System.getProperty(Browsers.COMMANDS);
        System.setProperty(Browsers.COMMANDS, commands);
    }

    private static Path script(Path file, String body) throws IOException {
        Files.writeString(file, "#!/bin/sh\n" + body + "\n", StandardCharsets.UTF_8);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwx------"));
        return file;
    }

    /** Installs the fake as the only browser there is. */
    static FakeBrowser install(Path folder) throws IOException {
        return new FakeBrowser(folder, false);
    }

    /** Installs the fake behind a command that is found first but fails at once. */
    static FakeBrowser installBehindAFailingOne(Path folder) throws IOException {
        return new FakeBrowser(folder, true);
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
