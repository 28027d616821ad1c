/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;

import org.premortem.core.report.ReportDate;
import org.premortem.core.report.ReportExporter;
import org.premortem.core.report.ReportExporterRegistry;
import org.premortem.core.report.ReportInput;
import org.premortem.core.validation.ValidationSettings;
import org.premortem.core.validation.Validator;
import org.premortem.model.stpa.Analysis;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code premortem report FILE [--format html,pdf,md,csv] [--out DIR] [--date yyyy-MM-dd] [--no-validation]}: writes
 * the analysis as reports through the registered exporters and prints the paths written, one per line.
 */
@Command(name = "report", mixinStandardHelpOptions = true)
final class ReportCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @ParentCommand
    private PremortemCommand parent;

    @Parameters(index = "0", paramLabel = "FILE", descriptionKey = "report.file")
    private Path file;

    @Option(names = "--format", split = ",", defaultValue = "html", paramLabel = "FORMAT[,FORMAT...]",
            descriptionKey = "report.format")
    private List<String> formats;

    @Option(names = "--out", paramLabel = "DIR", descriptionKey = "report.out")
    private Path out;

    @Option(names = "--date", paramLabel = "yyyy-MM-dd", descriptionKey = "report.date")
    private String date;

    @Option(names = "--no-validation", descriptionKey = "report.noValidation")
    private boolean noValidation;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        Optional<List<ReportExporter>> exporters = exporters(parent.services().reports(), err);
        Optional<LocalDate> reportDate = reportDate(err);
        if (exporters.isEmpty() || reportDate.isEmpty()) {
            return CommandLine.ExitCode.USAGE;
        }
        Optional<Analysis> analysis = AnalysisFileLoader.load(file, err);
        if (analysis.isEmpty()) {
            return CommandLine.ExitCode.USAGE;
        }
        Path folder = out != null ? out : Optional.ofNullable(file.toAbsolutePath().getParent()).orElse(Path.of("."));
        try {
            ReportInput input = input(analysis.get(), reportDate.get());
            Files.createDirectories(folder);
            for (ReportExporter exporter : exporters.get()) {
                for (Path written : exporter.export(input, folder, baseName())) {
                    spec.commandLine().getOut().println(written);
                }
            }
        } catch (IOException e) {
            err.println("premortem: cannot write the report to " + folder + ": " + e.getMessage());
            return CommandLine.ExitCode.USAGE;
        }
        return CommandLine.ExitCode.OK;
    }

    private ReportInput input(Analysis analysis, LocalDate reportDate) throws IOException {
        ReportInput input = ReportInput.of(analysis, reportDate);
        if (noValidation || parent.services().rules().rules().isEmpty()) {
            return input;
        }
        ValidationSettings settings = ValidationSettings.forModel(file, ValidationSettings.defaults());
        return input.withFindings(new Validator(parent.services().rules(), settings).validate(analysis));
    }

    /** The exporters named by --format, in the order given, or a one-line error naming the known formats. */
    private Optional<List<ReportExporter>> exporters(ReportExporterRegistry registry, PrintWriter err) {
        Set<String> ids = new LinkedHashSet<>();
        for (String format : formats) {
            if (!format.isBlank()) {
                ids.add(format.strip().toLowerCase(java.util.Locale.ROOT));
            }
        }
        List<ReportExporter> exporters = new ArrayList<>();
        for (String id : ids) {
            Optional<ReportExporter> exporter = registry.find(id);
            if (exporter.isEmpty()) {
                err.println("premortem: unknown report format '" + id + "' (known: " + String.join(", ",
                        registry.ids()) + ")");
                return Optional.empty();
            }
            exporters.add(exporter.get());
        }
        if (exporters.isEmpty()) {
            err.println("premortem: no report format given (known: " + String.join(", ", registry.ids()) + ")");
            return Optional.empty();
        }
        return Optional.of(exporters);
    }

    private Optional<LocalDate> reportDate(PrintWriter err) {
        try {
            return Optional.of(ReportDate.resolve(Optional.ofNullable(date)));
        } catch (IllegalArgumentException e) {
            err.println("premortem: " + e.getMessage());
            return Optional.empty();
        }
    }

    /** The report files are named after the model file: dynamodb-dns.premortem gives dynamodb-dns.html. */
    private String baseName() {
        String name = file.getFileName().toString();
        return name.endsWith(".premortem") && name.length() > ".premortem".length()
                ? name.substring(0, name.length() - ".premortem".length()) : name;
    }
}
