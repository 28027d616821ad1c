/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;

import org.premortem.core.compare.DiffMarkdown;
import org.premortem.core.compare.DiffText;
import org.premortem.core.compare.ModelDiff;
import org.premortem.core.compare.ModelSnapshot;
import org.premortem.model.stpa.Analysis;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code premortem diff OLD NEW [--format text|md|json]}: what changed between two versions of an analysis, by
 * permanent id. Exits like {@code diff}: 0 equal, 1 different, 2 bad input.
 */
@Command(name = "diff", mixinStandardHelpOptions = true)
final class DiffCommand implements Callable<Integer> {

    static final int DIFFERENT = 1;

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "OLD", descriptionKey = "diff.old")
    private Path oldFile;

    @Parameters(index = "1", paramLabel = "NEW", descriptionKey = "diff.new")
    private Path newFile;

    @Option(names = "--format", defaultValue = "text", paramLabel = "text|md|json", descriptionKey = "diff.format")
    private DiffFormat format;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        Optional<Analysis> before = AnalysisFileLoader.load(oldFile, err);
        Optional<Analysis> after = AnalysisFileLoader.load(newFile, err);
        if (before.isEmpty() || after.isEmpty()) {
            return CommandLine.ExitCode.USAGE;
        }
        ModelDiff diff = ModelDiff.between(ModelSnapshot.of(before.get()), ModelSnapshot.of(after.get()));
        String oldName = oldFile.toString();
        String newName = newFile.toString();
        String output = switch (format) {
            case TEXT -> DiffText.of(diff, oldName, newName);
            case MD -> DiffMarkdown.of(diff, oldName, newName);
            case JSON -> DiffJson.of(diff, oldName, newName) + "\n";
        };
        spec.commandLine().getOut().print(output);
        return diff.isEmpty() ? CommandLine.ExitCode.OK : DIFFERENT;
    }
}
