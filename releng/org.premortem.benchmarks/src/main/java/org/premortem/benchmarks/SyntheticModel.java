/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.premortem.core.persistence.AnalysisStore;
import org.premortem.core.synthetic.SyntheticAnalysis;
import org.premortem.core.validation.RuleRegistry;
import org.premortem.model.stpa.Analysis;

/**
 * A synthetic analysis of {@link #ucas} UCAs, saved to a temporary file and loaded back from it, as a user has it
 * open; and the built-in rules, found through ServiceLoader as on the command line.
 */
@State(Scope.Benchmark)
public class SyntheticModel {

    /** The seed every benchmark uses, so that all runs measure the same models. */
    public static final long SEED = 1;

    @Param({ "1000" })
    public int ucas;

    Path folder;
    Path file;
    Path saveTarget;
    Analysis analysis;
    RuleRegistry rules;

    @Setup(Level.Trial)
    public void setUp() throws IOException {
        folder = Files.createTempDirectory("premortem-benchmark");
        file = folder.resolve("model.premortem");
        saveTarget = folder.resolve("saved.premortem");
        AnalysisStore.save(SyntheticAnalysis.generate(ucas, SEED), file);
        analysis = AnalysisStore.load(file);
        rules = RuleRegistry.fromServiceLoader(SyntheticModel.class.getClassLoader());
    }

    @TearDown(Level.Trial)
    public void tearDown() throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path path : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
