/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import java.util.concurrent.Callable;

import org.premortem.core.persistence.AtomicFile;
import org.premortem.report.pdf.AttachedModel;
import org.premortem.report.pdf.ModelFile;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code premortem extract REPORT.pdf [--out FILE]}: writes the model a PDF report carries (the {@code .premortem} file
 * it was made from) back out and prints its path. Without {@code --out} it goes beside the PDF under the name the
 * report gives it, and an existing different file there is left alone.
 */
@Command(name = "extract", mixinStandardHelpOptions = true)
final class ExtractCommand implements Callable<Integer> {

    private static final String EXTENSION = ".premortem";

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "REPORT.pdf", descriptionKey = "extract.file")
    private Path report;

    @Option(names = "--out", paramLabel = "FILE", descriptionKey = "extract.out")
    private Path out;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        Optional<ModelFile> model;
        try {
            model = AttachedModel.read(report);
        } catch (NoSuchFileException e) {
            err.println("premortem: " + report + ": no such file");
            return CommandLine.ExitCode.USAGE;
        } catch (IOException e) {
            err.println("premortem: " + report + ": " + e.getMessage());
            return CommandLine.ExitCode.USAGE;
        }
        if (model.isEmpty()) {
            err.println("premortem: " + report + ": the PDF carries no Premortem model (only archival reports do)");
            return CommandLine.ExitCode.USAGE;
        }
        byte[] bytes = model.get().bytes();
        Path target = out != null ? out : besideReport(model.get().fileName());
        try {
            if (out == null && Files.exists(target) && !Arrays.equals(Files.readAllBytes(target), bytes)) {
                err.println("premortem: " + target + " exists and differs from the model in " + report
                        + "; choose another file with --out");
                return CommandLine.ExitCode.USAGE;
            }
            Path parent = target.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            AtomicFile.write(target, bytes);
        } catch (IOException e) {
            err.println("premortem: cannot write " + target + ": " + e.getMessage());
            return CommandLine.ExitCode.USAGE;
        }
        spec.commandLine().getOut().println(target);
        return CommandLine.ExitCode.OK;
    }

    /**
     * The model's file beside the report, under the name the report gives it: only its last part, and only a
     * {@code .premortem} name, so a crafted name cannot point elsewhere; else the report's name.
     */
    private Path besideReport(String embeddedName) {
        Path folder = Optional.ofNullable(report.toAbsolutePath().getParent()).orElse(Path.of("."));
        String name = embeddedName.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1);
        if (!name.endsWith(EXTENSION) || name.length() == EXTENSION.length() || name.startsWith(".")) {
            String pdf = report.getFileName().toString();
            name = (pdf.toLowerCase(java.util.Locale.ROOT).endsWith(".pdf") ? pdf.substring(0, pdf.length() - 4)
                    : pdf) + EXTENSION;
        }
        return folder.resolve(name);
    }
}
