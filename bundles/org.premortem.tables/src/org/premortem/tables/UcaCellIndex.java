/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.tables;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.premortem.core.query.IdOrder;
import org.premortem.core.query.UcaCategories;
import org.premortem.model.stpa.Analysis;
import org.premortem.model.stpa.ControlAction;
import org.premortem.model.stpa.IdentifiedElement;
import org.premortem.model.stpa.NotApplicableEntry;
import org.premortem.model.stpa.UcaCategory;
import org.premortem.model.stpa.UnsafeControlAction;

/**
 * The entries of every UCA-table cell, found in one pass over the analysis: (control action, category) to its UCAs
 * and its not-applicable entries, in id order (UCA-2 before UCA-10). Built once, then kept current entry by entry
 * ({@link #place}), so painting a cell or filtering the rows costs a map look-up however many UCAs the analysis has,
 * and an edit of one UCA costs the re-sorting of its cell, not a pass over the analysis.
 */
final class UcaCellIndex {

    private record Key(ControlAction action, UcaCategory category) {
    }

    private final Analysis analysis;
    private final Map<Key, List<UnsafeControlAction>> ucas = new HashMap<>();
    private final Map<Key, List<NotApplicableEntry>> notApplicable = new HashMap<>();
    /** The cell each indexed entry is listed in, to take it out when it moves or goes. */
    private final Map<IdentifiedElement, Key> cellOf = new IdentityHashMap<>();

    UcaCellIndex(Analysis analysis) {
        this.analysis = analysis;
        for (UnsafeControlAction uca : analysis.getUnsafeControlActions()) {
            keyOf(uca).ifPresent(key -> list(ucas, key, uca).add(uca));
        }
        for (NotApplicableEntry entry : analysis.getNotApplicable()) {
            keyOf(entry).ifPresent(key -> list(notApplicable, key, entry).add(entry));
        }
        ucas.values().forEach(list -> list.sort(IdOrder.byDisplayId()));
        notApplicable.values().forEach(list -> list.sort(IdOrder.byDisplayId()));
    }

    List<UnsafeControlAction> ucas(ControlAction action, UcaCategory category) {
        return List.copyOf(ucas.getOrDefault(new Key(action, category), List.of()));
    }

    List<NotApplicableEntry> notApplicable(ControlAction action, UcaCategory category) {
        return List.copyOf(notApplicable.getOrDefault(new Key(action, category), List.of()));
    }

    /**
     * Lists a UCA or not-applicable entry in the cell it belongs to now: taken out of the cell it was in, put into its
     * current one (in id order) if it is in the analysis and has a control action and a category or type.
     */
    void place(IdentifiedElement element) {
        if (element instanceof UnsafeControlAction uca) {
            place(uca, ucas);
        } else if (element instanceof NotApplicableEntry entry) {
            place(entry, notApplicable);
        }
    }

    private <T extends IdentifiedElement> void place(T element, Map<Key, List<T>> cells) {
        Key old = cellOf.remove(element);
        if (old != null) {
            List<T> list = cells.get(old);
            list.remove(element);
            if (list.isEmpty()) {
                cells.remove(old);
            }
        }
        if (element.eContainer() == analysis) {
            keyOf(element).ifPresent(key -> {
                List<T> list = list(cells, key, element);
                list.add(element);
                list.sort(IdOrder.byDisplayId());
            });
        }
    }

    /** The cell an entry belongs in, if it has a control action and a category or type. */
    private static Optional<Key> keyOf(IdentifiedElement element) {
        return Optional.ofNullable(switch (element) {
            case UnsafeControlAction uca when uca.getControlAction() != null && uca.getType() != null -> new Key(
                    uca.getControlAction(), UcaCategories.categoryOf(uca.getType()));
            case NotApplicableEntry entry when entry.getControlAction() != null && entry.getCategory() != null -> new Key(
                    entry.getControlAction(), entry.getCategory());
            default -> null;
        });
    }

    /** The list of the cell {@code key} that {@code element} is about to join, remembered as its cell. */
    private <T extends IdentifiedElement> List<T> list(Map<Key, List<T>> cells, Key key, T element) {
        cellOf.put(element, key);
        return cells.computeIfAbsent(key, k -> new ArrayList<>());
    }
}
