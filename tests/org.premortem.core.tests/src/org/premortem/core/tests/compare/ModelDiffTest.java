/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.core.tests.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.premortem.core.tests.compare.ExampleEdits.byDisplayId;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.premortem.core.compare.Change;
import org.premortem.core.compare.ChangeKind;
import org.premortem.core.compare.DiffMarkdown;
import org.premortem.core.compare.DiffText;
import org.premortem.core.compare.ModelDiff;
import org.premortem.core.compare.ModelSnapshot;
import org.premortem.model.stpa.Analysis;
import org.premortem.model.stpa.Component;
import org.premortem.model.stpa.ControlStructure;
import org.premortem.model.stpa.Hazard;
import org.premortem.model.stpa.LossScenario;
import org.premortem.model.stpa.UnsafeControlAction;

/** The semantic diff: each kind of change found by permanent id, nothing else reported. */
class ModelDiffTest {

    private static ModelDiff diff(Analysis before, Analysis after) {
        return ModelDiff.between(ModelSnapshot.of(before), ModelSnapshot.of(after));
    }

    @Test
    void sameFileHasNoChanges() throws Exception {
        ModelDiff diff = diff(ExampleEdits.load(), ExampleEdits.load());
        assertTrue(diff.isEmpty(), diff.changes().toString());
        assertEquals("no differences", DiffText.summary(diff));
    }

    @Test
    void attributeChangeShowsOldAndNew() throws Exception {
        Analysis after = ExampleEdits.load();
        UnsafeControlAction uca3 = byDisplayId(after, "UCA-3");
        String old = uca3.getText();
        uca3.setText("Enactor does not add a plan");

        ModelDiff diff = diff(ExampleEdits.load(), after);

        assertEquals(List.of(new Change(ChangeKind.CHANGED, uca3.getId(), "text", List.of(old),
                List.of("Enactor does not add a plan"))), diff.changes());
        assertTrue(DiffText.of(diff, "a", "b").contains("changed UCA-3 'Enactor does not add a plan' text: \""
                + old + "\" \u2192 \"Enactor does not add a plan\""), DiffText.of(diff, "a", "b"));
    }

    @Test
    void addedUcaIsOneAddedElementPlusItsCounter() throws Exception {
        Analysis after = ExampleEdits.load();
        UnsafeControlAction added = ExampleEdits.addUca(after, 5, "CA-1", "Planner provides a plan too late", "H-1");

        ModelDiff diff = diff(ExampleEdits.load(), after);

        assertEquals(1, diff.changes(ChangeKind.ADDED).size());
        assertEquals(added.getId(), diff.changes(ChangeKind.ADDED).get(0).elementId());
        assertEquals("UCA-14", added.getDisplayId());
        // the display-id counter of the analysis is the only other change
        List<Change> changed = diff.changes(ChangeKind.CHANGED);
        assertEquals(1, changed.size(), changed.toString());
        assertEquals("displayIdCounters", changed.get(0).feature());
        assertTrue(DiffText.of(diff, "a", "b").contains("added UCA-14 'Planner provides a plan too late' "
                + "(UnsafeControlAction, unsafeControlActions of the analysis)"), DiffText.of(diff, "a", "b"));
    }

    @Test
    void removedHazardAndItsReferencesAreReported() throws Exception {
        Analysis after = ExampleEdits.load();
        Hazard h2 = byDisplayId(after, "H-2");
        String id = h2.getId();
        ExampleEdits.delete(h2);

        ModelDiff diff = diff(ExampleEdits.load(), after);

        assertEquals(List.of(id), diff.changes(ChangeKind.REMOVED).stream().map(Change::elementId).toList());
        assertFalse(diff.changes(ChangeKind.UNLINKED).isEmpty());
        for (Change unlinked : diff.changes(ChangeKind.UNLINKED)) {
            assertEquals(List.of(id), unlinked.before(), unlinked.toString());
        }
        assertTrue(diff.changes(ChangeKind.LINKED).isEmpty());
    }

    @Test
    void linkAndUnlinkOfReferences() throws Exception {
        Analysis after = ExampleEdits.load();
        LossScenario scenario = after.getLossScenarios().get(0);
        Hazard h1 = byDisplayId(after, "H-1");
        Hazard h2 = byDisplayId(after, "H-2");
        boolean hadH1 = scenario.getHazards().remove(h1);
        scenario.getHazards().add(h2);

        ModelDiff diff = diff(ExampleEdits.load(), after);

        assertEquals(List.of(new Change(ChangeKind.LINKED, scenario.getId(), "hazards", List.of(), List.of(h2.getId()))),
                diff.changes(ChangeKind.LINKED));
        assertEquals(hadH1 ? 1 : 0, diff.changes(ChangeKind.UNLINKED).size());
    }

    @Test
    void moveToAnotherContainerAndReorderAreMoves() throws Exception {
        Analysis after = ExampleEdits.load();
        ControlStructure structure = after.getControlStructures().get(0);
        Component first = structure.getComponents().get(0);
        Component second = structure.getComponents().get(1);
        second.getChildren().add(structure.getComponents().get(structure.getComponents().size() - 1));
        structure.getComponents().move(1, first);

        ModelDiff diff = diff(ExampleEdits.load(), after);

        List<Change> moves = diff.changes(ChangeKind.MOVED);
        assertEquals(2, moves.size(), moves.toString());
        assertTrue(moves.stream().anyMatch(change -> change.after().equals(List.of(second.getId(), "children"))));
        // one of the two swapped components moved; the other kept its place among the siblings
        assertTrue(moves.stream().anyMatch(change -> change.elementId().equals(first.getId())
                || change.elementId().equals(second.getId())));
    }

    @Test
    void markdownEscapesTextsAndHasSections() throws Exception {
        Analysis after = ExampleEdits.load();
        UnsafeControlAction uca3 = byDisplayId(after, "UCA-3");
        uca3.setText("<script>alert(1)</script> | *bold*");

        String md = DiffMarkdown.of(diff(ExampleEdits.load(), after), "old.premortem", "new.premortem");

        assertTrue(md.contains("#### Changed (1)"), md);
        assertTrue(md.contains("&lt;script&gt;alert\\(1\\)&lt;/script&gt; \\| \\*bold\\*"), md);
        assertFalse(md.contains("<script>"), md);
    }
}
