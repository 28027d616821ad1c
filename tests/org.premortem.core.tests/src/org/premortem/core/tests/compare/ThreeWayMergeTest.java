/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.core.tests.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.premortem.core.tests.compare.ExampleEdits.byDisplayId;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.premortem.core.compare.ModelDiff;
import org.premortem.core.compare.ModelSnapshot;
import org.premortem.core.merge.AnalysisMerge;
import org.premortem.core.merge.ConflictRecord;
import org.premortem.core.merge.Renumbering;
import org.premortem.core.persistence.AnalysisStore;
import org.premortem.model.stpa.Analysis;
import org.premortem.model.stpa.Component;
import org.premortem.model.stpa.ConflictKind;
import org.premortem.model.stpa.Hazard;
import org.premortem.model.stpa.MergeConflict;
import org.premortem.model.stpa.UnsafeControlAction;

/** The three-way merge rules of issue 14, each on the DynamoDB example; every result saved and loaded again. */
class ThreeWayMergeTest {

    private final Analysis base;
    private final Analysis ours;
    private final Analysis theirs;

    ThreeWayMergeTest() throws Exception {
        base = ExampleEdits.load();
        ours = ExampleEdits.load();
        theirs = ExampleEdits.load();
    }

    /** Merges, saves and loads the result again: what a merge driver leaves on disk. */
    private Merged merge() throws Exception {
        AnalysisMerge.Outcome outcome = AnalysisMerge.merge(base, ours, theirs);
        byte[] bytes = AnalysisStore.serialize(outcome.analysis());
        Analysis loaded = AnalysisStore.parse(Path.of("merged.premortem"), bytes);
        assertEquals(ModelSnapshot.of(outcome.analysis()).elements(), ModelSnapshot.of(loaded).elements());
        return new Merged(loaded, outcome);
    }

    private static UnsafeControlAction uca(Analysis analysis, String displayId) {
        return byDisplayId(analysis, displayId);
    }

    private record Merged(Analysis analysis, AnalysisMerge.Outcome outcome) {
        List<ConflictRecord> conflicts() {
            return outcome.result().conflicts();
        }
    }

    @Test
    void unchangedSidesGiveTheBaseBackByteForByte() throws Exception {
        Merged merged = merge();
        assertTrue(merged.outcome().result().isClean());
        assertTrue(ModelDiff.between(ModelSnapshot.of(base), ModelSnapshot.of(merged.analysis())).isEmpty());
        assertEquals(new String(AnalysisStore.serialize(ExampleEdits.load())),
                new String(AnalysisStore.serialize(merged.analysis())));
    }

    @Test
    void changesToDifferentElementsAndAttributesMergeSilently() throws Exception {
        UnsafeControlAction oursUca = byDisplayId(ours, "UCA-3");
        oursUca.setText("ours' text");
        uca(theirs, "UCA-5").setText("theirs' text");
        ((UnsafeControlAction) byDisplayId(theirs, "UCA-3")).setRationale("theirs' rationale");
        ((Component) byDisplayId(theirs, "CMP-1")).setReplicas(2);

        Merged merged = merge();

        assertTrue(merged.conflicts().isEmpty(), merged.conflicts().toString());
        UnsafeControlAction uca3 = byDisplayId(merged.analysis(), "UCA-3");
        assertEquals("ours' text", uca3.getText());
        assertEquals("theirs' rationale", uca3.getRationale());
        assertEquals("theirs' text", ((UnsafeControlAction) byDisplayId(merged.analysis(), "UCA-5")).getText());
        assertEquals(2, ((Component) byDisplayId(merged.analysis(), "CMP-1")).getReplicas());
    }

    @Test
    void referencesMergeItemByItem() throws Exception {
        Hazard oursH2 = byDisplayId(ours, "H-2");
        ((UnsafeControlAction) byDisplayId(ours, "UCA-3")).getHazards().add(oursH2);
        UnsafeControlAction theirsUca3 = byDisplayId(theirs, "UCA-3");
        Hazard theirsH1 = byDisplayId(theirs, "H-1");
        theirsUca3.getHazards().remove(theirsH1);

        Merged merged = merge();

        assertTrue(merged.conflicts().isEmpty(), merged.conflicts().toString());
        UnsafeControlAction uca3 = byDisplayId(merged.analysis(), "UCA-3");
        assertEquals(List.of("H-2"), uca3.getHazards().stream().map(Hazard::getDisplayId).toList());
    }

