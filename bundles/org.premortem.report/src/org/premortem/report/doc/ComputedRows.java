/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.report.doc;

import java.util.AbstractList;
import java.util.List;
import java.util.Objects;
import java.util.RandomAccess;
import java.util.function.Function;

/**
 * The rows of a table made from the elements they show when they are read, not when the report is built: a report
 * then holds a reference per row instead of every row's text, runs and links, which for an analysis of 100,000 UCAs
 * is the difference between a few MiB and most of a gigabyte. Exporters read a table once or twice and a row is
 * quick to make, so nothing is kept. The elements must not change while the report is exported; exporters work on an
 * analysis loaded for the purpose.
 * <p>
 * Read-only; a sub-list is computed in the same way, so a long table can be cut into pieces without making its rows.
 *
 * @param <T> what a row shows
 */
public final class ComputedRows<T> extends AbstractList<Block.Row> implements RandomAccess {

    private final List<T> elements;
    private final Function<? super T, Block.Row> row;

    private ComputedRows(List<T> elements, Function<? super T, Block.Row> row) {
        this.elements = elements;
        this.row = row;
    }

    /** The rows {@code row} makes of {@code elements}, in their order (the list of elements is copied). */
    public static <T> ComputedRows<T> of(List<? extends T> elements, Function<? super T, Block.Row> row) {
        return new ComputedRows<>(List.copyOf(elements), Objects.requireNonNull(row, "row"));
    }

    @Override
    public Block.Row get(int index) {
        return row.apply(elements.get(index));
    }

    @Override
    public int size() {
        return elements.size();
    }

    @Override
    public List<Block.Row> subList(int fromIndex, int toIndex) {
        return new ComputedRows<>(elements.subList(fromIndex, toIndex), row);
    }
}
