/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.interchange.tests;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.premortem.model.stpa.Analysis;
import org.premortem.model.stpa.DisplayIdCounter;
import org.premortem.model.stpa.IdentifiedElement;

/**
 * Every element of an analysis as one line: its class, its attributes except the permanent id, and its references as
 * display ids, in document order. Two analyses with the same outline hold the same elements, texts and links,
 * whatever their permanent ids.
 */
final class AnalysisOutline {

    private AnalysisOutline() {
    }

    static List<String> of(Analysis analysis) {
        List<String> lines = new ArrayList<>();
        for (TreeIterator<EObject> it = analysis.eAllContents(); it.hasNext();) {
            EObject next = it.next();
            if (next instanceof DisplayIdCounter) {
                continue;
            }
            StringBuilder line = new StringBuilder(next.eClass().getName());
            for (EAttribute attribute : next.eClass().getEAllAttributes()) {
                if (!attribute.isDerived() && !attribute.isTransient() && !attribute.getName().equals("id")) {
                    line.append(' ').append(attribute.getName()).append('=').append(next.eGet(attribute));
                }
            }
            for (EReference reference : next.eClass().getEAllReferences()) {
                if (!reference.isContainment() && !reference.isContainer() && !reference.isDerived()) {
                    line.append(' ').append(reference.getName()).append("->").append(targets(next, reference));
                }
            }
            lines.add(line.toString());
        }
        return lines;
    }

    private static List<String> targets(EObject object, EReference reference) {
        List<String> names = new ArrayList<>();
        Object value = object.eGet(reference);
        List<?> values = value instanceof List<?> list ? list : value == null ? List.of() : List.of(value);
        for (Object target : values) {
            names.add(target instanceof IdentifiedElement element ? element.getDisplayId() : String.valueOf(target));
        }
        return names;
    }
}
