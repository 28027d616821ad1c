/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.core.ids;

import java.security.SecureRandom;

/** Random 128-bit ids. */
final class RandomIds implements IdSource {

    static final RandomIds INSTANCE = new RandomIds();

    private final SecureRandom random = new SecureRandom();

    private RandomIds() {
    }

    @Override
    public String nextId() {
        return IdFormat.format(random.nextLong(), random.nextLong());
    }
}
