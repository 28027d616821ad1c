/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The workload {@code ./premortem} records once per build into a JVM class cache (AOT cache or CDS archive), so that
 * later runs start with their classes already loaded and linked: the quick commands on a small generated analysis,
 * all output discarded. Reports are left out: their classes (ELK, openhtmltopdf, PDFBox, Batik) would make every
 * start map and link thousands of classes for a command whose own work takes far longer. Not a command for users.
 */
public final class StartupTraining {

    private StartupTraining() {
    }

    public static void main(String[] args) throws IOException {
        Path folder = Files.createTempDirectory("premortem-training");
        try {
            String model = folder.resolve("training.premortem").toString();
            for (List<String> command : List.of(List.of("generate", "--ucas", "40", "--out", model),
                    List.of("--version"), List.of("--help"), List.of("stats", model),
                    List.of("stats", model, "--format", "json"), List.of("validate", model),
                    List.of("validate", model, "--format", "json"), List.of("validate", model, "--format", "sarif"))) {
                PrintWriter sink = new PrintWriter(Writer.nullWriter());
                Main.run(sink, sink, command.toArray(String[]::new));
            }
        } finally {
            try (Stream<Path> files = Files.walk(folder)) {
                for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(file);
                }
            }
        }
    }
}
