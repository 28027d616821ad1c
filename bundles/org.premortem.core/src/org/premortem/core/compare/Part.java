/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.core.compare;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * A contained object without a permanent id (a causal factor, a variable value, a diagram position, a display-id
 * counter, a merge conflict): it has no identity of its own, so it is compared as a value of the element that holds
 * it. {@code features} maps each set feature to its values; references hold permanent ids.
 */
public record Part(String kind, Map<String, List<String>> features) {

    public Part {
        Objects.requireNonNull(kind, "kind");
        features = Map.copyOf(features);
    }

    /** The values of one feature; empty when it is not set. */
    public List<String> values(String feature) {
        return features.getOrDefault(feature, List.of());
    }

    /** A one-line text, features in name order: {@code CausalFactor(kind=FEEDBACK_DELAYED, text=…)}. */
    @Override
    public String toString() {
        return kind + features.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .map(entry -> entry.getKey() + "=" + String.join(" ", entry.getValue()))
                .collect(Collectors.joining(", ", "(", ")"));
    }
}
