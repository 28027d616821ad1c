/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.editor;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.SelectionChangedEvent;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.views.contentoutline.ContentOutlinePage;
import org.premortem.ui.emf.ItemProviderContentProvider;
import org.premortem.ui.emf.ItemProviderLabelProvider;

/** The Outline view of a Premortem editor: the analysis tree; selecting in it selects in the editor. */
final class ModelOutlinePage extends ContentOutlinePage {

    private final AdapterFactory adapterFactory;
    private final PremortemEditor editor;

    ModelOutlinePage(AdapterFactory adapterFactory, PremortemEditor editor) {
        this.adapterFactory = adapterFactory;
        this.editor = editor;
    }

    @Override
    public void createControl(Composite parent) {
        super.createControl(parent);
        TreeViewer viewer = getTreeViewer();
        viewer.setUseHashlookup(true);
        viewer.setContentProvider(new ItemProviderContentProvider(adapterFactory));
        viewer.setLabelProvider(new ItemProviderLabelProvider(adapterFactory));
        setInput(editor.resource());
    }

    void setInput(Resource resource) {
        if (getTreeViewer() != null && resource != null) {
            getTreeViewer().setInput(resource);
            getTreeViewer().expandToLevel(2);
        }
    }

    @Override
    public void selectionChanged(SelectionChangedEvent event) {
        super.selectionChanged(event);
        if (getTreeViewer().getControl().isFocusControl()) {
            editor.select(event.getSelection());
        }
    }

    /** Follows the editor's selection without echoing it back. */
    void follow(ISelection selection) {
        TreeViewer viewer = getTreeViewer();
        if (viewer != null && !viewer.getControl().isDisposed() && !viewer.getControl().isFocusControl()) {
            viewer.setSelection(selection, true);
        }
    }
}
