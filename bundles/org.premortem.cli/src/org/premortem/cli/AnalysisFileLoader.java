/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;

import org.premortem.core.persistence.AnalysisStore;
import org.premortem.core.persistence.ModelLoadException;
import org.premortem.model.stpa.Analysis;

/** Loads the FILE argument of a command, or reports on one line why it cannot (file, line, reason). */
final class AnalysisFileLoader {

    private AnalysisFileLoader() {
    }

    static Optional<Analysis> load(Path file, PrintWriter err) {
        try {
            return Optional.of(AnalysisStore.load(file));
        } catch (ModelLoadException e) {
            int more = e.problems().size() - 1;
            err.println("premortem: " + e.getMessage() + (more > 0 ? " (and " + more + " more problems)" : ""));
            return Optional.empty();
        }
    }
}
