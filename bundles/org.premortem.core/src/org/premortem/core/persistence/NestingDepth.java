/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.core.persistence;

import java.io.IOException;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;
import org.premortem.model.stpa.Analysis;
import org.premortem.model.stpa.IdentifiedElement;

/**
 * Refuses to save an analysis nested deeper than a file may be ({@link PremortemResource#MAX_DEPTH}), so that no
 * save ever writes a file that loading then refuses.
 */
final class NestingDepth {

    /** Elements can carry a list of values written as child elements one level further down. */
    private static final int DEEPEST_CONTAINER = PremortemResource.MAX_DEPTH - 2;

    private NestingDepth() {
    }

    static void check(Analysis analysis) throws IOException {
        for (TreeIterator<EObject> it = analysis.eAllContents(); it.hasNext();) {
            EObject object = it.next();
            int depth = 0;
            for (EObject current = object; current != analysis && current != null; current = current.eContainer()) {
                depth++;
                if (depth > DEEPEST_CONTAINER) {
                    throw new IOException(Messages.get("save.tooDeep", name(object), PremortemResource.MAX_DEPTH));
                }
            }
        }
    }

    private static String name(EObject object) {
        return object instanceof IdentifiedElement element && element.getDisplayId() != null
                ? XmlMessages.quote(element.getDisplayId()) : object.eClass().getName();
    }
}
