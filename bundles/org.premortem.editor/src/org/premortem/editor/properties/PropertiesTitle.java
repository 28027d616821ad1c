/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.editor.properties;

import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.LabelProvider;
import org.premortem.model.stpa.IdentifiedElement;

/** The Properties view's title: the selected element as the tree names it ("H-1: text"). */
public final class PropertiesTitle extends LabelProvider {

    private static final int LONGEST = 100;

    @Override
    public String getText(Object element) {
        Object first = element instanceof IStructuredSelection selection ? selection.getFirstElement() : element;
        if (!(first instanceof IdentifiedElement identified) || identified.getLabel() == null) {
            return "";
        }
        String label = identified.getLabel().replace('\n', ' ');
        return label.length() > LONGEST ? label.substring(0, LONGEST) + "\u2026" : label;
    }
}
