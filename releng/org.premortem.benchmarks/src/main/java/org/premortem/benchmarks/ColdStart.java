/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The wall time of a whole {@code ./premortem} process, as a user or a CI job sees it: shell script, JVM start,
 * class loading, the command itself and exit. One unmeasured run first lets the launcher prepare its cache.
 */
final class ColdStart {

    static final String EXAMPLE = "bundles/org.premortem.examples/projects/dynamodb-dns/dynamodb-dns.premortem";

    /** Wall times of the runs in milliseconds, sorted. */
    record Times(String command, List<Double> millis) {

        double min() {
            return millis.get(0);
        }

        double median() {
            int n = millis.size();
            return n % 2 == 1 ? millis.get(n / 2) : (millis.get(n / 2 - 1) + millis.get(n / 2)) / 2;
        }
    }

    private ColdStart() {
    }

    /** Empty when the product is not built (./premortem then cannot run). */
    static Optional<Times> measure(Path root, int runs, String... arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(root.resolve("premortem").toString());
        command.addAll(List.of(arguments));
        if (runOnce(root, command) > 1) {
            return Optional.empty();
        }
        List<Double> millis = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            runOnce(root, command);
            millis.add((System.nanoTime() - start) / 1e6);
        }
        millis.sort(null);
        return Optional.of(new Times("./premortem " + String.join(" ", arguments), millis));
    }

    private static int runOnce(Path root, List<String> command) throws IOException, InterruptedException {
        if (!Files.isExecutable(root.resolve("premortem"))) {
            return 127;
        }
        Process process = new ProcessBuilder(command).directory(root.toFile())
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        return process.waitFor();
    }
}
