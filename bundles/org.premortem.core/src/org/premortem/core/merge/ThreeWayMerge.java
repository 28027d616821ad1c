/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.core.merge;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.eclipse.emf.ecore.EReference;
import org.premortem.core.compare.ElementState;
import org.premortem.core.compare.Messages;
import org.premortem.core.compare.ModelSnapshot;
import org.premortem.core.compare.Part;
import org.premortem.core.compare.SnapshotFeatures;
import org.premortem.model.stpa.ConflictKind;

/**
 * The three-way merge of two versions of an analysis (ours, theirs) with their common ancestor (base), by permanent
 * id. Changes to different elements or features merge silently and both sides' new elements are kept; an element
 * one side deleted is deleted unless the other side changed it, referenced it anew or put something into it, in
 * which case it is kept and that is a conflict; one feature changed differently by both keeps ours and is a
 * conflict. Display-id clashes of theirs' new elements are renumbered. The result always holds every element a
 * reference or a child needs.
 */
public final class ThreeWayMerge {

    private final ModelSnapshot base;
    private final ModelSnapshot ours;
    private final ModelSnapshot theirs;
    private final Map<String, Draft> merged = new LinkedHashMap<>();
    private final Map<String, ElementState> deleted = new LinkedHashMap<>();
    private final List<ConflictRecord> conflicts = new ArrayList<>();

    private ThreeWayMerge(ModelSnapshot base, ModelSnapshot ours, ModelSnapshot theirs) {
        this.base = base;
        this.ours = ours;
        this.theirs = theirs;
    }

    /**
     * Merges the three versions.
     *
     * @throws IllegalArgumentException when they are not versions of one analysis (their roots' permanent ids differ)
     */
    public static MergeResult merge(ModelSnapshot base, ModelSnapshot ours, ModelSnapshot theirs) {
        Objects.requireNonNull(base, "base");
        Objects.requireNonNull(ours, "ours");
        Objects.requireNonNull(theirs, "theirs");
        if (!base.rootId().equals(ours.rootId()) || !base.rootId().equals(theirs.rootId())) {
            throw new IllegalArgumentException(Messages.get("merge.notSameAnalysis",
                    base.rootId(), ours.rootId(), theirs.rootId()));
        }
        return new ThreeWayMerge(base, ours, theirs).run();
    }

    private MergeResult run() {
        Set<String> incoming = new LinkedHashSet<>();
        for (ElementState mine : ours.elements().values()) {
            mergeElement(mine.id());
        }
        for (ElementState other : theirs.elements().values()) {
            if (!ours.contains(other.id())) {
                mergeElement(other.id());
                if (!base.contains(other.id())) {
                    incoming.add(other.id());
                }
            }
        }
        keepWhatIsNeeded();
        PlaceCycles.breakCycles(merged, ours, conflicts);
        ChildOrder.apply(merged, ours, theirs, base);
        Draft root = merged.get(base.rootId());
        List<Renumbering> renumberings = DisplayIdCollisions.resolve(merged, incoming, root);
        List<ElementState> states = new ArrayList<>(merged.size());
        for (Draft draft : merged.values()) {
            states.add(draft.toState());
        }
        return new MergeResult(base.rootId(), states, conflicts, renumberings);
    }

    private void mergeElement(String id) {
        ElementState b = base.elements().get(id);
        ElementState o = ours.elements().get(id);
        ElementState t = theirs.elements().get(id);
        if (o != null && t != null) {
            merged.put(id, ElementMerge.merge(b, o, t, conflicts));
        } else if (b == null) {
            merged.put(id, Draft.of(o != null ? o : t));
        } else {
            ElementState kept = o != null ? o : t;
            ConflictKind kind = o != null ? ConflictKind.DELETED_BY_THEIRS : ConflictKind.DELETED_BY_OURS;
            List<String> changes = Changes.made(b, kept);
            if (changes.isEmpty()) {
                deleted.put(id, kept);
            } else {
                merged.put(id, Draft.of(kept));
                conflicts.add(deletion(id, kind, changes));
            }
        }
    }

    /**
     * Brings back deleted elements that a kept element needs, as container or as reference target, until nothing is
     * missing: each is a conflict of the deletion with the other side's new child or reference.
     */
    private void keepWhatIsNeeded() {
        List<String> pending = new ArrayList<>(merged.keySet());
        while (!pending.isEmpty()) {
            List<String> next = new ArrayList<>();
            for (String id : pending) {
                Draft draft = merged.get(id);
                if (draft.location.parentId() != null) {
                    need(draft.location.parentId(), "contains " + nameOf(id), next);
                }
                draft.references.forEach((name, targets) -> targets.forEach(
                        target -> need(target, "referenced by " + nameOf(id) + " " + name, next)));
                draft.parts.forEach((name, parts) -> parts.forEach(part -> part.features().forEach(
                        (feature, values) -> values.forEach(value -> {
                            if (deleted.containsKey(value) && isReference(part, feature)) {
                                need(value, "referenced by " + nameOf(id) + " " + name, next);
                            }
                        }))));
            }
            pending = next;
        }
    }

    private static boolean isReference(Part part, String feature) {
        return SnapshotFeatures.eClass(part.kind()).getEStructuralFeature(feature) instanceof EReference;
    }

    private String nameOf(String id) {
        Draft draft = merged.get(id);
        return draft == null || draft.displayId().isEmpty() ? id : draft.displayId();
    }

    private void need(String id, String why, List<String> next) {
        ElementState kept = deleted.remove(id);
        if (kept == null) {
            if (!merged.containsKey(id)) {
                throw new IllegalStateException("merge lost " + id + ", which it needs: " + why);
            }
            return;
        }
        ConflictKind kind = ours.contains(id) ? ConflictKind.DELETED_BY_THEIRS : ConflictKind.DELETED_BY_OURS;
        merged.put(id, Draft.of(kept));
        conflicts.add(deletion(id, kind, List.of(why)));
        next.add(id);
    }

    /** A deletion conflict: the deleting side's value is empty, the other side's what it did to the element. */
    private static ConflictRecord deletion(String id, ConflictKind kind, List<String> changes) {
        return kind == ConflictKind.DELETED_BY_OURS ? new ConflictRecord(id, kind, "", List.of(), changes)
                : new ConflictRecord(id, kind, "", changes, List.of());
    }
}
