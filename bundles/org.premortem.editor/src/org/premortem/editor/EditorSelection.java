/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.editor;

import org.eclipse.core.runtime.ListenerList;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.ISelectionChangedListener;
import org.eclipse.jface.viewers.ISelectionProvider;
import org.eclipse.jface.viewers.SelectionChangedEvent;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.Viewer;

/**
 * The editor's selection as the workbench sees it (Properties, Outline, commands): the selection of whichever page
 * is showing. Pages hand over their viewer when they become active.
 */
final class EditorSelection implements ISelectionProvider {

    private final ListenerList<ISelectionChangedListener> listeners = new ListenerList<>();
    private final ISelectionChangedListener forwarder = event -> fire(event.getSelection());
    private ISelectionProvider delegate;

    void setDelegate(ISelectionProvider provider) {
        if (delegate != null) {
            delegate.removeSelectionChangedListener(forwarder);
        }
        delegate = provider;
        if (delegate != null) {
            delegate.addSelectionChangedListener(forwarder);
            fire(delegate.getSelection());
        }
    }

    @Override
    public void addSelectionChangedListener(ISelectionChangedListener listener) {
        listeners.add(listener);
    }

    @Override
    public void removeSelectionChangedListener(ISelectionChangedListener listener) {
        listeners.remove(listener);
    }

    @Override
    public ISelection getSelection() {
        return delegate == null ? StructuredSelection.EMPTY : delegate.getSelection();
    }

    /** Selects in the showing page; a viewer also reveals the selection (expanding the model tree's folders). */
    @Override
    public void setSelection(ISelection selection) {
        if (delegate instanceof Viewer viewer) {
            viewer.setSelection(selection, true);
        } else if (delegate != null) {
            delegate.setSelection(selection);
        }
    }

    private void fire(ISelection selection) {
        SelectionChangedEvent event = new SelectionChangedEvent(this, selection);
        for (ISelectionChangedListener listener : listeners) {
            listener.selectionChanged(event);
        }
    }
}
