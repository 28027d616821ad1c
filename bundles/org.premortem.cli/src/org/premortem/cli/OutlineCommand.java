/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.cli;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;

import org.premortem.core.compare.ModelSnapshot;
import org.premortem.core.compare.OutlineText;
import org.premortem.model.stpa.Analysis;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code premortem outline FILE}: the analysis as a readable outline, the textconv of {@code diff=premortem}. */
@Command(name = "outline", mixinStandardHelpOptions = true)
final class OutlineCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", descriptionKey = "outline.file")
    private Path file;

    @Override
    public Integer call() {
        Optional<Analysis> analysis = AnalysisFileLoader.load(file, spec.commandLine().getErr());
        if (analysis.isEmpty()) {
            return CommandLine.ExitCode.USAGE;
        }
        spec.commandLine().getOut().print(OutlineText.of(ModelSnapshot.of(analysis.get())));
        return CommandLine.ExitCode.OK;
    }
}
