/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.ui.benchmarks;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Measured times of one operation, in milliseconds, with the order statistics the results report. */
final class Samples {

    private final List<Double> millis = new ArrayList<>();

    void add(double ms) {
        millis.add(ms);
    }

    void addAll(Samples other) {
        millis.addAll(other.millis);
    }

    int count() {
        return millis.size();
    }

    boolean isEmpty() {
        return millis.isEmpty();
    }

    double min() {
        return sorted().get(0);
    }

    double median() {
        return percentile(50);
    }

    double p95() {
        return percentile(95);
    }

    double max() {
        List<Double> sorted = sorted();
        return sorted.get(sorted.size() - 1);
    }

    /** The nearest-rank percentile: the smallest sample that at least {@code p} percent of the samples do not exceed. */
    double percentile(double p) {
        List<Double> sorted = sorted();
        int rank = (int) Math.ceil(p / 100 * sorted.size());
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, rank - 1)));
    }

    List<Double> values() {
        return List.copyOf(millis);
    }

    private List<Double> sorted() {
        if (millis.isEmpty()) {
            throw new IllegalStateException("no samples");
        }
        List<Double> sorted = new ArrayList<>(millis);
        Collections.sort(sorted);
        return sorted;
    }
}
