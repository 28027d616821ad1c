/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.core.validation;

import java.io.IOException;
import java.nio.file.Path;

/** A validation settings file holds a value that is not off, error, warning or info. */
public final class InvalidSettingsException extends IOException {

    private static final long serialVersionUID = 1L;

    public InvalidSettingsException(Path file, int line, String ruleId, String value) {
        super(file + (line > 0 ? ":" + line : "") + ": rule " + ruleId + ": '" + value
                + "' is not one of off, error, warning, info");
    }
}
