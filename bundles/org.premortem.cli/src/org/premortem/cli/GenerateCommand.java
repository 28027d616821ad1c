/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.concurrent.Callable;

import org.premortem.core.persistence.AnalysisStore;
import org.premortem.core.synthetic.SyntheticAnalysis;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code premortem generate --ucas N [--seed S] --out FILE}: writes a synthetic, fully traced analysis with N UCAs,
 * the same file for the same N and seed (for benchmarks and load tests).
 */
@Command(name = "generate", mixinStandardHelpOptions = true)
final class GenerateCommand implements Callable<Integer> {

    /** The seed when none is given. */
    static final long DEFAULT_SEED = 1;

    @Spec
    private CommandSpec spec;

    @Option(names = "--ucas", required = true, paramLabel = "N", descriptionKey = "generate.ucas")
    private int ucas;

    @Option(names = "--seed", defaultValue = "" + DEFAULT_SEED, paramLabel = "S", descriptionKey = "generate.seed")
    private long seed;

    @Option(names = "--out", required = true, paramLabel = "FILE", descriptionKey = "generate.out")
    private Path out;

    @Override
    public Integer call() {
        if (ucas < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), text("generate.tooFew", String.valueOf(ucas)));
        }
        try {
            AnalysisStore.save(SyntheticAnalysis.generate(ucas, seed), out);
        } catch (IOException e) {
            spec.commandLine().getErr().println("premortem: " + out + ": " + e.getMessage());
            return CommandLine.ExitCode.USAGE;
        }
        spec.commandLine().getOut().println(text("generate.done", out, String.valueOf(ucas), String.valueOf(seed)));
        return CommandLine.ExitCode.OK;
    }

    private String text(String key, Object... arguments) {
        return new MessageFormat(spec.resourceBundle().getString(key)).format(arguments);
    }
}
