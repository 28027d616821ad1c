/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.core.merge;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.premortem.core.compare.ElementState;
import org.premortem.core.compare.ModelSnapshot;

/**
 * Orders the children of every merged element: our order, with the elements theirs inserted (or moved here) placed
 * after their left neighbour in their list, and any other (an element kept from the base) after those.
 */
final class ChildOrder {

    private ChildOrder() {
    }

    static void apply(Map<String, Draft> merged, ModelSnapshot ours, ModelSnapshot theirs, ModelSnapshot base) {
        Map<ElementState.Location, List<String>> members = new LinkedHashMap<>();
        for (Draft draft : merged.values()) {
            if (draft.location.parentId() != null) {
                members.computeIfAbsent(draft.location, key -> new ArrayList<>()).add(draft.id);
            }
        }
        for (Map.Entry<ElementState.Location, List<String>> entry : members.entrySet()) {
            String parentId = entry.getKey().parentId();
            String feature = entry.getKey().containment();
            Set<String> here = Set.copyOf(entry.getValue());
            List<String> order = new ArrayList<>();
            for (String id : listOf(ours, parentId, feature)) {
                if (here.contains(id)) {
                    order.add(id);
                }
            }
            ValueMerge.insertAfterLeftNeighbours(order, listOf(theirs, parentId, feature), here::contains);
            ValueMerge.insertAfterLeftNeighbours(order, listOf(base, parentId, feature), here::contains);
            Set<String> placed = new HashSet<>(order);
            for (String id : entry.getValue()) {
                if (placed.add(id)) {
                    order.add(id);
                }
            }
            merged.get(parentId).children.put(feature, order);
        }
    }

    private static List<String> listOf(ModelSnapshot side, String parentId, String feature) {
        return side.get(parentId).map(parent -> parent.childIds(feature)).orElse(List.of());
    }
}
