/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.cli;

import java.util.Objects;
import java.util.function.Supplier;

import org.premortem.core.report.ReportExporterRegistry;
import org.premortem.core.validation.RuleRegistry;

/**
 * What the commands use besides their arguments: the registries. On the plain-Java command line each is filled the
 * first time a command asks for it, so that {@code --version} or {@code stats} do not pay for finding every rule and
 * exporter on a long class path.
 */
public final class CommandServices {

    private final Supplier<RuleRegistry> rules;
    private final Supplier<ReportExporterRegistry> reports;

    public CommandServices(RuleRegistry rules, ReportExporterRegistry reports) {
        Objects.requireNonNull(rules, "rules");
        Objects.requireNonNull(reports, "reports");
        this.rules = () -> rules;
        this.reports = () -> reports;
    }

    /** Validation rules only, no report exporters. */
    public CommandServices(RuleRegistry rules) {
        this(rules, new ReportExporterRegistry());
    }

    private CommandServices(Supplier<RuleRegistry> rules, Supplier<ReportExporterRegistry> reports) {
        this.rules = rules;
        this.reports = reports;
    }

    /** The contributions found on the class path through {@link java.util.ServiceLoader} (plain-Java launch). */
    public static CommandServices fromClassPath() {
        ClassLoader loader = CommandServices.class.getClassLoader();
        return new CommandServices(once(() -> RuleRegistry.fromServiceLoader(loader)),
                once(() -> ReportExporterRegistry.fromServiceLoader(loader)));
    }

    public RuleRegistry rules() {
        return rules.get();
    }

    public ReportExporterRegistry reports() {
        return reports.get();
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
