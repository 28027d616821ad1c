/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.core.merge;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.premortem.core.compare.ElementState;
import org.premortem.core.compare.ModelSnapshot;
import org.premortem.model.stpa.ConflictKind;

/**
 * Breaks containment cycles that two moves make together (ours moves A into B, theirs B into A): an element that no
 * longer reaches the root goes back to our place for it, which is a conflict. Our places alone form a tree, so this
 * ends.
 */
final class PlaceCycles {

    private PlaceCycles() {
    }

    static void breakCycles(Map<String, Draft> merged, ModelSnapshot ours, List<ConflictRecord> conflicts) {
        boolean changed = true;
        while (changed) {
            changed = false;
            Set<String> reachesRoot = new HashSet<>();
            for (Draft draft : merged.values()) {
                List<String> path = new ArrayList<>();
                Set<String> seen = new HashSet<>();
                String at = draft.id;
                boolean cycle = false;
                while (at != null && !reachesRoot.contains(at)) {
                    if (!seen.add(at)) {
                        cycle = true;
                        break;
                    }
                    path.add(at);
                    Draft step = merged.get(at);
                    at = step == null ? null : step.location.parentId();
                }
                if (!cycle) {
                    reachesRoot.addAll(path);
                    continue;
                }
                for (String id : path) {
                    ElementState mine = ours.elements().get(id);
                    Draft moving = merged.get(id);
                    if (mine != null && !mine.location().equals(moving.location)) {
                        conflicts.add(new ConflictRecord(id, ConflictKind.BOTH_CHANGED, ElementMerge.PLACE,
                                ElementMerge.place(mine), List.of(moving.location.parentId(),
                                        moving.location.containment())));
                        moving.location = mine.location();
                        changed = true;
                        break;
                    }
                }
                if (changed) {
                    break;
                }
            }
        }
    }
}
