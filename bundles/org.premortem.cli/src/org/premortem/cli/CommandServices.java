/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.cli;

import java.util.Objects;
import java.util.function.Supplier;

import org.premortem.core.interchange.AnalysisImporterRegistry;
import org.premortem.core.report.ReportExporterRegistry;
import org.premortem.core.validation.RuleRegistry;

/**
 * What the commands use besides their arguments: the registries. On the plain-Java command line each is filled the
 * first time a command asks for it, so that {@code --version} or {@code stats} do not pay for finding every rule,
 * exporter and importer on a long class path.
 */
public final class CommandServices {

    private final Supplier<RuleRegistry> rules;
    private final Supplier<ReportExporterRegistry> reports;
    private final Supplier<AnalysisImporterRegistry> importers;

    public CommandServices(RuleRegistry rules, ReportExporterRegistry reports, AnalysisImporterRegistry importers) {
        Objects.requireNonNull(rules, "rules");
        Objects.requireNonNull(reports, "reports");
        Objects.requireNonNull(importers, "importers");
        this.rules = () -> rules;
        this.reports = () -> reports;
        this.importers = () -> importers;
    }

    /** Validation rules and report exporters, no importers. */
    public CommandServices(RuleRegistry rules, ReportExporterRegistry reports) {
        this(rules, reports, new AnalysisImporterRegistry());
    }

    /** Validation rules only, no report exporters. */
    public CommandServices(RuleRegistry rules) {
        this(rules, new ReportExporterRegistry());
    }

    private CommandServices(Supplier<RuleRegistry> rules, Supplier<ReportExporterRegistry> reports,
            Supplier<AnalysisImporterRegistry> importers) {
        this.rules = rules;
        this.reports = reports;
        this.importers = importers;
    }

    /** The contributions found on the class path through {@link java.util.ServiceLoader} (plain-Java launch). */
    public static CommandServices fromClassPath() {
        ClassLoader loader = CommandServices.class.getClassLoader();
        return new CommandServices(once(() -> RuleRegistry.fromServiceLoader(loader)),
                once(() -> ReportExporterRegistry.fromServiceLoader(loader)),
                once(() -> AnalysisImporterRegistry.fromServiceLoader(loader)));
    }

    public RuleRegistry rules() {
        return rules.get();
    }

    public ReportExporterRegistry reports() {
        return reports.get();
    }

    public AnalysisImporterRegistry importers() {
        return importers.get();
    }

    private static <T> Supplier<T> once(Supplier<T> supplier) {
        return new Supplier<>() {
            private T value;

            @Override
            public synchronized T get() {
                if (value == null) {
                    value = supplier.get();
                }
                return value;
            }
        };
    }
}
