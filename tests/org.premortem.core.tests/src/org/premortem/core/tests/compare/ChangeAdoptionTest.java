/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.core.tests.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.premortem.core.tests.compare.ExampleEdits.byDisplayId;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.premortem.core.compare.Change;
import org.premortem.core.compare.ChangeAdoption;
import org.premortem.core.compare.ChangeKind;
import org.premortem.core.compare.ModelDiff;
import org.premortem.core.compare.ModelSnapshot;
import org.premortem.core.persistence.AnalysisStore;
import org.premortem.model.stpa.Analysis;
import org.premortem.model.stpa.Hazard;
import org.premortem.model.stpa.UnsafeControlAction;

/** Copying single changes between two versions, as the compare view's copy buttons do, in both directions. */
class ChangeAdoptionTest {

    private static ModelDiff diff(Analysis before, Analysis after) {
        return ModelDiff.between(ModelSnapshot.of(before), ModelSnapshot.of(after));
    }

    private static Analysis adopt(Analysis target, Analysis source, Change change) throws Exception {
        return ChangeAdoption.adopt(ModelSnapshot.of(target), ModelSnapshot.of(source), change).analysis();
    }

    @Test
    void copyingOneChangeCopiesThatChangeAndNothingElse() throws Exception {
        Analysis old = ExampleEdits.load();
        Analysis edited = ExampleEdits.load();
        ExampleEdits.<UnsafeControlAction>byDisplayId(edited, "UCA-3").setText("Enactor does not add a plan");
        ExampleEdits.<UnsafeControlAction>byDisplayId(edited, "UCA-4").setText("Enactor adds a stale plan");
        ModelDiff before = diff(old, edited);
        Change uca3 = before.changes().stream()
                .filter(c -> c.elementId().equals(byDisplayId(edited, "UCA-3").getId())).findFirst().orElseThrow();

        Analysis copied = adopt(old, edited, uca3);

        assertEquals("Enactor does not add a plan", ((UnsafeControlAction) byDisplayId(copied, "UCA-3")).getText());
        List<Change> left = new ArrayList<>(before.changes());
        left.remove(uca3);
        assertEquals(left, diff(copied, edited).changes(), "only UCA-3's change is gone from the diff");
    }

    @Test
    void anAddedUcaCopiedIntoTheOldVersionIsAddedWithItsLinks() throws Exception {
        Analysis old = ExampleEdits.load();
        Analysis edited = ExampleEdits.load();
        UnsafeControlAction added = ExampleEdits.addUca(edited, 5, "CA-1", "Planner provides a plan too late", "H-1");
        Change addition = diff(old, edited).changes(ChangeKind.ADDED).get(0);

        Analysis copied = adopt(old, edited, addition);

        UnsafeControlAction copy = byDisplayId(copied, "UCA-14");
        assertEquals(added.getId(), copy.getId());
        assertEquals("Planner provides a plan too late", copy.getText());
        assertEquals(List.of("H-1"), copy.getHazards().stream().map(Hazard::getDisplayId).toList());
        assertEquals(edited.getUnsafeControlActions().indexOf(added), copied.getUnsafeControlActions().indexOf(copy),
                "placed where the edited version has it");
        // saved and loaded again: the copy is a normal, loadable analysis
        AnalysisStore.parse(ExampleEdits.EXAMPLE, AnalysisStore.serialize(copied));
    }

    @Test
    void anAddedUcaCopiedIntoTheNewVersionIsRemovedFromItWithTheLinksToIt() throws Exception {
        Analysis old = ExampleEdits.load();
        Analysis edited = ExampleEdits.load();
        UnsafeControlAction added = ExampleEdits.addUca(edited, 5, "CA-1", "Planner provides a plan too late", "H-1");
        var scenario = edited.getLossScenarios().get(0);
        scenario.setUnsafeControlAction(added);
        Change addition = diff(old, edited).changes(ChangeKind.ADDED).get(0);

        Analysis reverted = adopt(edited, old, addition);

        assertFalse(ModelSnapshot.of(reverted).contains(added.getId()));
        assertEquals(null, reverted.getLossScenarios().get(0).getUnsafeControlAction(),
                "the link to the removed UCA goes with it");
    }

    @Test
    void aRemovedHazardCopiedBackIsRestoredWithItsSubHazardsButNotLinksToWhatIsGone() throws Exception {
        Analysis old = ExampleEdits.load();
        Analysis edited = ExampleEdits.load();
        Hazard h1 = byDisplayId(edited, "H-1");
        String id = h1.getId();
        ExampleEdits.delete(h1);
        Change removal = diff(old, edited).changes(ChangeKind.REMOVED).stream()
                .filter(change -> change.elementId().equals(id)).findFirst().orElseThrow();

        Analysis restored = adopt(edited, old, removal);

        Hazard back = byDisplayId(restored, "H-1");
        assertEquals(id, back.getId());
        assertEquals(((Hazard) byDisplayId(old, "H-1")).getSubHazards().size(), back.getSubHazards().size());
        assertEquals(0, restored.getHazards().indexOf(back), "in its old place, first");
    }

    @Test
    void aSubHazardWhoseParentTheTargetLacksIsRefusedWithAMessage() throws Exception {
        Analysis old = ExampleEdits.load();
        Analysis edited = ExampleEdits.load();
        Hazard parent = ExampleEdits.addHazard(edited, 9, "Route53 is unreachable");
        Hazard child = org.premortem.model.stpa.StpaFactory.eINSTANCE.createHazard();
        child.setId("_child_of_new_hazard");
        child.setDisplayId(parent.getDisplayId() + ".1");
        child.setText("for one region");
        parent.getSubHazards().add(child);
        Change childAdded = diff(old, edited).changes(ChangeKind.ADDED).stream()
                .filter(change -> change.elementId().equals(child.getId())).findFirst().orElseThrow();

        ChangeAdoption.RefusedException refused = assertThrows(ChangeAdoption.RefusedException.class,
                () -> adopt(old, edited, childAdded));
        assertTrue(refused.getMessage().contains("copy that first"), refused.getMessage());
    }

    @Test
    void randomEditsAreRedoneAndUndoneChangeByChange() throws Exception {
        for (long seed = 1; seed <= 40; seed++) {
            Analysis old = ExampleEdits.load();
            Analysis edited = ExampleEdits.load();
            new RandomEdits(seed).edit(edited, 1 + (int) (seed % 7));
            assertEquals(List.of(), copyAll(old, edited), "seed " + seed + ": old made into edited");
            assertEquals(List.of(), copyAll(edited, old), "seed " + seed + ": edited made into old");
        }
    }

    /**
     * Copies the changes from {@code source} into {@code target} one at a time, as a user clicks through the list
     * (a refused one is tried again after the others), and returns what still differs.
     */
    private static List<Change> copyAll(Analysis target, Analysis source) throws Exception {
        Analysis current = target;
        for (int round = 0; round < 50; round++) {
            List<Change> changes = diff(current, source).changes();
            if (changes.isEmpty()) {
                return List.of();
            }
            boolean progressed = false;
            for (Change change : changes) {
                try {
                    current = adopt(current, source, change);
                    progressed = true;
                    break;
                } catch (ChangeAdoption.RefusedException refused) {
                    // another change first
                }
            }
            if (!progressed) {
                return changes;
            }
        }
        return diff(current, source).changes();
    }
}
