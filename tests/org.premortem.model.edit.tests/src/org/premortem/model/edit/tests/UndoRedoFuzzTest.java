/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.model.edit.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.premortem.core.persistence.AnalysisStore;
import org.premortem.core.persistence.ModelLoadException;
import org.premortem.model.stpa.Analysis;
import org.premortem.model.stpa.DisplayIdCounter;
import org.premortem.model.stpa.IdentifiedElement;

/**
 * 10,000 random edits of the shipped example through the editor's command machinery, then: undoing all of them gives
 * back the original analysis, redoing all gives the edited one, no two elements ever share a permanent id, and what
 * the edits left saves and loads back equal (or is refused with a reason, when an edit put in text a file cannot
 * hold). Display-id counters are the one planned difference after undoing: they only move forward, so that a number
 * once issued is never issued again.
 */
class UndoRedoFuzzTest {

    private static final int EDITS = 10_000;
    private static final long SEED = 20_261_128L;

    @Test
    void undoingEverythingRestoresTheOriginalAndRedoingRestoresTheEdits() throws IOException {
        EditorSetup editor = new EditorSetup(EditorSetup.EXAMPLE, SEED);
        Analysis original = EcoreUtil.copy(editor.analysis);
        RandomEdits edits = new RandomEdits(editor.domain, editor.analysis, new SplittableRandom(SEED));

        Map<RandomEdits.Kind, Integer> kinds = new EnumMap<>(RandomEdits.Kind.class);
        for (int executed = 0; executed < EDITS;) {
            Optional<RandomEdits.Edit> edit = edits.next();
            if (edit.isPresent()) {
                editor.stack.execute(edit.get().command());
                assertEquals(List.of(), editor.stack.errors, "edit " + executed + ": " + edit.get().command().getLabel());
                kinds.merge(edit.get().kind(), 1, Integer::sum);
                executed++;
            }
        }
        System.out.println("edits by kind: " + kinds + "; elements now: " + edits.objects().size());
        for (RandomEdits.Kind kind : RandomEdits.Kind.values()) {
            assertTrue(kinds.getOrDefault(kind, 0) >= EDITS / 500, "too few edits of kind " + kind + ": " + kinds);
        }
        assertIdsAreDistinct(editor.analysis);
        Analysis edited = EcoreUtil.copy(editor.analysis);

        while (editor.stack.canUndo()) {
            editor.stack.undo();
        }
        assertEquals(List.of(), editor.stack.errors);
        assertTrue(EcoreUtil.equals(withoutCounters(original), withoutCounters(editor.analysis)),
                "undoing every edit gives back the original analysis; "
                        + Dumps.write("undo", withoutCounters(original), withoutCounters(editor.analysis)));
        assertCountersOnlyMovedForward(original, editor.analysis);

        while (editor.stack.canRedo()) {
            editor.stack.redo();
        }
        assertEquals(List.of(), editor.stack.errors);
        assertTrue(EcoreUtil.equals(edited, editor.analysis), "redoing every edit gives back the edited analysis; "
                + Dumps.write("redo", edited, editor.analysis));
        assertSavesAndLoadsBackEqual(editor.analysis);
    }

    private static void assertIdsAreDistinct(Analysis analysis) {
        Set<String> ids = new HashSet<>();
        for (TreeIterator<EObject> it = analysis.eAllContents(); it.hasNext();) {
            if (it.next() instanceof IdentifiedElement element && element.getId() != null) {
                assertTrue(ids.add(element.getId()), "two elements share the id " + element.getId());
            }
        }
    }

    private static Analysis withoutCounters(Analysis analysis) {
        Analysis copy = EcoreUtil.copy(analysis);
        copy.getDisplayIdCounters().clear();
        return copy;
    }

    private static void assertCountersOnlyMovedForward(Analysis before, Analysis after) {
        Map<String, Integer> now = new HashMap<>();
        for (DisplayIdCounter counter : after.getDisplayIdCounters()) {
            now.put(counter.getPrefix(), counter.getLast());
        }
        for (DisplayIdCounter counter : before.getDisplayIdCounters()) {
            assertTrue(now.getOrDefault(counter.getPrefix(), -1) >= counter.getLast(), counter.getPrefix());
        }
    }

    private static void assertSavesAndLoadsBackEqual(Analysis analysis) throws ModelLoadException {
        byte[] bytes;
        try {
            bytes = AnalysisStore.serialize(analysis);
        } catch (IOException refused) {
            assertTrue(refused.getMessage().startsWith("cannot save"), refused.getMessage());
            return;
        }
        assertTrue(EcoreUtil.equals(analysis, AnalysisStore.parse(Path.of("edited.premortem"), bytes)));
    }
}
