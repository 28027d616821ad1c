/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.core.persistence;

import java.nio.file.Path;
import java.util.Objects;

/**
 * One reason a file could not be loaded, with its place: {@code file:line:column: message}. Line and column are
 * 0 when the problem has no single place (e.g. the file is missing).
 */
public record LoadProblem(Path file, int line, int column, String message) {

    public LoadProblem {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(message, "message");
    }

    @Override
    public String toString() {
        if (line <= 0) {
            return file + ": " + message;
        }
        return file + ":" + line + (column > 0 ? ":" + column : "") + ": " + message;
    }
}
