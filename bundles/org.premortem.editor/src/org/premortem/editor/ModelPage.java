/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.editor;

import java.util.Collection;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.premortem.ui.emf.ItemProviderContentProvider;
import org.premortem.ui.emf.ItemProviderLabelProvider;

/** Page "Model": the whole analysis as a tree, with New Child / New Sibling / Delete and drag and drop. */
final class ModelPage {

    private final TreeViewer viewer;

    ModelPage(Composite parent, AdapterFactory adapterFactory, EditingDomain domain, IAction delete) {
        viewer = new TreeViewer(parent, SWT.MULTI | SWT.BORDER | SWT.H_SCROLL | SWT.V_SCROLL);
        viewer.setUseHashlookup(true);
        viewer.setContentProvider(new ItemProviderContentProvider(adapterFactory));
        viewer.setLabelProvider(new ItemProviderLabelProvider(adapterFactory));
        MenuManager menu = new MenuManager("#PopUp");
        menu.setRemoveAllWhenShown(true);
        menu.addMenuListener(manager -> ModelMenu.fill(manager, domain, viewer.getStructuredSelection(), delete,
                this::reveal));
        viewer.getControl().setMenu(menu.createContextMenu(viewer.getControl()));
        TreeDragAndDrop.install(viewer, domain);
    }

    void setInput(Resource resource) {
        viewer.setInput(resource);
        viewer.expandToLevel(2);
    }

    TreeViewer viewer() {
        return viewer;
    }

    /** Selects and shows the given elements (e.g. what a command created). */
    void reveal(Collection<?> elements) {
        if (!elements.isEmpty()) {
            viewer.setSelection(new StructuredSelection(elements.toArray()), true);
        }
    }

    IStructuredSelection selection() {
        return viewer.getStructuredSelection();
    }
}
