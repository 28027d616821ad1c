/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.core.compare;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * What changed from one version of an analysis to another, by permanent id: elements added, removed and moved,
 * attributes changed, references linked and unlinked. A list of id-less parts (causal factors, display-id counters)
 * that changed shows the parts only one version has. Two files are equal exactly when there is no change.
 */
public final class ModelDiff {

    private final ModelSnapshot before;
    private final ModelSnapshot after;
    private final List<Change> changes;

    private ModelDiff(ModelSnapshot before, ModelSnapshot after, List<Change> changes) {
        this.before = before;
        this.after = after;
        this.changes = Collections.unmodifiableList(changes);
    }

    /** The changes from {@code before} to {@code after}: added and changed in the new document order, removed last. */
    public static ModelDiff between(ModelSnapshot before, ModelSnapshot after) {
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(after, "after");
        List<Change> changes = new ArrayList<>();
        Set<String> moved = SiblingOrder.reordered(before, after);
        for (ElementState element : after.elements().values()) {
            ElementState old = before.elements().get(element.id());
            if (old == null) {
                changes.add(new Change(ChangeKind.ADDED, element.id(), "", List.of(), location(element)));
            } else {
                compare(old, element, moved.contains(element.id()), changes);
            }
        }
        for (ElementState element : before.elements().values()) {
            if (!after.contains(element.id())) {
                changes.add(new Change(ChangeKind.REMOVED, element.id(), "", location(element), List.of()));
            }
        }
        return new ModelDiff(before, after, changes);
    }

    public ModelSnapshot before() {
        return before;
    }

    public ModelSnapshot after() {
        return after;
    }

    public List<Change> changes() {
        return changes;
    }

    public boolean isEmpty() {
        return changes.isEmpty();
    }

    /** The changes of one kind, in order. */
    public List<Change> changes(ChangeKind kind) {
        return changes.stream().filter(change -> change.kind() == kind).toList();
    }

    private static List<String> location(ElementState element) {
        return element.parentId() == null ? List.of() : List.of(element.parentId(), element.containment());
    }

    private static void compare(ElementState old, ElementState now, boolean reordered, List<Change> changes) {
        if (!old.location().equals(now.location()) || reordered) {
            changes.add(new Change(ChangeKind.MOVED, now.id(), now.containment() == null ? "" : now.containment(),
                    location(old), location(now)));
        }
        for (String feature : union(old.attributes(), now.attributes())) {
            List<String> was = old.attribute(feature);
            List<String> is = now.attribute(feature);
            if (!was.equals(is)) {
                changes.add(new Change(ChangeKind.CHANGED, now.id(), feature, was, is));
            }
        }
        for (String feature : union(old.parts(), now.parts())) {
            List<Part> was = old.part(feature);
            List<Part> is = now.part(feature);
            if (!was.equals(is)) {
                List<Part> dropped = without(was, is);
                List<Part> added = without(is, was);
                boolean reorderedOnly = dropped.isEmpty() && added.isEmpty();
                changes.add(new Change(ChangeKind.CHANGED, now.id(), feature, texts(reorderedOnly ? was : dropped),
                        texts(reorderedOnly ? is : added)));
            }
        }
        for (String feature : union(old.references(), now.references())) {
            List<String> was = old.reference(feature);
            List<String> is = now.reference(feature);
            List<String> unlinked = new ArrayList<>(new LinkedHashSet<>(was));
            unlinked.removeAll(is);
            List<String> linked = new ArrayList<>(new LinkedHashSet<>(is));
            linked.removeAll(was);
            if (!linked.isEmpty()) {
                changes.add(new Change(ChangeKind.LINKED, now.id(), feature, List.of(), linked));
            }
            if (!unlinked.isEmpty()) {
                changes.add(new Change(ChangeKind.UNLINKED, now.id(), feature, unlinked, List.of()));
            }
        }
    }

    private static Set<String> union(Map<String, ?> first, Map<String, ?> second) {
        Set<String> names = new TreeSet<>(first.keySet());
        names.addAll(second.keySet());
        return names;
    }

    /** The parts of {@code parts} that {@code other} lacks, as a multiset difference in order. */
    private static List<Part> without(List<Part> parts, List<Part> other) {
        List<Part> remaining = new ArrayList<>(other);
        List<Part> result = new ArrayList<>();
        for (Part part : parts) {
            if (!remaining.remove(part)) {
                result.add(part);
            }
        }
        return result;
    }

    private static List<String> texts(List<Part> parts) {
        return parts.stream().map(Part::toString).toList();
    }
}
