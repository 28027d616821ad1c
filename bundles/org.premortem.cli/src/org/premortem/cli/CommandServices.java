/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.cli;

import java.util.Objects;

import org.premortem.core.report.ReportExporterRegistry;
import org.premortem.core.validation.RuleRegistry;

/** What the commands use besides their arguments: the registries, filled before the command line runs. */
public record CommandServices(RuleRegistry rules, ReportExporterRegistry reports) {

    public CommandServices {
        Objects.requireNonNull(rules, "rules");
        Objects.requireNonNull(reports, "reports");
    }

    /** Validation rules only, no report exporters. */
    public CommandServices(RuleRegistry rules) {
        this(rules, new ReportExporterRegistry());
    }

    /** The contributions found on the class path through {@link java.util.ServiceLoader} (plain-Java launch). */
    public static CommandServices fromClassPath() {
        ClassLoader loader = CommandServices.class.getClassLoader();
        return new CommandServices(RuleRegistry.fromServiceLoader(loader), ReportExporterRegistry.fromServiceLoader(
                loader));
    }
}
