/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.core.compare;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.premortem.model.stpa.Analysis;

/**
 * Copies one change of a {@link ModelDiff} from one version of an analysis into the other: afterwards the target
 * agrees with the source on what the change is about — one element's existence, its place, one attribute or list of
 * parts, or the links the change names — and on nothing else. What a compare view's "copy this change to the
 * left/right" does; it works in both directions of the diff (adopting an ADDED change into the old version adds the
 * element, adopting it into the new version removes it).
 * <p>
 * An element is added with the descendants the target lacks, after its left neighbour in the source's list; its links
 * to elements the target lacks are left out, and said. An element is removed with its descendants, and every link to
 * them goes with it, as deleting in the editor does. A change that cannot be copied alone (an element whose container
 * the target lacks) is refused with a message, the target unchanged.
 */
public final class ChangeAdoption {

    private final ModelSnapshot source;
    private final Map<String, ElementState> states;
    private final List<String> notes = new ArrayList<>();

    private ChangeAdoption(ModelSnapshot target, ModelSnapshot source) {
        this.source = source;
        this.states = new LinkedHashMap<>(target.elements());
    }

    /** The target with the change adopted from the source, and what was left out. */
    public record Outcome(Analysis analysis, List<String> notes) {
        public Outcome {
            notes = List.copyOf(notes);
        }
    }

    /** A change that cannot be copied on its own; the message says why and what to copy first. */
    public static final class RefusedException extends Exception {
        private static final long serialVersionUID = 1L;

        RefusedException(String message) {
            super(message);
        }
    }

    public static Outcome adopt(ModelSnapshot target, ModelSnapshot source, Change change) throws RefusedException {
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(change, "change");
        if (!target.rootId().equals(source.rootId())) {
            throw new IllegalArgumentException(
                    "not versions of one analysis: " + target.rootId() + ", " + source.rootId());
        }
        ChangeAdoption adoption = new ChangeAdoption(target, source);
        switch (change.kind()) {
        case ADDED, REMOVED -> adoption.existence(change.elementId());
        case MOVED -> adoption.place(change.elementId());
        case CHANGED -> adoption.value(change.elementId(), change.feature());
        case LINKED, UNLINKED -> adoption.links(change);
        }
        return new Outcome(SnapshotModel.build(target.rootId(), List.copyOf(adoption.states.values())), adoption.notes);
    }

    // --- existence ---

    private void existence(String id) throws RefusedException {
        boolean inSource = source.contains(id);
        boolean inTarget = states.containsKey(id);
        if (inSource && !inTarget) {
            add(id);
        } else if (inTarget && !inSource) {
            remove(id);
        }
    }

    private void add(String id) throws RefusedException {
        ElementState element = source.elements().get(id);
        String parentId = element.parentId();
        if (parentId == null || !states.containsKey(parentId)) {
            throw new RefusedException(Messages.get("adopt.containerMissing", source.name(id), source.name(parentId)));
        }
        List<String> added = new ArrayList<>();
        collectNew(id, added);
        for (String newId : added) {
            ElementState state = source.elements().get(newId);
            Map<String, List<String>> children = new LinkedHashMap<>();
            state.children().forEach((feature, ids) -> children.put(feature,
                    ids.stream().filter(added::contains).toList()));
            states.put(newId, new ElementState(newId, state.kind(), state.parentId(), state.containment(),
                    state.attributes(), state.references(), state.parts(), children));
        }
        insertChild(parentId, element.containment(), id);
        for (String newId : added) {
            ElementState state = states.get(newId);
            states.put(newId, new ElementState(newId, state.kind(), state.parentId(), state.containment(),
                    state.attributes(), existingReferences(state), existingPartReferences(state), state.children()));
            warnOnDisplayIdClash(state);
        }
    }

    /** {@code id} and its descendants in the source that the target lacks, parents first. */
    private void collectNew(String id, List<String> added) {
        if (states.containsKey(id)) {
            return;
        }
        added.add(id);
        for (List<String> children : source.elements().get(id).children().values()) {
            children.forEach(child -> collectNew(child, added));
        }
    }

    private void warnOnDisplayIdClash(ElementState added) {
        String displayId = added.displayId();
        if (displayId.isEmpty()) {
            return;
        }
        for (ElementState other : states.values()) {
            if (!other.id().equals(added.id()) && displayId.equals(other.displayId())) {
                notes.add(Messages.get("adopt.displayIdClash", displayId, source.name(added.id()), other.id()));
            }
        }
    }

