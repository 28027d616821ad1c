/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.core.compare;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One element of an analysis as plain values, for comparing and merging: its permanent id, kind (EClass name), where
 * it is (container's permanent id and containment feature; none for the root), its attribute values as text, its
 * references as permanent ids, its id-less contained objects as {@link Part}s and its contained elements as permanent
 * ids, each list in file order. Features that are not set are absent.
 */
public record ElementState(String id, String kind, String parentId, String containment,
        Map<String, List<String>> attributes, Map<String, List<String>> references, Map<String, List<Part>> parts,
        Map<String, List<String>> children) {

    public ElementState {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        attributes = Map.copyOf(attributes);
        references = Map.copyOf(references);
        parts = Map.copyOf(parts);
        children = Map.copyOf(children);
    }

    /** The display id, or the empty string when the element has none. */
    public String displayId() {
        List<String> values = attributes.getOrDefault("displayId", List.of());
        return values.isEmpty() ? "" : values.get(0);
    }

    /** Where the element is: its container and containment feature. */
    public Location location() {
        return new Location(parentId, containment);
    }

    public List<String> attribute(String feature) {
        return attributes.getOrDefault(feature, List.of());
    }

    public List<String> reference(String feature) {
        return references.getOrDefault(feature, List.of());
    }

    public List<Part> part(String feature) {
        return parts.getOrDefault(feature, List.of());
    }

    public List<String> childIds(String feature) {
        return children.getOrDefault(feature, List.of());
    }

    /** A map of feature values as a state keeps it: features whose list is empty are not there. */
    public static <T> Map<String, List<T>> withoutEmpty(Map<String, List<T>> values) {
        Map<String, List<T>> result = new LinkedHashMap<>();
        values.forEach((name, list) -> {
            if (!list.isEmpty()) {
                result.put(name, List.copyOf(list));
            }
        });
        return result;
    }

    /** A place in the containment tree: a container's permanent id and one of its containment features. */
    public record Location(String parentId, String containment) {
    }
}
