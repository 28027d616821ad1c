/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;

import org.premortem.core.stats.AnalysisStatistics;
import org.premortem.model.stpa.Analysis;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonObject;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code premortem stats FILE [--format text|json]}: how many elements of each kind an analysis holds. */
@Command(name = "stats", mixinStandardHelpOptions = true)
final class StatsCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", descriptionKey = "stats.file")
    private Path file;

    @Option(names = "--format", defaultValue = "text", paramLabel = "text|json", descriptionKey = "stats.format")
    private OutputFormat format;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        Optional<Analysis> analysis = AnalysisFileLoader.load(file, spec.commandLine().getErr());
        if (analysis.isEmpty()) {
            return CommandLine.ExitCode.USAGE;
        }
        AnalysisStatistics statistics = AnalysisStatistics.of(analysis.get());
        if (format == OutputFormat.JSON) {
            out.println(json(statistics));
        } else {
            out.println(file + " (format " + statistics.formatVersion() + ")");
            for (Map.Entry<String, Integer> count : statistics.counts().entrySet()) {
                out.printf("  %-22s %d%n", count.getKey(), count.getValue());
            }
        }
        return CommandLine.ExitCode.OK;
    }

    private String json(AnalysisStatistics statistics) {
        JsonObject json = new JsonObject();
        json.addProperty("file", file.toString());
        json.addProperty("formatVersion", statistics.formatVersion());
        statistics.counts().forEach(json::addProperty);
        return new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create().toJson(json);
    }
}
