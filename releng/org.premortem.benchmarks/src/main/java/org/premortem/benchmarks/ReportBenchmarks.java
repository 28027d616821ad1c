/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
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
import org.premortem.core.report.ReportExporter;
import org.premortem.core.report.ReportExporterRegistry;
import org.premortem.core.report.ReportInput;
import org.premortem.core.validation.ValidationSettings;
import org.premortem.core.validation.Validator;

/**
 * Writing reports as {@code premortem report} does: the analysis with its validation findings, through the exporters
 * the command line finds (ServiceLoader). PDF runs are few and single: one PDF of a large analysis takes minutes.
 */
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
public class ReportBenchmarks {

    /** The exporters and the report input: the model's analysis with the findings of every built-in rule. */
    @State(Scope.Benchmark)
    public static class Reports {

        ReportInput input;
        ReportExporter html;
        ReportExporter pdf;
        Path folder;

        @Setup(Level.Trial)
        public void setUp(SyntheticModel model) throws IOException {
            input = ReportInput.of(model.analysis, LocalDate.of(2026, 1, 1))
                    .withFindings(new Validator(model.rules, ValidationSettings.defaults()).validate(model.analysis));
            ReportExporterRegistry exporters = ReportExporterRegistry.fromServiceLoader(
                    ReportBenchmarks.class.getClassLoader());
            html = exporters.find("html").orElseThrow(() -> new IllegalStateException("no HTML exporter found"));
            pdf = exporters.find("pdf").orElseThrow(() -> new IllegalStateException("no PDF exporter found"));
            folder = Files.createDirectories(model.folder.resolve("reports"));
        }
    }

    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @Warmup(iterations = 3, time = 2)
    @Measurement(iterations = 5, time = 2)
    public List<Path> html(Reports reports) throws IOException {
        return reports.html.export(reports.input, reports.folder, "report");
    }

    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @Warmup(iterations = 1)
    @Measurement(iterations = 2)
    public List<Path> pdf(Reports reports) throws IOException {
        return reports.pdf.export(reports.input, reports.folder, "report");
    }
}
