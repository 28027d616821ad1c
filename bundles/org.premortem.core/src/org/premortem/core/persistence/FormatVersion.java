/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.core.persistence;

import java.util.Set;

/** The version of the .premortem file format, written into every file as the root's {@code formatVersion}. */
public final class FormatVersion {

    /** The version this Premortem writes. */
    public static final String CURRENT = "1.0";

    private static final Set<String> READABLE = Set.of(CURRENT);

    private FormatVersion() {
    }

    /** Whether this Premortem can read files of the given format version. */
    public static boolean isReadable(String version) {
        return READABLE.contains(version);
    }
}
