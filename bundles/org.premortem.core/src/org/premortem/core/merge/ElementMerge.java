/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.core.merge;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Function;

import org.eclipse.emf.ecore.EStructuralFeature;
import org.premortem.core.compare.ElementState;
import org.premortem.core.compare.Part;
import org.premortem.core.compare.SnapshotFeatures;
import org.premortem.model.stpa.ConflictKind;

/**
 * Merges one element that both versions have, feature by feature: changes to different features, and to one feature
 * by one side only, merge silently; references and sets of values merge item by item; one value changed
 * differently by both sides keeps ours and is a conflict. Children are ordered later ({@link ChildOrder}).
 */
final class ElementMerge {

    static final String PLACE = "(place)";

    private ElementMerge() {
    }

    /** {@code base} is null for an element both versions created (with the same permanent id). */
    static Draft merge(ElementState base, ElementState ours, ElementState theirs, List<ConflictRecord> conflicts) {
        Draft draft = Draft.of(ours);
        String id = ours.id();
        ElementState.Location baseLocation = base == null ? null : base.location();
        if (!ours.location().equals(theirs.location())) {
            if (ours.location().equals(baseLocation)) {
                draft.location = theirs.location();
            } else if (!theirs.location().equals(baseLocation)) {
                conflicts.add(new ConflictRecord(id, ConflictKind.BOTH_CHANGED, PLACE, place(ours), place(theirs)));
            }
        }
        for (String name : names(ours.attributes(), theirs.attributes(), base == null ? Map.of() : base.attributes())) {
            List<String> b = base == null ? List.of() : base.attribute(name);
            draft.attributes.put(name, mergeValues(id, name, b, ours.attribute(name), theirs.attribute(name),
                    isSet(ours.kind(), name), Function.identity(), conflicts));
        }
        for (String name : names(ours.references(), theirs.references(), base == null ? Map.of() : base.references())) {
            List<String> b = base == null ? List.of() : base.reference(name);
            draft.references.put(name, mergeValues(id, name, b, ours.reference(name), theirs.reference(name),
                    isMany(ours.kind(), name), Function.identity(), conflicts));
        }
        for (String name : names(ours.parts(), theirs.parts(), base == null ? Map.of() : base.parts())) {
            List<Part> b = base == null ? List.of() : base.part(name);
            draft.parts.put(name, PartMerge.merge(id, name, b, ours.part(name), theirs.part(name), conflicts));
        }
        return draft;
    }

    static <T> List<T> mergeValues(String id, String name, List<T> base, List<T> ours, List<T> theirs,
            boolean itemByItem, Function<T, String> text, List<ConflictRecord> conflicts) {
        if (itemByItem) {
            return ValueMerge.set(base, ours, theirs);
        }
        Optional<List<T>> merged = ValueMerge.whole(base, ours, theirs);
        if (merged.isPresent()) {
            return new ArrayList<>(merged.get());
        }
        conflicts.add(new ConflictRecord(id, ConflictKind.BOTH_CHANGED, name, ours.stream().map(text).toList(),
                theirs.stream().map(text).toList()));
        return new ArrayList<>(ours);
    }

    /** A place as text: the container's permanent id and the containment feature. */
    static List<String> place(ElementState state) {
        return state.parentId() == null ? List.of() : List.of(state.parentId(), state.containment());
    }

    private static boolean isSet(String kind, String name) {
        Optional<EStructuralFeature> feature = SnapshotFeatures.feature(kind, name);
        return feature.isPresent() && feature.get().isMany() && feature.get().isUnique();
    }

    private static boolean isMany(String kind, String name) {
        return SnapshotFeatures.feature(kind, name).map(EStructuralFeature::isMany).orElse(false);
    }

    @SafeVarargs
    private static TreeSet<String> names(Map<String, ?>... maps) {
        TreeSet<String> names = new TreeSet<>();
        for (Map<String, ?> map : maps) {
            names.addAll(map.keySet());
        }
        return names;
    }
}
