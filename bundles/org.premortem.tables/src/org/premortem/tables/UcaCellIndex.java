/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.tables;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.premortem.core.query.IdOrder;
import org.premortem.core.query.UcaCategories;
import org.premortem.model.stpa.Analysis;
import org.premortem.model.stpa.ControlAction;
import org.premortem.model.stpa.NotApplicableEntry;
import org.premortem.model.stpa.UcaCategory;
import org.premortem.model.stpa.UnsafeControlAction;

/**
 * The entries of every UCA-table cell, found in one pass over the analysis: (control action, category) to its UCAs
 * and its not-applicable entries, in id order (UCA-2 before UCA-10). Built once per refresh, so painting a cell or filtering the
 * rows costs a map look-up however many UCAs the analysis has.
 */
final class UcaCellIndex {

    private record Key(ControlAction action, UcaCategory category) {
    }

    private final Map<Key, List<UnsafeControlAction>> ucas = new HashMap<>();
    private final Map<Key, List<NotApplicableEntry>> notApplicable = new HashMap<>();

    UcaCellIndex(Analysis analysis) {
        for (UnsafeControlAction uca : analysis.getUnsafeControlActions()) {
            if (uca.getControlAction() != null && uca.getType() != null) {
                Key key = new Key(uca.getControlAction(), UcaCategories.categoryOf(uca.getType()));
                ucas.computeIfAbsent(key, k -> new ArrayList<>()).add(uca);
            }
        }
        for (NotApplicableEntry entry : analysis.getNotApplicable()) {
            if (entry.getControlAction() != null && entry.getCategory() != null) {
                Key key = new Key(entry.getControlAction(), entry.getCategory());
                notApplicable.computeIfAbsent(key, k -> new ArrayList<>()).add(entry);
            }
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
}
