/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.model.edit.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.command.CreateChildCommand;
import org.eclipse.emf.edit.command.CommandParameter;
import org.eclipse.emf.edit.command.DragAndDropCommand;
import org.eclipse.emf.edit.command.DragAndDropFeedback;
import org.eclipse.emf.edit.command.DeleteCommand;
import org.junit.jupiter.api.Test;
import org.premortem.model.stpa.Hazard;
import org.premortem.model.stpa.StpaPackage;
import org.premortem.model.stpa.UnsafeControlAction;

/**
 * How elements created through the editor's commands get their ids: the {@code IdAssigningAdapter} gives them as an
 * element arrives; an element that comes back (undo of a delete, redo of a creation) keeps its ids, and a copy (drag
 * and drop with Ctrl) gets new ones instead of sharing its original's.
 */
class IdsOfCopiesTest {

    @Test
    void aCreatedChildGetsIdsThatSurviveUndoAndRedo() throws IOException {
        EditorSetup editor = new EditorSetup(EditorSetup.EXAMPLE, 1);
        Hazard hazard = editor.analysis.getHazards().get(0);
        CommandParameter subHazard = editor.domain.getNewChildDescriptors(hazard, null).stream()
                .map(CommandParameter.class::cast)
                .filter(d -> d.getFeature() == StpaPackage.eINSTANCE.getHazard_SubHazards()).findFirst().orElseThrow();
        editor.stack.execute(CreateChildCommand.create(editor.domain, hazard, subHazard, List.of(hazard)));

        Hazard created = hazard.getSubHazards().get(hazard.getSubHazards().size() - 1);
        String id = created.getId();
        assertNotNull(id);
        assertEquals(hazard.getDisplayId() + "." + hazard.getSubHazards().size(), created.getDisplayId());
        editor.stack.undo();
        editor.stack.redo();
        assertEquals(id, hazard.getSubHazards().get(hazard.getSubHazards().size() - 1).getId());
    }

    @Test
    void aDroppedCopyGetsNewIdsAndItsOriginalKeepsItsOwn() throws IOException {
        EditorSetup editor = new EditorSetup(EditorSetup.EXAMPLE, 2);
        UnsafeControlAction original = editor.analysis.getUnsafeControlActions().get(0);
        int before = editor.analysis.getUnsafeControlActions().size();
        Command copy = DragAndDropCommand.create(editor.domain, editor.analysis.getUnsafeControlActions().get(1), 0.9f,
                DragAndDropFeedback.DROP_COPY, DragAndDropFeedback.DROP_COPY, List.of(original));
        assertTrue(copy.canExecute());
        editor.stack.execute(copy);

        assertEquals(before + 1, editor.analysis.getUnsafeControlActions().size());
        UnsafeControlAction duplicate = editor.analysis.getUnsafeControlActions().stream()
                .filter(uca -> uca != original && original.getText().equals(uca.getText())).findFirst().orElseThrow();
        assertNotEquals(original.getId(), duplicate.getId());
        assertNotEquals(original.getDisplayId(), duplicate.getDisplayId());
        assertEquals(original.getHazards(), duplicate.getHazards(), "a copy refers to what its original refers to");
    }

    @Test
    void aDeletedElementComesBackWithItsIds() throws IOException {
        EditorSetup editor = new EditorSetup(EditorSetup.EXAMPLE, 3);
        UnsafeControlAction uca = editor.analysis.getUnsafeControlActions().get(2);
        String id = uca.getId();
        String displayId = uca.getDisplayId();
        editor.stack.execute(DeleteCommand.create(editor.domain, List.of(uca)));
        editor.stack.undo();
        assertEquals(id, uca.getId());
        assertEquals(displayId, uca.getDisplayId());
    }
}
