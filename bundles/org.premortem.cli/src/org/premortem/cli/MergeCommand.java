/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;

import org.premortem.core.compare.Messages;
import org.premortem.core.merge.AnalysisMerge;
import org.premortem.core.merge.MergeReport;
import org.premortem.core.persistence.AnalysisStore;
import org.premortem.core.persistence.ModelLoadException;
import org.premortem.model.stpa.Analysis;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code premortem merge BASE OURS THEIRS [-o OUT]}: the three-way merge of two versions of an analysis, as a git
 * merge driver ({@code premortem merge %O %A %B -o %A}). Exit 0 merged cleanly, 1 conflicts (recorded in OUT,
 * which holds ours' values and loads), 2 bad input (nothing is written).
 */
@Command(name = "merge", mixinStandardHelpOptions = true)
final class MergeCommand implements Callable<Integer> {

    static final int CONFLICTS = 1;

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "BASE", descriptionKey = "merge.base")
    private Path baseFile;

    @Parameters(index = "1", paramLabel = "OURS", descriptionKey = "merge.ours")
    private Path oursFile;

    @Parameters(index = "2", paramLabel = "THEIRS", descriptionKey = "merge.theirs")
    private Path theirsFile;

    @Option(names = { "-o", "--out" }, paramLabel = "OUT", descriptionKey = "merge.out")
    private Path out;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        // git passes an empty file as the ancestor when both branches added the file
        boolean noBase = Files.isRegularFile(baseFile) && Files.size(baseFile) == 0;
        Optional<Analysis> base = noBase ? Optional.empty() : AnalysisFileLoader.load(baseFile, err);
        Optional<Analysis> ours = AnalysisFileLoader.load(oursFile, err);
        Optional<Analysis> theirs = AnalysisFileLoader.load(theirsFile, err);
        if (!noBase && base.isEmpty() || ours.isEmpty() || theirs.isEmpty()) {
            return CommandLine.ExitCode.USAGE;
        }
        AnalysisMerge.Outcome outcome;
        try {
            outcome = noBase ? AnalysisMerge.mergeWithoutBase(ours.get(), theirs.get())
                    : AnalysisMerge.merge(base.get(), ours.get(), theirs.get());
        } catch (IllegalArgumentException e) {
            err.println("premortem: " + e.getMessage());
            return CommandLine.ExitCode.USAGE;
        }
        byte[] merged = AnalysisStore.serialize(outcome.analysis());
        Path target = out != null ? out : oursFile;
        try {
            AnalysisStore.parse(target, merged);
        } catch (ModelLoadException e) {
            throw new IllegalStateException("the merge result does not load: " + e.getMessage(), e);
        }
        PrintWriter report = out != null ? spec.commandLine().getOut() : err;
        if (out != null) {
            try {
                AnalysisStore.writeAtomically(out, merged);
            } catch (IOException e) {
                err.println("premortem: " + out + ": cannot write the merged analysis: " + e.getMessage());
                return CommandLine.ExitCode.USAGE;
            }
        } else {
            spec.commandLine().getOut().print(new String(merged, StandardCharsets.UTF_8));
            spec.commandLine().getOut().flush();
        }
        if (noBase) {
            report.println("premortem merge: " + Messages.get("merge.withoutBase"));
        }
        MergeReport.lines(outcome).forEach(line -> report.println("premortem merge: " + line));
        if (!outcome.result().isClean()) {
            report.println(spec.commandLine().getResourceBundle().getString("merge.conflictsLeft")
                    .replace("{0}", Integer.toString(outcome.result().conflicts().size()))
                    .replace("{1}", target.toString()));
            return CONFLICTS;
        }
        return CommandLine.ExitCode.OK;
    }
}
