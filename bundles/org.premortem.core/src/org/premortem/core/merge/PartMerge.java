/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.core.merge;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.premortem.core.compare.Part;
import org.premortem.model.stpa.ConflictKind;

/**
 * Merges a list of id-less parts. Display-id counters take the higher number of each prefix (so no number is issued
 * twice); diagram positions merge per component; earlier conflict records are kept from both sides; other lists
 * (causal factors, context conditions) merge as one value.
 */
final class PartMerge {

    static final String COUNTERS = "displayIdCounters";
    static final String DIAGRAM = "diagram";
    static final String CONFLICTS = "conflicts";

    private PartMerge() {
    }

    static List<Part> merge(String id, String name, List<Part> base, List<Part> ours, List<Part> theirs,
            List<ConflictRecord> conflicts) {
        return switch (name) {
            case COUNTERS -> counters(ours, theirs);
            case DIAGRAM -> keyed(id, name, base, ours, theirs, conflicts);
            case CONFLICTS -> ValueMerge.set(base, ours, theirs);
            default -> ElementMerge.mergeValues(id, name, base, ours, theirs, false, Part::toString, conflicts);
        };
    }

    private static List<Part> counters(List<Part> ours, List<Part> theirs) {
        Map<String, Part> byPrefix = new LinkedHashMap<>();
        for (Part counter : ours) {
            byPrefix.put(key(counter, "prefix"), counter);
        }
        for (Part counter : theirs) {
            byPrefix.merge(key(counter, "prefix"), counter,
                    (mine, other) -> last(mine) >= last(other) ? mine : other);
        }
        return new ArrayList<>(byPrefix.values());
    }

    static int last(Part counter) {
        List<String> last = counter.values("last");
        return last.isEmpty() ? 0 : Integer.parseInt(last.get(0));
    }

    /** Diagram positions by component: each merged as one value, a component placed by one side only kept. */
    private static List<Part> keyed(String id, String name, List<Part> base, List<Part> ours, List<Part> theirs,
            List<ConflictRecord> conflicts) {
        Map<String, Part> inBase = byKey(base);
        Map<String, Part> inOurs = byKey(ours);
        Map<String, Part> inTheirs = byKey(theirs);
        List<String> keys = new ArrayList<>(inOurs.keySet());
        ValueMerge.insertAfterLeftNeighbours(keys, new ArrayList<>(inTheirs.keySet()), key -> true);
        List<Part> result = new ArrayList<>();
        for (String key : keys) {
            List<Part> b = optional(inBase.get(key));
            List<Part> o = optional(inOurs.get(key));
            List<Part> t = optional(inTheirs.get(key));
            Optional<List<Part>> merged = ValueMerge.whole(b, o, t);
            if (merged.isEmpty()) {
                conflicts.add(new ConflictRecord(id, ConflictKind.BOTH_CHANGED, name,
                        o.stream().map(Part::toString).toList(), t.stream().map(Part::toString).toList()));
                merged = Optional.of(o);
            }
            result.addAll(merged.get());
        }
        return result;
    }

    private static Map<String, Part> byKey(List<Part> parts) {
        Map<String, Part> byKey = new LinkedHashMap<>();
        for (Part part : parts) {
            byKey.put(key(part, "element"), part);
        }
        return byKey;
    }

    private static String key(Part part, String feature) {
        return String.join(" ", part.values(feature));
    }

    private static List<Part> optional(Part part) {
        return part == null ? List.of() : List.of(part);
    }
}
