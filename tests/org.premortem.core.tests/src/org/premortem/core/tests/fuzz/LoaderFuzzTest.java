/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.core.tests.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.premortem.core.persistence.AnalysisStore;
import org.premortem.core.synthetic.SyntheticAnalysis;
import org.premortem.core.validation.RuleRegistry;
import org.premortem.validation.LossWithoutHazardRule;
import org.premortem.validation.structure.ColdStartRule;

/**
 * Seeded mutation fuzzing of the loader: mutants of the hostile corpus, the shipped example and synthetic analyses,
 * each checked by {@link LoaderOracle} and bounded to one second of the checking thread's CPU time (not of the
 * clock, which a busy build machine stretches: a long run shares two cores with other builds). 5,000 inputs in the normal test run; the long run
 * takes {@code -Dpremortem.fuzz.inputs=100000} (and {@code -Dpremortem.fuzz.seed=N}, or a list {@code =1,7,99}, for
 * other inputs). A failing input
 * is written to {@code target/fuzz-failures/} to replay.
 */
class LoaderFuzzTest {

    private static final int DEFAULT_INPUTS = 5_000;
    private static final long DEFAULT_SEED = 20_261_128L;
    private static final long TIME_LIMIT_NANOS = 1_000_000_000L;
    private static final int MAX_SEED_SIZE = 64 * 1024;
    private static final Path FAILURES = Path.of("target", "fuzz-failures");
    private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

    @Test
    void everyInputIsRejectedClearlyOrSurvivesASaveWithinOneSecond() throws IOException {
        int inputs = Integer.getInteger("premortem.fuzz.inputs", DEFAULT_INPUTS);
        List<byte[]> seeds = seeds();
        Mutator mutator = new Mutator(seeds);
        LoaderOracle oracle = new LoaderOracle(RuleRegistry.fromServiceLoader(
                LossWithoutHazardRule.class.getClassLoader(), ColdStartRule.class.getClassLoader()));
        for (byte[] bytes : seeds) {
            oracle.check(bytes); // warms the JIT: the time limit is about inputs, not about class loading
        }
        List<String> failures = new ArrayList<>();
        for (long seed : fuzzSeeds()) {
            long started = System.nanoTime();
            int failed = failures.size();
            int accepted = run(mutator, oracle, seed, inputs, failures);
            System.out.printf("LoaderFuzzTest: seed %d, %,d inputs, %,d accepted, %d failed, %.1f s%n", seed, inputs,
                    accepted, failures.size() - failed, (System.nanoTime() - started) / 1e9);
            assertTrue(accepted > 0 && accepted < inputs, "the mutants mix accepted and rejected files: " + accepted);
        }
        assertEquals(List.of(), failures.stream().limit(20).toList(), failures.size() + " inputs failed");
    }

    /** The seeds of the run: {@code -Dpremortem.fuzz.seed=N} or a list, {@code =1,7,99}; by default one. */
    private static List<Long> fuzzSeeds() {
        String given = System.getProperty("premortem.fuzz.seed");
        if (given == null || given.isBlank()) {
            return List.of(DEFAULT_SEED);
        }
        return Arrays.stream(given.split(",")).map(String::strip).map(Long::valueOf).toList();
    }

    /** Checks {@code inputs} mutants of one seed, adding failures; returns how many files were accepted. */
    private static int run(Mutator mutator, LoaderOracle oracle, long seed, int inputs, List<String> failures)
            throws IOException {
        int accepted = 0;
        for (int i = 0; i < inputs; i++) {
            Mutator.Input input = mutator.input(seed, i);
            long start = CPU.getCurrentThreadCpuTime();
            Optional<String> failure = oracle.check(input.bytes());
            long elapsed = CPU.getCurrentThreadCpuTime() - start;
            if (elapsed > TIME_LIMIT_NANOS) {
                failure = Optional.of("took " + elapsed / 1_000_000 + " ms of CPU time");
            }
            if (failure.isPresent()) {
                failures.add("seed " + seed + ": " + report(seed, input, failure.get()));
            } else if (accepted(input.bytes())) {
                accepted++;
            }
        }
        return accepted;
    }

    private static boolean accepted(byte[] bytes) {
        try {
            AnalysisStore.parse(LoaderOracle.ORIGIN, bytes);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static String report(long seed, Mutator.Input input, String failure) throws IOException {
        Files.createDirectories(FAILURES);
        Path file = FAILURES.resolve("seed-" + seed + "-input-" + input.index() + ".premortem");
        Files.write(file, input.bytes());
        return "input " + input.index() + " (" + input.trail() + ", saved as " + file + "): " + failure;
    }

    /** The small files of the hostile corpus, the shipped example, and two synthetic analyses. */
    private static List<byte[]> seeds() throws IOException {
        List<byte[]> seeds = new ArrayList<>();
        try (Stream<Path> corpus = Files.list(Path.of("fixtures", "hostile"))) {
            for (Path file : corpus.sorted().toList()) {
                if (Files.size(file) <= MAX_SEED_SIZE) {
                    seeds.add(Files.readAllBytes(file));
                }
            }
        }
        seeds.add(Files.readAllBytes(Path.of("..", "..", "bundles", "org.premortem.examples", "projects",
                "dynamodb-dns", "dynamodb-dns.premortem")));
        seeds.add(AnalysisStore.serialize(SyntheticAnalysis.generate(6, 1)));
        seeds.add(AnalysisStore.serialize(SyntheticAnalysis.generate(25, 2)));
        return seeds;
    }
}
