/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.core.tests.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import org.premortem.core.compare.ElementState;
import org.premortem.core.compare.ModelSnapshot;
import org.premortem.core.compare.Part;
import org.premortem.core.merge.AnalysisMerge;
import org.premortem.core.persistence.AnalysisStore;
import org.premortem.core.persistence.ModelLoadException;
import org.premortem.model.stpa.Analysis;

/**
 * Random edit sequences on two branches of the example, merged both ways: the result always saves and loads again,
 * holds a record for every conflict and no display id twice; a clean merge equals applying one branch's edits and
 * then the other's (up to the order of siblings and links, and the display ids of theirs' new elements, which the
 * merge numbers after ours'). The default run is short; {@code -Dpremortem.mergefuzz.runs=N} and
 * {@code -Dpremortem.mergefuzz.seed=S} make a long one.
 */
class MergeFuzzTest {

    private static final int RUNS = Integer.getInteger("premortem.mergefuzz.runs", 100);
    private static final long SEED = Long.getLong("premortem.mergefuzz.seed", 1L);

    @Test
    void randomBranchesMergeToLoadableFilesAndCleanMergesApplyBothEdits() throws Exception {
        byte[] example = Files.readAllBytes(ExampleEdits.EXAMPLE);
        java.util.Random sizes = new java.util.Random(SEED);
        int clean = 0;
        for (int run = 0; run < RUNS; run++) {
            Analysis ours = parse(example);
            Analysis theirs = parse(example);
            List<ModelEdit> oursEdits = new RandomEdits(SEED * 1_000_003L + 2L * run).edit(ours, 1 + sizes.nextInt(6));
            List<ModelEdit> theirsEdits = new RandomEdits(SEED * 1_000_003L + 2L * run + 1).edit(theirs,
                    1 + sizes.nextInt(6));
            String context = "seed " + SEED + " run " + run + "\nours: " + oursEdits + "\ntheirs: " + theirsEdits;
            clean += check(example, ours, theirs, oursEdits, theirsEdits, context + "\n(ours into theirs)");
            clean += check(example, theirs, ours, theirsEdits, oursEdits, context + "\n(theirs into ours)");
        }
        System.out.println("merge fuzz, seed " + SEED + ": " + 2 * RUNS + " merges, " + clean + " clean and equal to "
                + "both edit sequences, the others with conflicts recorded");
        if (RUNS >= 50 && clean == 0) {
            fail("no clean merge in " + RUNS + " runs: the oracle never compared anything");
        }
    }

    /** Checks one merge; 1 when it was clean (and equal to both edits), else 0. */
    private static int check(byte[] example, Analysis ours, Analysis theirs, List<ModelEdit> oursEdits,
            List<ModelEdit> theirsEdits, String context) throws Exception {
        AnalysisMerge.Outcome outcome;
        Analysis loaded;
        try {
            outcome = AnalysisMerge.merge(parse(example), ours, theirs);
            loaded = AnalysisStore.parse(Path.of("merged.premortem"), AnalysisStore.serialize(outcome.analysis()));
        } catch (IOException | RuntimeException e) {
            throw new AssertionError("merge failed or gave an unloadable file: " + e + "\n" + context, e);
        }
        assertEquals(outcome.result().conflicts().size(), loaded.getConflicts().size(), context);
        Set<String> displayIds = new HashSet<>();
        for (ElementState element : ModelSnapshot.of(loaded).elements().values()) {
            if (!element.displayId().isEmpty() && !displayIds.add(element.displayId())) {
                fail("display id " + element.displayId() + " twice\n" + context);
            }
        }
        if (!outcome.result().isClean()) {
            return 0;
        }
        Analysis expected = parse(example);
        oursEdits.forEach(edit -> edit.apply(expected));
        theirsEdits.forEach(edit -> edit.apply(expected));
        Set<String> theirsNew = new HashSet<>(ModelSnapshot.of(theirs).elements().keySet());
        theirsNew.removeAll(ModelSnapshot.of(parse(example)).elements().keySet());
        theirsNew.removeAll(ModelSnapshot.of(ours).elements().keySet());
        Map<String, ElementState> want = normalized(ModelSnapshot.of(expected), theirsNew);
        Map<String, ElementState> got = normalized(ModelSnapshot.of(loaded), theirsNew);
        assertEquals(want.keySet(), got.keySet(), context);
        for (String id : want.keySet()) {
            assertEquals(want.get(id), got.get(id), id + "\n" + context);
        }
        return 1;
    }

    private static Analysis parse(byte[] bytes) throws ModelLoadException {
        return AnalysisStore.parse(ExampleEdits.EXAMPLE, bytes);
    }

    /**
     * Sibling and link lists sorted, display-id counters left out, and the display ids of theirs' new elements left
     * out: the merge numbers them after ours', the replay in the order of the edits.
     */
    private static Map<String, ElementState> normalized(ModelSnapshot snapshot, Set<String> theirsNew) {
        Map<String, ElementState> elements = new TreeMap<>();
        snapshot.elements().forEach((id, state) -> {
            Map<String, List<String>> attributes = new TreeMap<>(state.attributes());
            if (theirsNew.contains(id)) {
                attributes.remove("displayId");
            }
            Map<String, List<String>> references = new TreeMap<>();
            state.references().forEach((name, ids) -> references.put(name, ids.stream().sorted().toList()));
            Map<String, List<Part>> parts = new TreeMap<>(state.parts());
            parts.remove("displayIdCounters");
            Map<String, List<String>> children = new TreeMap<>();
            state.children().forEach((name, ids) -> children.put(name, ids.stream().sorted().toList()));
            elements.put(id, new ElementState(id, state.kind(), state.parentId(), state.containment(), attributes,
                    references, parts, children));
        });
        return elements;
    }
}
