/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.core.ids;

import java.util.SplittableRandom;

/** A reproducible id sequence from a seed. */
final class SeededIds implements IdSource {

    private final SplittableRandom random;

    SeededIds(long seed) {
        this.random = new SplittableRandom(seed);
    }

    @Override
    public String nextId() {
        return IdFormat.format(random.nextLong(), random.nextLong());
    }
}
