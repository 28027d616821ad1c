/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.benchmarks;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import org.openjdk.jmh.profile.GCProfiler;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.results.format.ResultFormatFactory;
import org.openjdk.jmh.results.format.ResultFormatType;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Runs every benchmark at each size in its own forked JVM (10k and smaller with a 1 GiB heap, so passing proves the
 * heap target; larger sizes with the JVM's default heap and collector, as the scaling target asks; the PDF above 10k
 * once, in its own 2 GiB fork), measures the retained heap of loaded models and the cold start of
 * {@code ./premortem}, and writes {@code benchmarks/jmh.json} (JMH's raw results) and {@code benchmarks/results.json}
 * (the summary with the targets).
 * Arguments: the repository root, the sizes (comma-separated), and the unpacked product. System properties:
 * {@code benchmark.include} (a regular expression over benchmark names: only those run; the heap footprint and cold
 * start are then left out), {@code benchmark.exclude} (a regular expression: those do not run, e.g. {@code \.pdf$} when
 * the PDF is measured by {@link PdfScale}), {@code benchmark.jvmArgs} (more arguments for the measurement JVMs, space-separated, e.g.
 * {@code -XX:+UseParallelGC}) and {@code benchmark.name} (the files written are {@code benchmarks/<name>.json} and
 * {@code benchmarks/<name>-jmh.json} instead of {@code results.json} and {@code jmh.json}).
 */
public final class RunBenchmarks {

    /** The benchmark classes to run. */
    static final List<Class<?>> BENCHMARKS = List.of(CoreBenchmarks.class, ReportBenchmarks.class,
            LayoutBenchmarks.class, LiveValidationBenchmarks.class);

    /** The PDF benchmark's name, and a regular expression that matches it alone. */
    private static final String PDF_NAME = ReportBenchmarks.class.getName() + ".pdf";
    private static final String PDF = PDF_NAME + "$";

    /** Above this size the PDF benchmark is not run. */
    static final int LARGEST_PDF = 100_000;

    /**
     * Above this size the PDF runs once, without warm-up, in its own fork with {@link #LARGE_PDF_HEAP}: the target is
     * that a 100k-UCA PDF completes in 2 GiB (the PDF is laid out and written part by part, but the report's content
     * is held whole; see the README's performance section).
     */
    static final int LARGEST_PDF_IN_1G = 10_000;
    static final String LARGE_PDF_HEAP = "2g";

    private RunBenchmarks() {
    }

    public static void main(String[] args) throws RunnerException, IOException, InterruptedException {
        Path root = Path.of(args[0]).toAbsolutePath().normalize();
        List<Integer> sizes = Arrays.stream(args[1].split(",")).map(String::strip).map(Integer::valueOf).toList();
        // JMH starts its measurement JVMs with this JVM's class path: extend it with the product's jars.
        System.setProperty("java.class.path", ProductJars.extend(System.getProperty("java.class.path"),
                Path.of(args[2])));
        String include = System.getProperty("benchmark.include", "").strip();
        List<String> jvmArgs = Arrays.stream(System.getProperty("benchmark.jvmArgs", "").split("\\s+"))
                .filter(argument -> !argument.isEmpty()).toList();
        String exclude = System.getProperty("benchmark.exclude", "").strip();
        String name = System.getProperty("benchmark.name", "").strip();
        List<RunResult> results = new ArrayList<>();
        Map<Integer, Long> footprints = new LinkedHashMap<>();
        for (int size : sizes) {
            results.addAll(new Runner(options(size, include, exclude, jvmArgs)).run());
            if (size > LARGEST_PDF_IN_1G && size <= LARGEST_PDF
                    && (include.isEmpty() || Pattern.compile(include).matcher(PDF_NAME).find())
                    && (exclude.isEmpty() || !Pattern.compile(exclude).matcher(PDF_NAME).find())) {
                results.addAll(new Runner(largePdfOptions(size, jvmArgs)).run());
            }
            if (include.isEmpty()) {
                footprints.put(size, HeapFootprint.retainedBytes(size));
            }
        }
        Optional<ColdStart.Times> validate = include.isEmpty()
                ? ColdStart.measure(root, 20, "validate", ColdStart.EXAMPLE)
                : Optional.empty();
        Optional<ColdStart.Times> version = include.isEmpty() ? ColdStart.measure(root, 20, "--version")
                : Optional.empty();

        Path folder = Files.createDirectories(root.resolve("benchmarks"));
        String raw = name.isEmpty() ? "jmh.json" : name + "-jmh.json";
        try (PrintStream out = new PrintStream(Files.newOutputStream(folder.resolve(raw)), true,
                StandardCharsets.UTF_8)) {
            ResultFormatFactory.getInstance(ResultFormatType.JSON, out).writeOut(results);
        }
        Summary summary = new Summary(results, footprints, validate, version, jvmArgs);
        Files.writeString(folder.resolve(name.isEmpty() ? "results.json" : name + ".json"), summary.json() + "\n",
                StandardCharsets.UTF_8);
        System.out.println(summary.markdown());
    }

    /** The maximum heap of a benchmark's JVM, or "default" when the JVM chooses it (a quarter of the memory). */
    static String heapFor(String operation, int ucas) {
        if ("pdf".equals(operation) && ucas > LARGEST_PDF_IN_1G) {
            return LARGE_PDF_HEAP;
        }
        return ucas <= 10_000 ? "1g" : DEFAULT_HEAP;
    }

    static final String DEFAULT_HEAP = "default";

    private static Options options(int ucas, String include, String exclude, List<String> jvmArgs) {
        OptionsBuilder builder = new OptionsBuilder();
        if (include.isEmpty()) {
            BENCHMARKS.forEach(type -> builder.include(type.getName()));
        } else {
            builder.include(include);
        }
        if (!exclude.isEmpty()) {
            builder.exclude(exclude);
        }
        if (ucas > LARGEST_PDF_IN_1G) {
            builder.exclude(PDF);
        }
        // jvmArgs, not jvmArgsAppend: appended arguments come after this JVM's own (-Xmx2g from the pom), which
        // the default heap must not inherit
        List<String> arguments = new ArrayList<>(List.of("-Djava.awt.headless=true"));
        String heap = heapFor("", ucas);
        if (!DEFAULT_HEAP.equals(heap)) {
            arguments.add("-Xmx" + heap);
        }
        arguments.addAll(jvmArgs);
        // More or longer iterations than the benchmarks' own: at 100k an operation of seconds fills an iteration.
        int iterations = Integer.getInteger("benchmark.iterations", 0);
        if (iterations > 0) {
            builder.measurementIterations(iterations);
        }
        int seconds = Integer.getInteger("benchmark.seconds", 0);
        if (seconds > 0) {
            builder.measurementTime(TimeValue.seconds(seconds));
        }
        return builder.param("ucas", String.valueOf(ucas)).jvmArgs(arguments.toArray(String[]::new))
                .addProfiler(GCProfiler.class).build();
    }

    /** The PDF of a large analysis: one measured run, no warm-up (a run takes minutes), in a larger heap. */
    private static Options largePdfOptions(int ucas, List<String> jvmArgs) {
        OptionsBuilder builder = new OptionsBuilder();
        List<String> arguments = new ArrayList<>(List.of("-Djava.awt.headless=true", "-Xmx" + heapFor("pdf", ucas)));
        arguments.addAll(jvmArgs);
        builder.include(PDF).param("ucas", String.valueOf(ucas))
                .warmupIterations(0).measurementIterations(1)
                .jvmArgs(arguments.toArray(String[]::new));
        return builder.addProfiler(GCProfiler.class).build();
    }
}
