/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashSet;
import org.eclipse.emf.common.util.EList;
import java.util.Set;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.premortem.core.build.AnalysisBuilder;
import org.premortem.core.ids.IdSource;
import org.premortem.core.persistence.AnalysisStore;
import org.premortem.model.stpa.Analysis;
import org.premortem.model.stpa.Hazard;
import org.premortem.model.stpa.IdentifiedElement;
import org.premortem.model.stpa.Loss;

/** Display ids follow the Handbook's patterns and never renumber; permanent ids never change. */
class DisplayIdTest {

    @TempDir
    Path folder;

    @Test
    void elementsGetHandbookStyleDisplayIds() {
        Analysis analysis = SmallAnalysis.build();
        assertEquals("L-1", analysis.getLosses().get(0).getDisplayId());
        assertEquals("L-2", analysis.getLosses().get(1).getDisplayId());
        assertEquals("H-1", analysis.getHazards().get(0).getDisplayId());
        assertEquals("H-1.1", analysis.getHazards().get(0).getSubHazards().get(0).getDisplayId());
        assertEquals("SC-1.1", analysis.getSystemConstraints().get(0).getSubConstraints().get(0).getDisplayId());
        assertEquals("R-1", analysis.getControlStructures().get(0).getComponents().get(1).getResponsibilities()
                .get(0).getDisplayId());
        assertEquals("UCA-2", analysis.getUnsafeControlActions().get(1).getDisplayId());
        assertEquals("C-1", analysis.getControllerConstraints().get(0).getDisplayId());
        assertEquals("LS-1", analysis.getLossScenarios().get(0).getDisplayId());
        assertEquals("REQ-1", analysis.getRequirements().get(0).getDisplayId());
    }

    @Test
    void everyElementHasAUniquePermanentId() {
        Set<String> ids = new HashSet<>();
        Analysis analysis = SmallAnalysis.build();
        ids.add(analysis.getId());
        for (TreeIterator<EObject> it = analysis.eAllContents(); it.hasNext();) {
            if (it.next() instanceof IdentifiedElement element) {
                assertNotNull(element.getId(), element.getLabel());
                assertEquals(true, ids.add(element.getId()), "duplicate id " + element.getId());
            }
        }
    }

    @Test
    void deletingAndInsertingNeverRenumbersOthers() throws IOException {
        AnalysisBuilder b = SmallAnalysis.builder();
        Analysis analysis = b.build();
        b.loss("Third loss");
        EList<Loss> losses = analysis.getLosses();
        String secondPermanentId = losses.get(1).getId();

        losses.remove(0); // delete L-1
        Loss inserted = b.loss("Inserted after the deletion");
        losses.move(0, inserted); // and put it first

        assertEquals("L-4", inserted.getDisplayId(), "a new element gets the next number, not a freed one");
        assertEquals("L-2", losses.get(1).getDisplayId(), "L-2 keeps its number");
        assertEquals(secondPermanentId, losses.get(1).getId());
        assertEquals("L-3", losses.get(2).getDisplayId());
    }

    @Test
    void deletedNumbersAreNotReusedAfterSaveAndLoad() throws IOException {
        AnalysisBuilder b = SmallAnalysis.builder();
        Analysis analysis = b.build();
        Hazard parent = analysis.getHazards().get(0);
        Hazard second = b.subHazard(parent, "Second refinement");
        assertEquals("H-1.2", second.getDisplayId());
        parent.getSubHazards().remove(second);
        Path file = folder.resolve("a.premortem");
        AnalysisStore.save(analysis, file);

        Analysis reloaded = AnalysisStore.load(file);
        Hazard third = AnalysisBuilder.extend(reloaded, IdSource.random())
                .subHazard(reloaded.getHazards().get(0), "Third refinement");

        assertEquals("H-1.3", third.getDisplayId(), "the file remembers that H-1.2 was issued");
        assertNotEquals(second.getId(), third.getId());
    }
}
