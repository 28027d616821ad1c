/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;

import org.premortem.core.interchange.AnalysisImporter;
import org.premortem.core.interchange.AnalysisImporterRegistry;
import org.premortem.core.interchange.ImportException;
import org.premortem.core.interchange.ImportNotice;
import org.premortem.core.interchange.ImportRequest;
import org.premortem.core.interchange.ImportResult;
import org.premortem.core.persistence.AnalysisStore;
import org.premortem.core.stats.AnalysisStatistics;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code premortem import FILE [--format FORMAT] [--out FILE.premortem] [--dry-run] [--update EXISTING.premortem
 * [--delete-missing]]}: reads an analysis kept in another tool's format through the registered importers and writes it
 * as a {@code .premortem} file; with {@code --update} (formats that can update, such as xlsx) FILE changes an existing
 * analysis, which is rewritten atomically unless {@code --out} names another file, and the change summary is printed. Prints what had no place
 * in Premortem (one {@code PLACE: message} line each) and how many elements of each kind were read. Bad input prints
 * {@code FILE:LINE:COLUMN: message} lines, exits 2 and writes nothing.
 */
@Command(name = "import", mixinStandardHelpOptions = true)
final class ImportCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @ParentCommand
    private PremortemCommand parent;

    @Parameters(index = "0", paramLabel = "FILE", descriptionKey = "import.file")
    private Path file;

    @Option(names = "--format", paramLabel = "FORMAT", descriptionKey = "import.format")
    private String format;

    @Option(names = "--out", paramLabel = "FILE.premortem", descriptionKey = "import.out")
    private Path out;

    @Option(names = "--dry-run", descriptionKey = "import.dryRun")
    private boolean dryRun;

    @Option(names = "--update", paramLabel = "EXISTING.premortem", descriptionKey = "import.update")
    private Path update;

    @Option(names = "--delete-missing", descriptionKey = "import.deleteMissing")
    private boolean deleteMissing;

    /** The analysis of --update, loaded by {@link #call()}. */
    private Optional<org.premortem.model.stpa.Analysis> existing = Optional.empty();

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        Optional<AnalysisImporter> importer = importer(parent.services().importers(), err);
        if (importer.isEmpty()) {
            return CommandLine.ExitCode.USAGE;
        }
        if (!updateOptionsFit(importer.get(), err)) {
            return CommandLine.ExitCode.USAGE;
        }
        Path target = out != null ? out : update != null ? update : defaultOut();
        if (!dryRun && out == null && update == null && Files.exists(target)) {
            err.println(ScenariosCommand.text("import.exists", target));
            return CommandLine.ExitCode.USAGE;
        }
        ImportResult result;
        try {
            result = importer.get().read(request());
        } catch (ImportException e) {
            e.errors().forEach(err::println);
            return CommandLine.ExitCode.USAGE;
        } catch (IOException e) {
            err.println(ScenariosCommand.text("import.cannotRead", file, e.getMessage()));
            return CommandLine.ExitCode.USAGE;
        }
        report(result);
        if (dryRun) {
            return CommandLine.ExitCode.OK;
        }
        try {
            AnalysisStore.save(result.analysis(), target);
        } catch (IOException e) {
            err.println(ScenariosCommand.text("import.cannotWrite", target, e.getMessage()));
            return CommandLine.ExitCode.USAGE;
        }
        spec.commandLine().getOut().println(target);
        return CommandLine.ExitCode.OK;
    }

    /** What the importer is asked: FILE, and with --update the analysis to change (and --delete-missing). */
    ImportRequest request() {
        return new ImportRequest(file, existing, deleteMissing);
    }

    /**
     * Checks --update and --delete-missing and loads the analysis to update; one line on standard error when they do
     * not fit: --delete-missing without --update, --update for a format that only creates analyses, a file that is
     * not a readable analysis.
     */
    private boolean updateOptionsFit(AnalysisImporter importer, PrintWriter err) {
        if (update == null) {
            if (deleteMissing) {
                err.println(ScenariosCommand.text("import.deleteMissingAlone"));
                return false;
            }
            return true;
        }
        if (!importer.canUpdate()) {
            err.println(ScenariosCommand.text("import.cannotUpdate", importer.id()));
            return false;
        }
        existing = AnalysisFileLoader.load(update, err);
        return existing.isPresent();
    }

    /** The notices, the change summary of an update, and the element counts, on standard output. */
    private void report(ImportResult result) {
        PrintWriter stdout = spec.commandLine().getOut();
        for (ImportNotice notice : result.notices()) {
            stdout.println(ScenariosCommand.text("import.notice", notice.place(), notice.message()));
        }
        result.changes().forEach(stdout::println);
        stdout.println(ScenariosCommand.text(dryRun ? "import.wouldRead" : "import.read", file));
        for (Map.Entry<String, Integer> count : AnalysisStatistics.of(result.analysis()).counts().entrySet()) {
            stdout.printf("  %-22s %d%n", count.getKey(), count.getValue());
        }
    }

    /** The importer named by --format, else the one claiming FILE's extension, or a one-line error. */
    private Optional<AnalysisImporter> importer(AnalysisImporterRegistry registry, PrintWriter err) {
        String known = String.join(", ", registry.ids());
        if (format != null) {
            Optional<AnalysisImporter> named = registry.find(format.strip().toLowerCase(Locale.ROOT));
            if (named.isEmpty()) {
                err.println(ScenariosCommand.text("import.unknownFormat", format, known));
            }
            return named;
        }
        Optional<AnalysisImporter> byExtension = registry.forFile(file);
        if (byExtension.isEmpty()) {
            err.println(ScenariosCommand.text("import.noFormat", file, known));
        }
        return byExtension;
    }

    /** FILE with its extension replaced by .premortem, beside it. */
    private Path defaultOut() {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return file.resolveSibling((dot > 0 ? name.substring(0, dot) : name) + ".premortem");
    }
}
