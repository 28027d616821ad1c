/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.core.interchange;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

import org.premortem.model.stpa.Analysis;

/**
 * What to import: the file, and optionally an analysis to update in place (only for importers that
 * {@linkplain AnalysisImporter#canUpdate() can update}); {@code deleteMissing} asks an update to remove the elements
 * the file no longer has.
 */
public record ImportRequest(Path file, Optional<Analysis> existing, boolean deleteMissing) {

    public ImportRequest {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(existing, "existing");
    }

    /** A request to read the file as a new analysis. */
    public static ImportRequest of(Path file) {
        return new ImportRequest(file, Optional.empty(), false);
    }
}
