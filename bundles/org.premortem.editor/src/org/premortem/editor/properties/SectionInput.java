/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.editor.properties;

import java.util.Optional;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.ui.IWorkbenchPart;
import org.premortem.model.stpa.IdentifiedElement;

/** What a Properties section shows: one element, and the editing domain (adapter factory) of its editor. */
record SectionInput(IdentifiedElement element, AdapterFactory adapterFactory, IWorkbenchPart part) {

    static Optional<SectionInput> of(IWorkbenchPart part, ISelection selection) {
        if (!(selection instanceof IStructuredSelection structured) || structured.size() != 1
                || !(structured.getFirstElement() instanceof IdentifiedElement element)) {
            return Optional.empty();
        }
        EditingDomain domain = part == null ? null : part.getAdapter(EditingDomain.class);
        if (domain == null) {
            domain = AdapterFactoryEditingDomain.getEditingDomainFor(element);
        }
        if (!(domain instanceof AdapterFactoryEditingDomain factoryDomain)) {
            return Optional.empty();
        }
        return Optional.of(new SectionInput(element, factoryDomain.getAdapterFactory(), part));
    }
}
