/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.core.interchange;

import java.nio.file.Path;
import java.util.Objects;

/**
 * One message about a place in an imported file: an error (in an {@link ImportException}) or a notice (in an
 * {@link ImportResult}). {@code place} says where, in the file's own terms: {@code FILE:LINE:COLUMN} for text formats,
 * {@code FILE:SHEET:ROW:COLUMN} or similar for spreadsheets; it is printed as {@code place: message}.
 */
public record ImportNotice(String place, String message) {

    public ImportNotice {
        Objects.requireNonNull(place, "place");
        Objects.requireNonNull(message, "message");
    }

    /** A message about a line and column (both from 1) of a text file. */
    public static ImportNotice at(Path file, int line, int column, String message) {
        return new ImportNotice(fileName(file) + ":" + line + ":" + column, message);
    }

    /** A message about a place described in the format's own terms, such as {@code Hazards:row 4:column C}. */
    public static ImportNotice in(Path file, String where, String message) {
        return new ImportNotice(fileName(file) + ":" + where, message);
    }

    private static String fileName(Path file) {
        return Objects.requireNonNull(file, "file").toString();
    }

    @Override
    public String toString() {
        return place + ": " + message;
    }
}
