/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.editor;

import java.util.Collection;
import java.util.EventObject;

import org.eclipse.emf.common.command.CommandStackListener;
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
import org.premortem.model.stpa.Analysis;

/**
 * Page "Model": the analysis as a tree of folders (losses, hazards, ..., UCAs by controller and control action),
 * with New Child / New Sibling / New &lt;kind&gt;, rename in place (F2), Delete and drag and drop.
 */
final class ModelPage {

    private final TreeViewer viewer;
    private final EditingDomain domain;
    private final TreeRename rename;
    private final CommandStackListener folderLabels = this::commandStackChanged;

    ModelPage(Composite parent, AdapterFactory adapterFactory, EditingDomain domain, IAction delete) {
        this.domain = domain;
        viewer = new TreeViewer(parent, SWT.MULTI | SWT.BORDER | SWT.H_SCROLL | SWT.V_SCROLL);
        viewer.setUseHashlookup(true);
        viewer.setContentProvider(new ModelTreeContentProvider(adapterFactory));
        viewer.setLabelProvider(new ModelTreeLabelProvider(adapterFactory));
        rename = TreeRename.install(viewer, domain);
        MenuManager menu = new MenuManager("#PopUp");
        menu.setRemoveAllWhenShown(true);
        menu.addMenuListener(manager -> ModelMenu.fill(manager, domain, viewer.getStructuredSelection(),
                rename.action(), delete, this::created));
        viewer.getControl().setMenu(menu.createContextMenu(viewer.getControl()));
        TreeDragAndDrop.install(viewer, domain);
        domain.getCommandStack().addCommandStackListener(folderLabels);
        viewer.getControl().addDisposeListener(e -> domain.getCommandStack().removeCommandStackListener(folderLabels));
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

    /**
     * Shows what a New ... created, selected, and starts renaming it once the menu that created it has closed
     * (closing it would otherwise take the focus from the rename field, which ends renaming).
     */
    private void created(Collection<?> elements) {
        reveal(elements);
        if (elements.size() == 1) {
            Object element = elements.iterator().next();
            viewer.getControl().getDisplay().asyncExec(() -> {
                if (!viewer.getControl().isDisposed()) {
                    rename.rename(element);
                }
            });
        }
    }

    IStructuredSelection selection() {
        return viewer.getStructuredSelection();
    }

    /**
     * After every edit, undo and redo: the folders' counts, and the UCA groups, which follow references (a UCA's
     * controller and control action) that the item providers do not report as structure. At once, so that the
     * editor's selecting of what a command changed finds it in its new group.
     */
    private void commandStackChanged(EventObject event) {
        if (viewer.getControl().isDisposed()) {
            return;
        }
        if (viewer.getControl().getDisplay().getThread() != Thread.currentThread()) {
            viewer.getControl().getDisplay().asyncExec(() -> commandStackChanged(event));
            return;
        }
        if (!(viewer.getInput() instanceof Resource resource) || resource.getContents().isEmpty()
                || !(resource.getContents().get(0) instanceof Analysis analysis)) {
            return;
        }
        for (ModelCategory category : ModelCategory.values()) {
            TreeFolder.Category folder = new TreeFolder.Category(analysis, category);
            if (category == ModelCategory.UCAS) {
                viewer.refresh(folder, true);
            } else {
                viewer.update(folder, null);
            }
        }
    }
}
