/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.core.merge;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.premortem.core.compare.Part;

/**
 * Gives an element that only theirs created, and whose display id ours gave to another element (two new UCA-14s),
 * the next free number under its prefix; its own new refinements (H-5.1 under a renumbered H-5) follow it. This is
 * the only renumbering Premortem does: references use permanent ids, so none breaks, but texts that mention the old
 * display id are listed.
 */
final class DisplayIdCollisions {

    private static final Pattern NUMBERED = Pattern.compile("(.*[-.])(\\d{1,9})");

    private DisplayIdCollisions() {
    }

    static List<Renumbering> resolve(Map<String, Draft> merged, Set<String> incoming, Draft root) {
        // display ids of the elements that are not theirs' new ones: only a clash with those renumbers
        Map<String, Integer> uses = new HashMap<>();
        Map<String, Integer> highest = new HashMap<>();
        for (Draft draft : merged.values()) {
            if (!incoming.contains(draft.id)) {
                uses.merge(draft.displayId(), 1, Integer::sum);
            }
            record(draft.displayId(), highest);
        }
        List<Renumbering> renumberings = new ArrayList<>();
        for (Draft draft : merged.values()) {
            String old = draft.displayId();
            Matcher matcher = NUMBERED.matcher(old);
            if (!incoming.contains(draft.id) || old.isEmpty() || uses.getOrDefault(old, 0) == 0 || !matcher.matches()) {
                continue;
            }
            String prefix = matcher.group(1);
            int number = Math.max(highest.getOrDefault(prefix, 0), counter(root, prefix)) + 1;
            String renumbered = prefix + number;
            highest.put(prefix, number);
            setCounter(root, prefix, number);
            setDisplayId(draft, renumbered);
            for (Draft other : merged.values()) {
                String otherId = other.displayId();
                if (incoming.contains(other.id) && otherId.startsWith(old + ".")) {
                    String moved = renumbered + otherId.substring(old.length());
                    setDisplayId(other, moved);
                    record(moved, highest);
                }
            }
            renumberings.add(new Renumbering(draft.id, old, renumbered, TextMentions.of(merged, old)));
        }
        return renumberings;
    }

    private static void setDisplayId(Draft draft, String displayId) {
        draft.attributes.put("displayId", List.of(displayId));
    }

    private static void record(String displayId, Map<String, Integer> highest) {
        Matcher matcher = NUMBERED.matcher(displayId);
        if (matcher.matches()) {
            highest.merge(matcher.group(1), Integer.parseInt(matcher.group(2)), Math::max);
        }
    }

    private static int counter(Draft root, String prefix) {
        for (Part counter : root.parts.getOrDefault(PartMerge.COUNTERS, List.of())) {
            if (counter.values("prefix").equals(List.of(prefix))) {
                return PartMerge.last(counter);
            }
        }
        return 0;
    }

    private static void setCounter(Draft root, String prefix, int last) {
        List<Part> counters = new ArrayList<>(root.parts.getOrDefault(PartMerge.COUNTERS, List.of()));
        Part updated = new Part("DisplayIdCounter", Map.of("prefix", List.of(prefix), "last", List.of(Integer.toString(last))));
        boolean replaced = false;
        for (int i = 0; i < counters.size(); i++) {
            if (counters.get(i).values("prefix").equals(List.of(prefix))) {
                counters.set(i, updated);
                replaced = true;
            }
        }
        if (!replaced) {
            counters.add(updated);
        }
        root.parts.put(PartMerge.COUNTERS, counters);
    }
}
