/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.benchmarks;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

/** The benchmark figures in a form to read and to commit: per operation and size, the targets, and the scaling. */
final class Summary {

    private static final double MIB = 1024.0 * 1024.0;

    /** The targets for a 10k-UCA analysis, in milliseconds. */
    private static final Map<String, Double> TARGETS_10K = Map.of("load", 500.0, "save", 500.0, "validate", 300.0,
            "html", 2000.0, "pdf", 20000.0, "revalidateAfterATextEdit", 50.0);
    /** Operations and sizes deliberately not run, and why. */
    private static final Map<String, String> NOT_RUN = Map.of();
    private static final double MAX_SCALING = 12;
    private static final double COLD_START_MS = 500;
    private static final double HEAP_LIMIT_MIB = 1024;

    private final Collection<RunResult> results;
    private final Map<Integer, Long> footprints;
    private final Optional<ColdStart.Times> validate;
    private final Optional<ColdStart.Times> version;
    private final List<String> jvmArgs;

    Summary(Collection<RunResult> results, Map<Integer, Long> footprints, Optional<ColdStart.Times> validate,
            Optional<ColdStart.Times> version, List<String> jvmArgs) {
        this.results = results;
        this.footprints = footprints;
        this.validate = validate;
        this.version = version;
        this.jvmArgs = jvmArgs;
    }

    String json() {
        JsonObject root = new JsonObject();
        root.add("machine", machine());
        JsonArray arguments = new JsonArray();
        jvmArgs.forEach(arguments::add);
        root.add("extraJvmArguments", arguments);
        JsonArray operations = new JsonArray();
        for (RunResult result : results) {
            JsonObject item = new JsonObject();
            item.addProperty("operation", operation(result));
            item.addProperty("ucas", ucas(result));
            item.addProperty("ms", round(result.getPrimaryResult().getScore()));
            item.addProperty("msError", round(result.getPrimaryResult().getScoreError()));
            allocation(result).ifPresent(bytes -> item.addProperty("allocatedMiBPerOp", round(bytes / MIB)));
            item.addProperty("heapLimit", RunBenchmarks.heapFor(operation(result), ucas(result)));
            operations.add(item);
        }
        root.add("operations", operations);
        JsonObject heap = new JsonObject();
        footprints.forEach((ucas, bytes) -> heap.addProperty(String.valueOf(ucas), round(bytes / MIB)));
        root.add("retainedHeapMiBOfLoadedModel", heap);
        validate.ifPresent(times -> root.add("coldStart", coldStart(times)));
        version.ifPresent(times -> root.add("coldStartVersion", coldStart(times)));
        root.add("targets", targets());
        JsonObject notRun = new JsonObject();
        NOT_RUN.forEach(notRun::addProperty);
        root.add("notRun", notRun);
        return new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create().toJson(root);
    }

    /** A Markdown table of the figures, for the README's performance section. */
    String markdown() {
        StringBuilder table = new StringBuilder("| operation | UCAs | time (ms/op) | allocated (MiB/op) | heap limit |\n"
                + "|---|---:|---:|---:|---|\n");
        for (RunResult result : results) {
            table.append(String.format(Locale.ROOT, "| %s | %,d | %.1f ± %.1f | %s | %s |%n", operation(result),
                    ucas(result), result.getPrimaryResult().getScore(), result.getPrimaryResult().getScoreError(),
                    allocation(result).map(b -> String.format(Locale.ROOT, "%.0f", b / MIB)).orElse("–"),
                    RunBenchmarks.heapFor(operation(result), ucas(result))));
        }
        footprints.forEach((ucas, bytes) -> table.append(String.format(Locale.ROOT,
                "%nRetained heap of a loaded %,d-UCA model: %.0f MiB", ucas, bytes / MIB)));
        validate.ifPresent(t -> table.append(String.format(Locale.ROOT, "%n%s: min %.0f ms, median %.0f ms",
                t.command(), t.min(), t.median())));
        version.ifPresent(t -> table.append(String.format(Locale.ROOT, "%n%s: min %.0f ms, median %.0f ms",
                t.command(), t.min(), t.median())));
        return table.toString();
    }

