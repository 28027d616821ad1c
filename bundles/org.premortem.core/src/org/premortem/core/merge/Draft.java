/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.core.merge;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.premortem.core.compare.ElementState;
import org.premortem.core.compare.Part;

/** An element of the merge result while it is being put together; becomes an {@link ElementState}. */
final class Draft {

    final String id;
    final String kind;
    ElementState.Location location;
    final Map<String, List<String>> attributes = new LinkedHashMap<>();
    final Map<String, List<String>> references = new LinkedHashMap<>();
    final Map<String, List<Part>> parts = new LinkedHashMap<>();
    final Map<String, List<String>> children = new LinkedHashMap<>();

    Draft(String id, String kind, ElementState.Location location) {
        this.id = id;
        this.kind = kind;
        this.location = location;
    }

    /** A draft with the features of one version, children left to be ordered. */
    static Draft of(ElementState state) {
        Draft draft = new Draft(state.id(), state.kind(), state.location());
        state.attributes().forEach((name, values) -> draft.attributes.put(name, new ArrayList<>(values)));
        state.references().forEach((name, values) -> draft.references.put(name, new ArrayList<>(values)));
        state.parts().forEach((name, values) -> draft.parts.put(name, new ArrayList<>(values)));
        return draft;
    }

    String displayId() {
        List<String> values = attributes.getOrDefault("displayId", List.of());
        return values.isEmpty() ? "" : values.get(0);
    }

    ElementState toState() {
        return new ElementState(id, kind, location.parentId(), location.containment(),
                ElementState.withoutEmpty(attributes), ElementState.withoutEmpty(references),
                ElementState.withoutEmpty(parts), ElementState.withoutEmpty(children));
    }
}
