/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.core.ids;

import java.util.Objects;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;
import org.premortem.model.stpa.Analysis;
import org.premortem.model.stpa.IdentifiedElement;

/**
 * Gives elements of one analysis their permanent id and display id when they are created. Existing ids are never
 * touched.
 */
public final class IdAssigner {

    private final Analysis analysis;
    private final IdSource ids;
    private final DisplayIdAllocator displayIds;

    public IdAssigner(Analysis analysis, IdSource ids) {
        this.analysis = Objects.requireNonNull(analysis, "analysis");
        this.ids = Objects.requireNonNull(ids, "ids");
        this.displayIds = new DisplayIdAllocator(analysis);
        if (analysis.getId() == null) {
            analysis.setId(ids.nextId());
        }
    }

    /**
     * Assigns the missing ids of an element that is already contained in the analysis (a refinement is numbered
     * under its parent, so the element must be in place first).
     */
    public <T extends IdentifiedElement> T assign(T element) {
        if (element.getId() == null || element.getId().isEmpty()) {
            element.setId(ids.nextId());
        }
        if (element.getDisplayId() == null || element.getDisplayId().isEmpty()) {
            DisplayIdScheme.counterKey(element).map(displayIds::next).ifPresent(element::setDisplayId);
        }
        return element;
    }

    /** Assigns missing ids to every element of the analysis, in document order (parents before children). */
    public void assignMissing() {
        for (TreeIterator<EObject> it = analysis.eAllContents(); it.hasNext();) {
            if (it.next() instanceof IdentifiedElement element) {
                assign(element);
            }
        }
    }
}
