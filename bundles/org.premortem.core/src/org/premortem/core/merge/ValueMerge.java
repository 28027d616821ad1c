/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.core.merge;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/** Three-way merges of one feature's values: as a whole, or as a set that keeps our order. */
final class ValueMerge {

    private ValueMerge() {
    }

    /**
     * The merged value when at most one side changed it, or both changed it the same way; empty when both changed it
     * differently (a conflict).
     */
    static <T> Optional<List<T>> whole(List<T> base, List<T> ours, List<T> theirs) {
        if (Objects.equals(ours, theirs) || Objects.equals(theirs, base)) {
            return Optional.of(ours);
        }
        if (Objects.equals(ours, base)) {
            return Optional.of(theirs);
        }
        return Optional.empty();
    }

    /**
     * A list of distinct values (references, a set of enum values) merged item by item, which never conflicts: our
     * list, without what theirs removed, with what theirs added placed after its left neighbour in their list.
     */
    static <T> List<T> set(List<T> base, List<T> ours, List<T> theirs) {
        Set<T> inBase = new HashSet<>(base);
        Set<T> inTheirs = new HashSet<>(theirs);
        List<T> result = new ArrayList<>(ours.size() + theirs.size());
        for (T value : ours) {
            if (!inBase.contains(value) || inTheirs.contains(value)) {
                result.add(value);
            }
        }
        insertAfterLeftNeighbours(result, theirs, value -> !inBase.contains(value));
        return result;
    }

    /**
     * Inserts the values of {@code theirs} that {@code insert} accepts and {@code result} lacks, each after the nearest
     * value that precedes it in {@code theirs} and is already in {@code result}, or first when there is none; in
     * their order, so that a run of insertions stays a run.
     */
    static <T> void insertAfterLeftNeighbours(List<T> result, List<T> theirs, java.util.function.Predicate<T> insert) {
        Set<T> present = new HashSet<>(result);
        T leftNeighbour = null;
        for (T value : theirs) {
            if (insert.test(value) && !present.contains(value)) {
                int at = leftNeighbour == null ? 0 : result.indexOf(leftNeighbour) + 1;
                result.add(at, value);
                present.add(value);
            }
            if (present.contains(value)) {
                leftNeighbour = value;
            }
        }
    }
}
