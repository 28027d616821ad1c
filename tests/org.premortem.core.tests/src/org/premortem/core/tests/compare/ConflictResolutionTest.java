/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.core.tests.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.premortem.core.tests.compare.ExampleEdits.byDisplayId;

import java.util.List;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.premortem.core.compare.ModelSnapshot;
import org.premortem.core.merge.AnalysisMerge;
import org.premortem.core.merge.ConflictResolution;
import org.premortem.core.merge.ConflictResolution.Side;
import org.premortem.model.stpa.Analysis;
import org.premortem.model.stpa.Hazard;
import org.premortem.model.stpa.MergeConflict;
import org.premortem.model.stpa.UnsafeControlAction;

/** Picking ours or theirs for a recorded conflict: the value is set, the record goes, nothing else changes. */
class ConflictResolutionTest {

    private final Analysis base = ExampleEdits.load();
    private final Analysis ours = ExampleEdits.load();
    private final Analysis theirs = ExampleEdits.load();

    ConflictResolutionTest() throws Exception {
    }

    private static UnsafeControlAction uca(Analysis analysis, String displayId) {
        return byDisplayId(analysis, displayId);
    }

    private Analysis merged() {
        return AnalysisMerge.merge(base, ours, theirs).analysis();
    }

    @Test
    void theirsSetsTheirTextAndOursKeepsOurs() {
        uca(ours, "UCA-3").setText("ours");
        uca(theirs, "UCA-3").setText("theirs");

        Analysis pickTheirs = merged();
        MergeConflict conflict = ConflictResolution.of(pickTheirs, uca(pickTheirs, "UCA-3").getId()).get(0);
        ConflictResolution.resolve(pickTheirs, conflict, Side.THEIRS);
        assertEquals("theirs", uca(pickTheirs, "UCA-3").getText());
        assertTrue(pickTheirs.getConflicts().isEmpty());

        Analysis pickOurs = merged();
        ConflictResolution.resolve(pickOurs, pickOurs.getConflicts().get(0), Side.OURS);
        assertEquals("ours", uca(pickOurs, "UCA-3").getText());
        assertTrue(pickOurs.getConflicts().isEmpty());
        assertEquals(ModelSnapshot.of(ours).elements(), ModelSnapshot.of(pickOurs).elements());
    }

    @Test
    void theirsSetsASingleReference() {
        UnsafeControlAction oursUca = uca(ours, "UCA-3");
        oursUca.setControlAction(byDisplayId(ours, "CA-1"));
        uca(theirs, "UCA-3").setControlAction(byDisplayId(theirs, "CA-3"));

        Analysis merged = merged();
        ConflictResolution.resolve(merged, merged.getConflicts().get(0), Side.THEIRS);

        assertEquals("CA-3", uca(merged, "UCA-3").getControlAction().getDisplayId());
    }

    @Test
    void oursDeletesAgainAnElementOursDeletedAndTheirsChanged() {
        EcoreUtil.delete(uca(ours, "UCA-5"), true);
        uca(theirs, "UCA-5").setText("sharper");
        String id = uca(base, "UCA-5").getId();

        Analysis keep = merged();
        ConflictResolution.resolve(keep, keep.getConflicts().get(0), Side.THEIRS);
        assertEquals("sharper", uca(keep, "UCA-5").getText());

        Analysis delete = merged();
        ConflictResolution.resolve(delete, delete.getConflicts().get(0), Side.OURS);
        assertFalse(ModelSnapshot.of(delete).contains(id));
        assertTrue(delete.getConflicts().isEmpty());
    }

    @Test
    void aTheirsValueThatNoLongerFitsIsRefusedAndChangesNothing() {
        Hazard h2 = byDisplayId(ours, "H-2");
        uca(ours, "UCA-3").getHazards().add(h2);
        uca(ours, "UCA-3").setText("ours");
        uca(theirs, "UCA-3").setText("theirs");
        Analysis merged = merged();
        MergeConflict conflict = merged.getConflicts().get(0);
        conflict.setFeature("hazards");
        conflict.getTheirs().clear();
        conflict.getTheirs().add("_AAAAAAAAAAAAAAAAAAAAAA");
        ModelSnapshot before = ModelSnapshot.of(merged);

        assertThrows(IllegalArgumentException.class, () -> ConflictResolution.resolve(merged, conflict, Side.THEIRS));

        assertEquals(before.elements(), ModelSnapshot.of(merged).elements());
        assertEquals(List.of(conflict), merged.getConflicts());
    }
}