    @Test
    void bothSidesNewUcasAreKeptAndTheirsIsRenumbered() throws Exception {
        UnsafeControlAction mine = ExampleEdits.addUca(ours, 11, "CA-1", "Planner provides a plan twice", "H-1");
        UnsafeControlAction other = ExampleEdits.addUca(theirs, 12, "CA-2", "Enactor applies a stale plan", "H-1");
        assertEquals("UCA-14", mine.getDisplayId());
        assertEquals("UCA-14", other.getDisplayId());
        uca(theirs, "UCA-3").setRationale("compare with UCA-14, not UCA-145");

        Merged merged = merge();

        assertTrue(merged.conflicts().isEmpty(), merged.conflicts().toString());
        UnsafeControlAction keptMine = (UnsafeControlAction) merged.analysis().eResource().getEObject(mine.getId());
        UnsafeControlAction keptOther = (UnsafeControlAction) merged.analysis().eResource().getEObject(other.getId());
        assertEquals("UCA-14", keptMine.getDisplayId());
        assertEquals("UCA-15", keptOther.getDisplayId());
        assertEquals("Enactor applies a stale plan", keptOther.getText());
        List<Renumbering> renumberings = merged.outcome().result().renumberings();
        assertEquals(1, renumberings.size());
        assertEquals("UCA-14", renumberings.get(0).oldDisplayId());
        assertEquals("UCA-15", renumberings.get(0).newDisplayId());
        String uca3 = byDisplayId(merged.analysis(), "UCA-3").getId();
        assertEquals(List.of(new Renumbering.Mention(uca3, "rationale")), renumberings.get(0).mentions());
        // the counter has moved past both, so the next UCA is UCA-16
        assertEquals("UCA-16", ExampleEdits.addUca(merged.analysis(), 13, "CA-1", "next", "H-1").getDisplayId());
    }

    @Test
    void listOrderFollowsOursWithTheirsInsertionsAfterTheirLeftNeighbour() throws Exception {
        Hazard mine = ExampleEdits.addHazard(ours, 21, "ours' hazard");
        ours.getHazards().move(0, mine);
        Hazard other = ExampleEdits.addHazard(theirs, 22, "theirs' hazard");
        theirs.getHazards().move(1, other);

        Merged merged = merge();

        assertEquals(List.of("ours' hazard", "The currently active DNS plan is not good", "theirs' hazard",
                "Route53 plan storage is near full"),
                merged.analysis().getHazards().stream().map(Hazard::getText).toList());
        assertEquals(List.of("H-3", "H-1", "H-4", "H-2"),
                merged.analysis().getHazards().stream().map(Hazard::getDisplayId).toList());
    }

    @Test
    void sameAttributeChangedDifferentlyIsAConflictKeepingOurs() throws Exception {
        uca(ours, "UCA-3").setText("ours");
        uca(theirs, "UCA-3").setText("theirs");

        Merged merged = merge();

        String id = byDisplayId(base, "UCA-3").getId();
        assertEquals(List.of(new ConflictRecord(id, ConflictKind.BOTH_CHANGED, "text", List.of("ours"),
                List.of("theirs"))), merged.conflicts());
        assertEquals("ours", ((UnsafeControlAction) byDisplayId(merged.analysis(), "UCA-3")).getText());
        MergeConflict record = merged.analysis().getConflicts().get(0);
        assertEquals(id, record.getElement().getId());
        assertEquals("text", record.getFeature());
        assertEquals(List.of("ours"), record.getOurs());
        assertEquals(List.of("theirs"), record.getTheirs());
    }

    @Test
    void deleteOfAnElementTheOtherSideChangedKeepsItAsAConflict() throws Exception {
        String id = byDisplayId(base, "UCA-5").getId();
        ExampleEdits.delete(byDisplayId(ours, "UCA-5"));
        uca(theirs, "UCA-5").setText("sharper wording");

        Merged merged = merge();

        assertEquals(1, merged.conflicts().size(), merged.conflicts().toString());
        assertEquals(ConflictKind.DELETED_BY_OURS, merged.conflicts().get(0).kind());
        assertEquals(id, merged.conflicts().get(0).elementId());
        assertEquals("sharper wording", ((UnsafeControlAction) byDisplayId(merged.analysis(), "UCA-5")).getText());
        assertEquals(ConflictKind.DELETED_BY_OURS, merged.analysis().getConflicts().get(0).getKind());
    }

    @Test
    void deleteOfAnElementTheOtherSideReferencesKeepsItAsAConflict() throws Exception {
        String h2 = byDisplayId(base, "H-2").getId();
        ExampleEdits.delete(byDisplayId(theirs, "H-2"));
        Hazard oursH2 = byDisplayId(ours, "H-2");
        ((UnsafeControlAction) byDisplayId(ours, "UCA-3")).getHazards().add(oursH2);

        Merged merged = merge();

        assertEquals(1, merged.conflicts().size(), merged.conflicts().toString());
        assertEquals(ConflictKind.DELETED_BY_THEIRS, merged.conflicts().get(0).kind());
        assertEquals(h2, merged.conflicts().get(0).elementId());
        assertTrue(((UnsafeControlAction) byDisplayId(merged.analysis(), "UCA-3")).getHazards().stream()
                .anyMatch(hazard -> hazard.getId().equals(h2)));
    }

    @Test
    void unreferencedUnchangedDeleteIsMergedSilently() throws Exception {
        String id = byDisplayId(base, "UCA-13").getId();
        ExampleEdits.delete(byDisplayId(theirs, "UCA-13"));
        uca(ours, "UCA-3").setText("edited");

        Merged merged = merge();

        assertTrue(merged.conflicts().isEmpty(), merged.conflicts().toString());
        assertFalse(ModelSnapshot.of(merged.analysis()).contains(id));
    }

    @Test
    void versionsOfDifferentAnalysesAreRefused() throws Exception {
        Analysis other = ExampleEdits.load();
        other.setId("_AAAAAAAAAAAAAAAAAAAAAA");
        assertThrows(IllegalArgumentException.class, () -> AnalysisMerge.merge(base, ours, other));
    }
}