    private void remove(String id) {
        Set<String> removed = new LinkedHashSet<>();
        collectSubtree(id, removed);
        ElementState element = states.get(id);
        ElementState parent = states.get(element.parentId());
        if (parent != null) {
            List<String> siblings = new ArrayList<>(parent.childIds(element.containment()));
            siblings.remove(id);
            states.put(parent.id(), withChildren(parent, element.containment(), siblings));
        }
        removed.forEach(states::remove);
        for (ElementState state : List.copyOf(states.values())) {
            states.put(state.id(), unlink(state, removed));
        }
    }

    private void collectSubtree(String id, Set<String> into) {
        into.add(id);
        for (List<String> children : states.get(id).children().values()) {
            children.forEach(child -> collectSubtree(child, into));
        }
    }

    // --- place ---

    private void place(String id) throws RefusedException {
        ElementState wanted = source.elements().get(id);
        ElementState current = states.get(id);
        if (wanted == null || current == null) {
            return;
        }
        if (!states.containsKey(wanted.parentId())) {
            throw new RefusedException(
                    Messages.get("adopt.containerMissing", source.name(id), source.name(wanted.parentId())));
        }
        if (isInside(wanted.parentId(), id)) {
            throw new RefusedException(
                    Messages.get("adopt.moveIntoItself", source.name(id), source.name(wanted.parentId())));
        }
        ElementState oldParent = states.get(current.parentId());
        List<String> siblings = new ArrayList<>(oldParent.childIds(current.containment()));
        siblings.remove(id);
        states.put(oldParent.id(), withChildren(oldParent, current.containment(), siblings));
        states.put(id, new ElementState(id, current.kind(), wanted.parentId(), wanted.containment(),
                current.attributes(), current.references(), current.parts(), current.children()));
        insertChild(wanted.parentId(), wanted.containment(), id);
    }

    /** Whether {@code candidate} is {@code ancestor} or lies inside it in the target. */
    private boolean isInside(String candidate, String ancestor) {
        for (String at = candidate; at != null; at = states.get(at).parentId()) {
            if (at.equals(ancestor)) {
                return true;
            }
        }
        return false;
    }

    /** Puts {@code id} into the target's list after its nearest left neighbour in the source's list. */
    private void insertChild(String parentId, String containment, String id) {
        ElementState parent = states.get(parentId);
        List<String> siblings = new ArrayList<>(parent.childIds(containment));
        siblings.remove(id);
        List<String> sourceOrder = source.get(parentId).map(p -> p.childIds(containment)).orElse(List.of());
        int at = 0;
        for (int k = sourceOrder.indexOf(id) - 1; k >= 0; k--) {
            int neighbour = siblings.indexOf(sourceOrder.get(k));
            if (neighbour >= 0) {
                at = neighbour + 1;
                break;
            }
        }
        siblings.add(at, id);
        states.put(parentId, withChildren(parent, containment, siblings));
    }

    // --- values and links ---

    private void value(String id, String feature) {
        ElementState current = states.get(id);
        Optional<ElementState> wanted = source.get(id);
        if (current == null || wanted.isEmpty()) {
            return;
        }
        Map<String, List<String>> attributes = new LinkedHashMap<>(current.attributes());
        Map<String, List<Part>> parts = new LinkedHashMap<>(current.parts());
        if (isPartFeature(current.kind(), feature)) {
            parts.put(feature, wanted.get().part(feature));
        } else {
            attributes.put(feature, wanted.get().attribute(feature));
        }
        ElementState changed = new ElementState(id, current.kind(), current.parentId(), current.containment(),
                ElementState.withoutEmpty(attributes), current.references(), ElementState.withoutEmpty(parts),
                current.children());
        states.put(id, new ElementState(id, changed.kind(), changed.parentId(), changed.containment(),
                changed.attributes(), changed.references(), existingPartReferences(changed), changed.children()));
    }

    private void links(Change change) {
        String id = change.elementId();
        ElementState current = states.get(id);
        Optional<ElementState> wanted = source.get(id);
        if (current == null || wanted.isEmpty()) {
            return;
        }
        String feature = change.feature();
        List<String> sourceLinks = wanted.get().reference(feature);
        List<String> links;
        if (!isMany(current.kind(), feature)) {
            links = sourceLinks;
        } else {
            Set<String> named = new LinkedHashSet<>(change.before());
            named.addAll(change.after());
            links = new ArrayList<>(current.reference(feature));
            links.removeIf(link -> named.contains(link) && !sourceLinks.contains(link));
            for (String link : sourceLinks) {
                if (named.contains(link) && !links.contains(link)) {
                    links.add(insertionPoint(links, sourceLinks, link), link);
                }
            }
        }
        Map<String, List<String>> references = new LinkedHashMap<>(current.references());
        references.put(feature, links);
        ElementState changed = new ElementState(id, current.kind(), current.parentId(), current.containment(),
                current.attributes(), ElementState.withoutEmpty(references), current.parts(), current.children());
        states.put(id, new ElementState(id, changed.kind(), changed.parentId(), changed.containment(),
                changed.attributes(), existingReferences(changed), changed.parts(), changed.children()));
    }

