/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.core.merge;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.premortem.core.compare.ElementState;
import org.premortem.core.compare.Messages;
import org.premortem.core.compare.ModelSnapshot;
import org.premortem.core.compare.Part;
import org.premortem.core.compare.SnapshotModel;
import org.premortem.model.stpa.Analysis;
import org.premortem.model.stpa.ConflictKind;

/**
 * Merges three loaded versions of an analysis into a new analysis: the merged elements, with each conflict recorded
 * in the analysis ({@code conflicts}), so that the file loads and validation shows what is left to decide.
 */
public final class AnalysisMerge {

    private AnalysisMerge() {
    }

    /** The merged analysis and what the merge did. */
    public record Outcome(Analysis analysis, MergeResult result) {
    }

    public static Outcome merge(Analysis base, Analysis ours, Analysis theirs) {
        Objects.requireNonNull(base, "base");
        Objects.requireNonNull(ours, "ours");
        Objects.requireNonNull(theirs, "theirs");
        return merge(ModelSnapshot.of(base), ModelSnapshot.of(ours), ModelSnapshot.of(theirs));
    }

    /**
     * Merges two versions that have no common ancestor: git gives an empty base when both branches added the file
     * (for instance each copied it from a third place). Every element is then new on both sides: what both hold
     * alike merges silently, what differs is a conflict, what one side holds is kept.
     *
     * @throws IllegalArgumentException when they are not versions of one analysis (two analyses made separately)
     */
    public static Outcome mergeWithoutBase(Analysis ours, Analysis theirs) {
        Objects.requireNonNull(ours, "ours");
        Objects.requireNonNull(theirs, "theirs");
        ModelSnapshot o = ModelSnapshot.of(ours);
        ModelSnapshot t = ModelSnapshot.of(theirs);
        if (!o.rootId().equals(t.rootId())) {
            throw new IllegalArgumentException(Messages.get("merge.addedSeparately", o.rootId(), t.rootId()));
        }
        String kind = o.elements().get(o.rootId()).kind();
        ElementState emptyRoot = new ElementState(o.rootId(), kind, null, null, Map.of(), Map.of(), Map.of(), Map.of());
        return merge(new ModelSnapshot(o.rootId(), Map.of(o.rootId(), emptyRoot), Map.of()), o, t);
    }

    private static Outcome merge(ModelSnapshot base, ModelSnapshot ours, ModelSnapshot theirs) {
        MergeResult result = ThreeWayMerge.merge(base, ours, theirs);
        List<ElementState> states = new ArrayList<>(result.elements());
        if (!result.conflicts().isEmpty()) {
            int at = 0;
            while (!states.get(at).id().equals(result.rootId())) {
                at++;
            }
            ElementState root = states.get(at);
            Map<String, List<Part>> parts = new LinkedHashMap<>(root.parts());
            List<Part> records = new ArrayList<>(root.part(PartMerge.CONFLICTS));
            result.conflicts().forEach(conflict -> records.add(part(conflict)));
            parts.put(PartMerge.CONFLICTS, records);
            states.set(at, new ElementState(root.id(), root.kind(), root.parentId(), root.containment(),
                    root.attributes(), root.references(), parts, root.children()));
        }
        return new Outcome(SnapshotModel.build(result.rootId(), states), result);
    }

    /** A conflict as the model stores it, with only the features that are set (as a loaded file gives them). */
    static Part part(ConflictRecord conflict) {
        Map<String, List<String>> features = new LinkedHashMap<>();
        features.put("element", List.of(conflict.elementId()));
        if (conflict.kind() != ConflictKind.BOTH_CHANGED) {
            features.put("kind", List.of(conflict.kind().getLiteral()));
        }
        if (!conflict.feature().isEmpty()) {
            features.put("feature", List.of(conflict.feature()));
        }
        if (!conflict.ours().isEmpty()) {
            features.put("ours", conflict.ours());
        }
        if (!conflict.theirs().isEmpty()) {
            features.put("theirs", conflict.theirs());
        }
        return new Part("MergeConflict", features);
    }
}
