/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.core.ids;

/**
 * Where permanent element ids come from. Permanent ids are never shown to analysts and never change; references
 * in .premortem files use them, so renumbering display ids never breaks a link.
 */
@FunctionalInterface
public interface IdSource {

    /** A new id, unique with overwhelming probability: {@code _} and 22 base64url characters (128 bits). */
    String nextId();

    /** Random ids, for elements created while editing. */
    static IdSource random() {
        return RandomIds.INSTANCE;
    }

    /** A reproducible sequence of ids, for generated models (the shipped example, synthetic benchmarks, tests). */
    static IdSource seeded(long seed) {
        return new SeededIds(seed);
    }
}
