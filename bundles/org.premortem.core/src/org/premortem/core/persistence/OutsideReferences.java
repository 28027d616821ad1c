/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.core.persistence;

import java.io.IOException;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EContentsEList;
import org.premortem.model.stpa.Analysis;

/**
 * Refuses to save a reference to an element that is not part of the analysis. EMF writes such a reference by the
 * element's permanent id, as if it were in the file; loading then finds no element with that id, or, worse, another
 * element that has it, and the reference silently points elsewhere.
 */
final class OutsideReferences {

    private OutsideReferences() {
    }

    static void check(Analysis analysis) throws IOException {
        Resource resource = analysis.eResource();
        checkObject(analysis, resource);
        for (TreeIterator<EObject> it = analysis.eAllContents(); it.hasNext();) {
            checkObject(it.next(), resource);
        }
    }

    private static void checkObject(EObject object, Resource resource) throws IOException {
        for (EContentsEList.FeatureIterator<EObject> it = (EContentsEList.FeatureIterator<EObject>) object
                .eCrossReferences().iterator(); it.hasNext();) {
            EObject target = it.next();
            if (target.eIsProxy() || target.eResource() != resource) {
                EReference reference = (EReference) it.feature();
                throw new IOException(Messages.get("save.outside", reference.getName(), ElementMentions.of(object),
                        ElementMentions.withKind(target)));
            }
        }
    }
}
