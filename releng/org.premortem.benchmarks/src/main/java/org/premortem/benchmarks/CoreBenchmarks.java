/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.benchmarks;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.premortem.core.persistence.AnalysisStore;
import org.premortem.core.stats.AnalysisStatistics;
import org.premortem.core.validation.Finding;
import org.premortem.core.validation.ValidationSettings;
import org.premortem.core.validation.Validator;
import org.premortem.model.stpa.Analysis;

/**
 * What a user waits for on a large analysis: opening it (load: read, parse, link, check), saving it (serialize,
 * write, flush to disk, rename), validating it with every built-in rule, and counting it. The report exporters and
 * the diagram layout have theirs in {@link ReportBenchmarks} and {@link LayoutBenchmarks}.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class CoreBenchmarks {

    @Benchmark
    public Analysis load(SyntheticModel model) throws IOException {
        return AnalysisStore.load(model.file);
    }

    @Benchmark
    public void save(SyntheticModel model) throws IOException {
        AnalysisStore.save(model.analysis, model.saveTarget);
    }

    @Benchmark
    public List<Finding> validate(SyntheticModel model) {
        return new Validator(model.rules, ValidationSettings.defaults()).validate(model.analysis);
    }

    @Benchmark
    public AnalysisStatistics stats(SyntheticModel model) {
        return AnalysisStatistics.of(model.analysis);
    }

    /**
     * {@link #stats} as {@code ./premortem stats} runs it: once, with the model's objects out of the processor's
     * caches. Run again and again, the walk over a 10k model (about 30 MiB) finds it in the caches and the one over
     * a 100k model (300 MiB) does not, so the hot figures' 100k / 10k ratio measures the caches more than the walk.
     */
    @Benchmark
    public AnalysisStatistics statsUncached(SyntheticModel model, CacheEviction eviction) {
        return AnalysisStatistics.of(model.analysis);
    }

    /** Before each call (not timed), writes to 256 MiB, more than any processor cache holds. */
    @State(Scope.Thread)
    public static class CacheEviction {
        private final byte[] elsewhere = new byte[256 << 20];

        @Setup(Level.Invocation)
        public void evict() {
            for (int i = 0; i < elsewhere.length; i += 64) {
                elsewhere[i]++;
            }
        }
    }
}