    private JsonArray targets() {
        JsonArray targets = new JsonArray();
        TARGETS_10K.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(target -> {
            Optional<Double> actual = score(target.getKey(), 10_000);
            targets.add(target(target.getKey() + " of 10k UCAs (ms)", target.getValue(), actual));
        });
        for (String operation : List.of("load", "save", "validate", "stats", "statsUncached", "html", "layout",
                "pdf")) {
            Optional<Double> ratio = score(operation, 100_000)
                    .flatMap(large -> score(operation, 10_000).map(small -> large / small));
            targets.add(target(operation + ": 100k / 10k time ratio", MAX_SCALING, ratio));
        }
        Optional<Double> heap = Optional.ofNullable(footprints.get(10_000)).map(bytes -> bytes / MIB);
        targets.add(target("retained heap of a loaded 10k-UCA model (MiB); all 10k benchmarks but the PDF ran in "
                + "-Xmx1g",
                HEAP_LIMIT_MIB, heap));
        targets.add(target("./premortem validate on the example, median wall time (ms)", COLD_START_MS,
                validate.map(ColdStart.Times::median)));
        return targets;
    }

    private static JsonObject target(String what, double limit, Optional<Double> actual) {
        JsonObject target = new JsonObject();
        target.addProperty("target", what);
        target.addProperty("limit", limit);
        actual.ifPresentOrElse(value -> {
            target.addProperty("actual", round(value));
            target.addProperty("met", value < limit);
        }, () -> target.addProperty("met", "not measured"));
        return target;
    }

    private Optional<Double> score(String operation, int ucas) {
        return results.stream().filter(r -> operation.equals(operation(r)) && ucas(r) == ucas)
                .map(r -> r.getPrimaryResult().getScore()).findFirst();
    }

    private static JsonObject coldStart(ColdStart.Times times) {
        JsonObject json = new JsonObject();
        json.addProperty("command", times.command());
        json.addProperty("runs", times.millis().size());
        json.addProperty("minMs", round(times.min()));
        json.addProperty("medianMs", round(times.median()));
        return json;
    }

    /** The 1, 5 and 15 minute load averages (Linux), to show that nothing else ran beside the benchmarks. */
    private static String loadAverage() {
        try {
            String[] fields = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return fields[0] + " " + fields[1] + " " + fields[2];
        } catch (IOException | RuntimeException e) {
            return "unknown";
        }
    }

    private static JsonObject machine() {
        JsonObject machine = new JsonObject();
        machine.addProperty("date", Instant.now().truncatedTo(ChronoUnit.SECONDS).toString());
        machine.addProperty("processors", Runtime.getRuntime().availableProcessors());
        machine.addProperty("os", System.getProperty("os.name") + " " + System.getProperty("os.version"));
        machine.addProperty("java", System.getProperty("java.vm.name") + " " + System.getProperty("java.version"));
        machine.addProperty("loadAverageAtEnd", loadAverage());
        return machine;
    }

    private static String operation(RunResult result) {
        String benchmark = result.getParams().getBenchmark();
        return benchmark.substring(benchmark.lastIndexOf('.') + 1);
    }

    private static int ucas(RunResult result) {
        return Integer.parseInt(result.getParams().getParam("ucas"));
    }

    private static Optional<Double> allocation(RunResult result) {
        Result<?> allocation = result.getSecondaryResults().get("gc.alloc.rate.norm");
        return Optional.ofNullable(allocation).map(Result::getScore);
    }

    /** To 0.1, or to three significant digits below 1 (stats takes hundredths of a millisecond at 1k). */
    private static double round(double value) {
        if (value != 0 && Math.abs(value) < 1) {
            return new BigDecimal(value).round(new MathContext(3)).doubleValue();
        }
        return Math.round(value * 10) / 10.0;
    }
}
