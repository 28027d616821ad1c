/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.editor.properties;

import org.eclipse.jface.viewers.IFilter;
import org.premortem.model.stpa.IdentifiedElement;

/** The Properties tabs apply to every element of an analysis. */
public final class ElementFilter implements IFilter {

    @Override
    public boolean select(Object candidate) {
        return candidate instanceof IdentifiedElement;
    }
}
