/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.core.compare;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds the elements that changed place among their siblings: in each list of children that both versions have, the
 * elements of both versions in the longest run that kept its order stayed; the others moved. Insertions and
 * deletions of siblings move nothing. Runs in n log n per list (longest increasing subsequence), so a list of
 * 100,000 UCAs costs no more than reading it.
 */
final class SiblingOrder {

    private SiblingOrder() {
    }

    /** Permanent ids of the elements that stayed in the same list but changed their order in it. */
    static Set<String> reordered(ModelSnapshot before, ModelSnapshot after) {
        Set<String> moved = new HashSet<>();
        for (ElementState parent : after.elements().values()) {
            ElementState oldParent = before.elements().get(parent.id());
            if (oldParent == null) {
                continue;
            }
            for (Map.Entry<String, List<String>> list : parent.children().entrySet()) {
                moved.addAll(outOfOrder(oldParent.childIds(list.getKey()), list.getValue()));
            }
        }
        return moved;
    }

    private static List<String> outOfOrder(List<String> oldOrder, List<String> newOrder) {
        Map<String, Integer> oldPosition = new HashMap<>();
        for (int i = 0; i < oldOrder.size(); i++) {
            oldPosition.put(oldOrder.get(i), i);
        }
        List<String> common = new ArrayList<>();
        List<Integer> positions = new ArrayList<>();
        for (String id : newOrder) {
            Integer position = oldPosition.get(id);
            if (position != null) {
                common.add(id);
                positions.add(position);
            }
        }
        boolean[] kept = longestIncreasing(positions);
        List<String> moved = new ArrayList<>();
        for (int i = 0; i < common.size(); i++) {
            if (!kept[i]) {
                moved.add(common.get(i));
            }
        }
        return moved;
    }

    /** Marks one longest strictly increasing subsequence of {@code values}. */
    private static boolean[] longestIncreasing(List<Integer> values) {
        int n = values.size();
        int[] tails = new int[n];
        int[] previous = new int[n];
        int length = 0;
        for (int i = 0; i < n; i++) {
            int low = 0;
            int high = length;
            while (low < high) {
                int middle = (low + high) >>> 1;
                if (values.get(tails[middle]) < values.get(i)) {
                    low = middle + 1;
                } else {
                    high = middle;
                }
            }
            previous[i] = low > 0 ? tails[low - 1] : -1;
            tails[low] = i;
            length = Math.max(length, low + 1);
        }
        boolean[] kept = new boolean[n];
        for (int i = length > 0 ? tails[length - 1] : -1; i >= 0; i = previous[i]) {
            kept[i] = true;
        }
        return kept;
    }
}