    private static int insertionPoint(List<String> links, List<String> sourceLinks, String link) {
        for (int k = sourceLinks.indexOf(link) - 1; k >= 0; k--) {
            int neighbour = links.indexOf(sourceLinks.get(k));
            if (neighbour >= 0) {
                return neighbour + 1;
            }
        }
        return 0;
    }

    /** The element's links without those to elements the target lacks, each one left out said in a note. */
    private Map<String, List<String>> existingReferences(ElementState state) {
        Map<String, List<String>> references = new LinkedHashMap<>();
        state.references().forEach((feature, ids) -> {
            List<String> kept = new ArrayList<>();
            for (String target : ids) {
                if (states.containsKey(target)) {
                    kept.add(target);
                } else {
                    notes.add(Messages.get("adopt.linkLeftOut", source.name(state.id()), feature, source.name(target)));
                }
            }
            references.put(feature, kept);
        });
        return ElementState.withoutEmpty(references);
    }

    /** The element's parts without links to elements the target lacks (a part left with no required link goes). */
    private Map<String, List<Part>> existingPartReferences(ElementState state) {
        Map<String, List<Part>> parts = new LinkedHashMap<>();
        state.parts().forEach((feature, values) -> {
            List<Part> kept = new ArrayList<>();
            for (Part part : values) {
                kept.add(withExistingLinks(state, feature, part));
            }
            parts.put(feature, kept);
        });
        return parts;
    }

    private Part withExistingLinks(ElementState owner, String feature, Part part) {
        Map<String, List<String>> features = new LinkedHashMap<>();
        part.features().forEach((name, values) -> {
            if (SnapshotFeatures.feature(part.kind(), name).orElse(null) instanceof EReference) {
                List<String> kept = values.stream().filter(states::containsKey).toList();
                if (kept.size() < values.size()) {
                    notes.add(Messages.get("adopt.linkLeftOut", source.name(owner.id()), feature + "." + name,
                            String.join(", ", values.stream().filter(v -> !states.containsKey(v)).toList())));
                }
                features.put(name, kept);
            } else {
                features.put(name, values);
            }
        });
        return new Part(part.kind(), ElementState.withoutEmpty(features));
    }

    /** {@code state} without its links (and parts' links) to the removed elements. */
    private ElementState unlink(ElementState state, Set<String> removed) {
        Map<String, List<String>> references = new LinkedHashMap<>();
        state.references().forEach((feature, ids) -> references.put(feature,
                ids.stream().filter(id -> !removed.contains(id)).toList()));
        Map<String, List<Part>> parts = new LinkedHashMap<>();
        state.parts().forEach((feature, values) -> parts.put(feature, values.stream().map(part -> {
            Map<String, List<String>> features = new LinkedHashMap<>();
            part.features().forEach((name, ids) -> features.put(name,
                    SnapshotFeatures.feature(part.kind(), name).orElse(null) instanceof EReference
                            ? ids.stream().filter(id -> !removed.contains(id)).toList()
                            : ids));
            return new Part(part.kind(), ElementState.withoutEmpty(features));
        }).toList()));
        return new ElementState(state.id(), state.kind(), state.parentId(), state.containment(), state.attributes(),
                ElementState.withoutEmpty(references), parts, state.children());
    }

    private static boolean isPartFeature(String kind, String feature) {
        return SnapshotFeatures.feature(kind, feature).orElse(null) instanceof EReference reference
                && reference.isContainment();
    }

    private static boolean isMany(String kind, String feature) {
        return SnapshotFeatures.feature(kind, feature).map(EStructuralFeature::isMany).orElse(true);
    }

    private static ElementState withChildren(ElementState state, String containment, List<String> ids) {
        Map<String, List<String>> children = new LinkedHashMap<>(state.children());
        children.put(containment, ids);
        return new ElementState(state.id(), state.kind(), state.parentId(), state.containment(), state.attributes(),
                state.references(), state.parts(), ElementState.withoutEmpty(children));
    }
}
