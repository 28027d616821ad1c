/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.cli.tests.git;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** A temporary git repository driven through the real {@code git} command, with its own HOME and no system config. */
final class GitRepository {

    /** What a git command printed and how it exited. */
    record Result(int exitCode, String output) {
    }

    private final Path folder;
    private final Path home;
    private final Path bin;

    GitRepository(Path folder, Path home, Path bin) {
        this.folder = folder;
        this.home = home;
        this.bin = bin;
    }

    Path folder() {
        return folder;
    }

    /** Runs git with the arguments; fails the test when git cannot run at all. */
    Result git(String... arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add("git");
        command.addAll(List.of(arguments));
        return run(command);
    }

    /** Runs a command line of the README (such as {@code git config merge.premortem.driver "…"}) through sh. */
    Result shell(String line) throws IOException, InterruptedException {
        return run(List.of("sh", "-c", line));
    }

    /** Runs git and requires exit 0. */
    String ok(String... arguments) throws IOException, InterruptedException {
        Result result = git(arguments);
        if (result.exitCode() != 0) {
            throw new AssertionError("git " + String.join(" ", arguments) + " exited " + result.exitCode() + ":\n"
                    + result.output());
        }
        return result.output();
    }

    private Result run(List<String> command) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command).directory(folder.toFile()).redirectErrorStream(true);
        Map<String, String> environment = builder.environment();
        environment.put("HOME", home.toString());
        environment.put("GIT_CONFIG_NOSYSTEM", "1");
        environment.put("GIT_AUTHOR_NAME", "Analyst");
        environment.put("GIT_AUTHOR_EMAIL", "analyst@example.org");
        environment.put("GIT_COMMITTER_NAME", "Analyst");
        environment.put("GIT_COMMITTER_EMAIL", "analyst@example.org");
        environment.put("PATH", bin + ":" + environment.getOrDefault("PATH", "/usr/bin:/bin"));
        Process process = builder.start();
        byte[] output = process.getInputStream().readAllBytes();
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("timed out: " + command);
        }
        return new Result(process.exitValue(), new String(output, StandardCharsets.UTF_8));
    }
}
