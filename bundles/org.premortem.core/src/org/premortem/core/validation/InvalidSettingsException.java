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

    private InvalidSettingsException(String message) {
        super(message);
    }

    /** A {@code vocabulary.<kind>} line whose kind is not one of {@code kinds}. */
    public static InvalidSettingsException unknownVocabulary(Path file, int line, String key, String kinds) {
        return new InvalidSettingsException(file + (line > 0 ? ":" + line : "") + ": " + key
                + " is not a vocabulary; known: " + kinds);
    }
}
