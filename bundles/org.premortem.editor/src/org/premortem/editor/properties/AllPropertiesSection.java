/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.editor.properties;

import org.eclipse.jface.viewers.ISelection;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.views.properties.tabbed.AdvancedPropertySection;
import org.premortem.ui.emf.ItemPropertySourceProvider;

/** The "All" tab of Properties: every property in one sortable table, the classic property sheet. */
public final class AllPropertiesSection extends AdvancedPropertySection {

    @Override
    public void setInput(IWorkbenchPart part, ISelection selection) {
        SectionInput.of(part, selection)
                .ifPresent(input -> page.setPropertySourceProvider(new ItemPropertySourceProvider(input.adapterFactory())));
        super.setInput(part, selection);
    }
}
