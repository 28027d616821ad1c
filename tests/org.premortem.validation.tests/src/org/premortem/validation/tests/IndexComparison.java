/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.validation.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.premortem.core.validation.AnalysisIndex;
import org.premortem.model.stpa.Component;
import org.premortem.model.stpa.StpaPackage;

/**
 * Asks two indexes of the same analysis every question the rules and the live validation ask, about every object
 * given, and fails on the first different answer: referencers per link kind (as multisets, since an index that
 * follows edits keeps no order there), connections per component (in order), components, display-id counts and
 * carriers.
 */
final class IndexComparison {

    /** Every link of the metamodel (non-containment, stored). */
    private static final List<EReference> LINKS = StpaPackage.eINSTANCE.getEClassifiers().stream()
            .filter(EClass.class::isInstance).flatMap(c -> ((EClass) c).getEReferences().stream())
            .filter(r -> !r.isContainment() && !r.isContainer() && !r.isDerived() && !r.isTransient()).toList();

    private IndexComparison() {
    }

    static void assertAgree(AnalysisIndex expected, AnalysisIndex actual, Collection<EObject> objects,
            Collection<String> displayIds, String context) {
        for (EObject object : objects) {
            for (EReference link : LINKS) {
                if (link.getEReferenceType().isInstance(object)) {
                    String what = context + ": " + link.getName() + " referencers of " + object;
                    assertEquals(counted(expected.referencers(object, link, EObject.class)),
                            counted(actual.referencers(object, link, EObject.class)), what);
                    assertEquals(expected.isReferenced(object, link), actual.isReferenced(object, link), what);
                }
            }
            if (object instanceof Component component) {
                String what = context + ": connections of " + component;
                assertEquals(expected.outgoing(component), actual.outgoing(component), "outgoing " + what);
                assertEquals(expected.incoming(component), actual.incoming(component), "incoming " + what);
                assertEquals(expected.controlActionsFrom(component), actual.controlActionsFrom(component), what);
                assertEquals(expected.controlActionsTo(component), actual.controlActionsTo(component), what);
                assertEquals(expected.feedbackTo(component), actual.feedbackTo(component), what);
            }
        }
        assertEquals(expected.components(), actual.components(), context + ": components");
        for (String displayId : displayIds) {
            String what = context + ": display id '" + displayId + "'";
            assertEquals(expected.displayIdCount(displayId), actual.displayIdCount(displayId), what);
            assertEquals(counted(expected.carriersOf(displayId)), counted(actual.carriersOf(displayId)), what);
        }
    }

    /** How often each object occurs, by identity. */
    private static Map<Object, Integer> counted(List<?> objects) {
        Map<Object, Integer> counts = new IdentityHashMap<>();
        objects.forEach(object -> counts.merge(object, 1, Integer::sum));
        return counts;
    }
}
