/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.core.interchange;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The file is not valid input for its importer: syntax errors, references to nothing, values out of range. Carries
 * every error found (at least one), each naming its place; the message is their lines.
 */
public final class ImportException extends Exception {

    private static final long serialVersionUID = 1L;

    private final List<ImportNotice> errors;

    public ImportException(List<ImportNotice> errors) {
        super(errors.stream().map(ImportNotice::toString).collect(Collectors.joining("\n")));
        if (errors.isEmpty()) {
            throw new IllegalArgumentException("an import exception needs at least one error");
        }
        this.errors = List.copyOf(errors);
    }

    public ImportException(ImportNotice error) {
        this(List.of(error));
    }

    /** The errors, in file order. */
    public List<ImportNotice> errors() {
        return errors;
    }
}
