/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.cli;

import java.util.Objects;
import java.util.concurrent.Callable;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** The top-level {@code premortem} command; the work is done by its subcommands. */
@Command(name = "premortem", mixinStandardHelpOptions = true, versionProvider = BundleVersionProvider.class,
        subcommands = { StatsCommand.class, ValidateCommand.class, ReportCommand.class, ScenariosCommand.class,
                ExtractCommand.class, GenerateCommand.class, DiffCommand.class, MergeCommand.class,
                OutlineCommand.class, ImportCommand.class })
public final class PremortemCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    private final CommandServices services;

    public PremortemCommand(CommandServices services) {
        this.services = Objects.requireNonNull(services, "services");
    }

    /** The registries the subcommands use. */
    CommandServices services() {
        return services;
    }

    /** Without a subcommand there is nothing to do: print the usage and report a usage error. */
    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return CommandLine.ExitCode.USAGE;
    }
}
