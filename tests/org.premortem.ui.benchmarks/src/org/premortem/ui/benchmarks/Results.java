/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.ui.benchmarks;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * What a benchmark run measured, written as JSON ({@code benchmarks/workbench.json}): the machine and its load, each
 * operation at each size with its figures and, where the issue set one, the target and whether it was met.
 */
final class Results {

    /** Which figure a target is compared with. */
    enum Judged {
        MEDIAN, MAX
    }

    /** One operation at one size. */
    record Operation(String name, String size, Samples samples, String unit, Double targetMs, Judged judged,
            String note) {

        Optional<Boolean> met() {
            if (targetMs == null || samples.isEmpty()) {
                return Optional.empty();
            }
            double figure = judged == Judged.MAX ? samples.max() : samples.median();
            return Optional.of(figure < targetMs);
        }
    }

    private final List<Operation> operations = new ArrayList<>();
    private final Map<String, Object> facts = new LinkedHashMap<>();
    private final String loadBefore = loadAverage();
    private final Instant started = Instant.now();

    void add(Operation operation) {
        operations.add(operation);
    }

    /** A figure that is not a time (heap, counts), under {@code key}. */
    void fact(String key, Object value) {
        facts.put(key, value);
    }

    List<Operation> operations() {
        return List.copyOf(operations);
    }

    void write(Path file) throws IOException {
        StringBuilder json = new StringBuilder();
        json.append("{\n");
        json.append("  \"benchmark\": \"workbench (UI harness, tests/org.premortem.ui.benchmarks)\",\n");
        json.append("  \"date\": ").append(quote(started.truncatedTo(ChronoUnit.SECONDS).toString())).append(",\n");
        json.append("  \"durationSeconds\": ").append(Instant.now().getEpochSecond() - started.getEpochSecond())
                .append(",\n");
        json.append("  \"machine\": {\n");
        json.append("    \"cpu\": ").append(quote(cpuModel())).append(",\n");
        json.append("    \"cores\": ").append(Runtime.getRuntime().availableProcessors()).append(",\n");
        json.append("    \"memoryGiB\": ").append(String.format(Locale.ROOT, "%.1f", memoryGiB())).append(",\n");
        json.append("    \"os\": ").append(quote(System.getProperty("os.name") + " " + System.getProperty("os.version")
                + " " + System.getProperty("os.arch"))).append(",\n");
        json.append("    \"loadAverageBefore\": ").append(quote(loadBefore)).append(",\n");
        json.append("    \"loadAverageAfter\": ").append(quote(loadAverage())).append("\n");
        json.append("  },\n");
        json.append("  \"java\": ").append(quote(System.getProperty("java.vm.name") + " "
                + System.getProperty("java.runtime.version"))).append(",\n");
        json.append("  \"jvmArguments\": ").append(quote(String.join(" ",
                ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
                        .filter(arg -> arg.startsWith("-X")).toList()))).append(",\n");
        json.append("  \"facts\": {");
        String separator = "\n";
        for (Map.Entry<String, Object> fact : facts.entrySet()) {
            json.append(separator).append("    ").append(quote(fact.getKey())).append(": ").append(value(fact.getValue()));
            separator = ",\n";
        }
        json.append("\n  },\n");
        json.append("  \"operations\": [");
        separator = "\n";
        for (Operation operation : operations) {
            json.append(separator);
            operation(json, operation);
            separator = ",\n";
        }
        json.append("\n  ]\n}\n");
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.writeString(file, json.toString(), StandardCharsets.UTF_8);
    }

    private static void operation(StringBuilder json, Operation operation) {
        Samples samples = operation.samples();
        json.append("    {\"operation\": ").append(quote(operation.name()));
        json.append(", \"size\": ").append(quote(operation.size()));
        json.append(", \"unit\": ").append(quote(operation.unit()));
        json.append(", \"samples\": ").append(samples.count());
        if (!samples.isEmpty()) {
            json.append(", \"min\": ").append(number(samples.min()));
            json.append(", \"median\": ").append(number(samples.median()));
            json.append(", \"p95\": ").append(number(samples.p95()));
            json.append(", \"max\": ").append(number(samples.max()));
        }
        if (operation.targetMs() != null) {
            json.append(", \"target\": ").append(quote("< " + number(operation.targetMs()) + " ms ("
                    + operation.judged().name().toLowerCase(Locale.ROOT) + ")"));
            operation.met().ifPresent(met -> json.append(", \"met\": ").append(met));
        }
        if (operation.note() != null) {
            json.append(", \"note\": ").append(quote(operation.note()));
        }
        if (samples.count() <= 12) {
            json.append(", \"values\": ").append(samples.values().stream().map(Results::number).toList());
        }
        json.append('}');
    }

    private static String value(Object value) {
        return value instanceof Number number ? number(number.doubleValue()) : quote(String.valueOf(value));
    }

    static String number(double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return Long.toString((long) value);
        }
        return String.format(Locale.ROOT, value >= 100 ? "%.0f" : value >= 10 ? "%.1f" : "%.2f", value);
    }

    static String quote(String text) {
        StringBuilder quoted = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
            case '"' -> quoted.append("\\\"");
            case '\\' -> quoted.append("\\\\");
            case '\n' -> quoted.append("\\n");
            default -> {
                if (c < 0x20) {
                    quoted.append(String.format("\\u%04x", (int) c));
                } else {
                    quoted.append(c);
                }
            }
            }
        }
        return quoted.append('"').toString();
    }

    static String loadAverage() {
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
            return parts[0] + " " + parts[1] + " " + parts[2];
        } catch (IOException | RuntimeException e) {
            return "unknown";
        }
    }

    private static String cpuModel() {
        try (Stream<String> lines = Files.lines(Path.of("/proc/cpuinfo"))) {
            return lines.filter(line -> line.startsWith("model name")).map(line -> line.substring(line.indexOf(':') + 1)
                    .trim()).findFirst().orElse("unknown");
        } catch (IOException | RuntimeException e) {
            return "unknown";
        }
    }

    private static double memoryGiB() {
        try (Stream<String> lines = Files.lines(Path.of("/proc/meminfo"))) {
            return lines.filter(line -> line.startsWith("MemTotal:")).mapToDouble(line -> Double.parseDouble(
                    line.replaceAll("[^0-9]", "")) / (1024.0 * 1024)).findFirst().orElse(0);
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }
}
