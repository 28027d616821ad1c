/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.core.tests.compare;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.premortem.core.ids.IdAssigner;
import org.premortem.core.ids.IdSource;
import org.premortem.core.persistence.AnalysisStore;
import org.premortem.core.persistence.ModelLoadException;
import org.premortem.model.stpa.Analysis;
import org.premortem.model.stpa.ControlAction;
import org.premortem.model.stpa.Hazard;
import org.premortem.model.stpa.IdentifiedElement;
import org.premortem.model.stpa.StpaFactory;
import org.premortem.model.stpa.UcaType;
import org.premortem.model.stpa.UnsafeControlAction;

/** The DynamoDB example, loaded fresh, and the edits the compare and merge tests make on it. */
public final class ExampleEdits {

    public static final Path EXAMPLE = Path.of("..", "..", "bundles", "org.premortem.examples", "projects",
            "dynamodb-dns", "dynamodb-dns.premortem");

    private ExampleEdits() {
    }

    public static Analysis load() throws IOException, ModelLoadException {
        return AnalysisStore.parse(EXAMPLE, Files.readAllBytes(EXAMPLE));
    }

    /** The element with the display id, e.g. {@code byDisplayId(analysis, "UCA-3")}. */
    @SuppressWarnings("unchecked")
    public static <T extends IdentifiedElement> T byDisplayId(Analysis analysis, String displayId) {
        for (TreeIterator<EObject> it = analysis.eAllContents(); it.hasNext();) {
            if (it.next() instanceof IdentifiedElement element && displayId.equals(element.getDisplayId())) {
                return (T) element;
            }
        }
        throw new AssertionError("no " + displayId);
    }

    /** Adds a UCA of the control action's controller, with new ids from {@code seed}, linked to the hazard. */
    public static UnsafeControlAction addUca(Analysis analysis, long seed, String controlAction, String text,
            String hazard) {
        UnsafeControlAction uca = StpaFactory.eINSTANCE.createUnsafeControlAction();
        ControlAction action = byDisplayId(analysis, controlAction);
        uca.setControlAction(action);
        uca.setSource(action.getSource());
        uca.setType(UcaType.PROVIDED);
        uca.setText(text);
        uca.getHazards().add(byDisplayId(analysis, hazard));
        analysis.getUnsafeControlActions().add(uca);
        new IdAssigner(analysis, IdSource.seeded(seed)).assign(uca);
        return uca;
    }

    /** Deletes an element and every reference to it, as the editor's Delete does. */
    public static void delete(IdentifiedElement element) {
        EcoreUtil.delete(element, true);
    }

    /** A hazard for tests that need one more. */
    public static Hazard addHazard(Analysis analysis, long seed, String text) {
        Hazard hazard = StpaFactory.eINSTANCE.createHazard();
        hazard.setText(text);
        analysis.getHazards().add(hazard);
        return new IdAssigner(analysis, IdSource.seeded(seed)).assign(hazard);
    }
}
