/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.cli;

import java.util.Objects;

import org.premortem.core.validation.RuleRegistry;

/** What the commands use besides their arguments: the registries, filled before the command line runs. */
public record CommandServices(RuleRegistry rules) {

    public CommandServices {
        Objects.requireNonNull(rules, "rules");
    }

    /** The contributions found on the class path through {@link java.util.ServiceLoader} (plain-Java launch). */
    public static CommandServices fromClassPath() {
        return new CommandServices(RuleRegistry.fromServiceLoader(CommandServices.class.getClassLoader()));
    }
}
