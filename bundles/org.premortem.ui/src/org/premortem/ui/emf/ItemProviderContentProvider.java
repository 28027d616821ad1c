/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.ui.emf;

import java.util.Collection;
import java.util.Objects;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.edit.provider.IChangeNotifier;
import org.eclipse.emf.edit.provider.INotifyChangedListener;
import org.eclipse.emf.edit.provider.IStructuredItemContentProvider;
import org.eclipse.emf.edit.provider.ITreeItemContentProvider;
import org.eclipse.emf.edit.provider.IViewerNotification;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.StructuredViewer;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.swt.widgets.Display;

/**
 * A JFace tree content provider over EMF.Edit item providers (what emf.edit.ui would give, which is not on Maven
 * Central): children and parents come from the item providers, and the viewer refreshes itself from their
 * notifications.
 */
public class ItemProviderContentProvider implements ITreeContentProvider, INotifyChangedListener {

    private final AdapterFactory adapterFactory;
    private StructuredViewer viewer;

    public ItemProviderContentProvider(AdapterFactory adapterFactory) {
        this.adapterFactory = Objects.requireNonNull(adapterFactory, "adapterFactory");
        if (adapterFactory instanceof IChangeNotifier notifier) {
            notifier.addListener(this);
        }
    }

    @Override
    public Object[] getElements(Object input) {
        if (input instanceof Resource resource) {
            return resource.getContents().toArray();
        }
        if (input instanceof Object[] array) {
            return array;
        }
        if (input instanceof Collection<?> collection) {
            return collection.toArray();
        }
        Object provider = adapterFactory.adapt(input, IStructuredItemContentProvider.class);
        return provider instanceof IStructuredItemContentProvider structured ? structured.getElements(input).toArray()
                : new Object[0];
    }

    @Override
    public Object[] getChildren(Object parent) {
        Object provider = adapterFactory.adapt(parent, ITreeItemContentProvider.class);
        return provider instanceof ITreeItemContentProvider tree ? tree.getChildren(parent).toArray() : new Object[0];
    }

    @Override
    public Object getParent(Object element) {
        Object provider = adapterFactory.adapt(element, ITreeItemContentProvider.class);
        return provider instanceof ITreeItemContentProvider tree ? tree.getParent(element) : null;
    }

    @Override
    public boolean hasChildren(Object element) {
        Object provider = adapterFactory.adapt(element, ITreeItemContentProvider.class);
        return provider instanceof ITreeItemContentProvider tree && tree.hasChildren(element);
    }

    @Override
    public void inputChanged(Viewer newViewer, Object oldInput, Object newInput) {
        viewer = newViewer instanceof StructuredViewer structured ? structured : null;
    }

    @Override
    public void notifyChanged(Notification notification) {
        StructuredViewer target = viewer;
        if (target == null || target.getControl() == null || target.getControl().isDisposed()) {
            return;
        }
        Display display = target.getControl().getDisplay();
        if (display.getThread() == Thread.currentThread()) {
            refresh(target, notification);
        } else {
            display.asyncExec(() -> {
                if (!target.getControl().isDisposed()) {
                    refresh(target, notification);
                }
            });
        }
    }

    private static void refresh(StructuredViewer viewer, Notification notification) {
        if (notification instanceof IViewerNotification viewerNotification) {
            Object element = viewerNotification.getElement();
            if (viewerNotification.isContentRefresh()) {
                if (element == null) {
                    viewer.refresh(viewerNotification.isLabelUpdate());
                } else {
                    viewer.refresh(element, viewerNotification.isLabelUpdate());
                }
            } else if (viewerNotification.isLabelUpdate() && element != null) {
                viewer.update(element, null);
            }
        }
    }

    @Override
    public void dispose() {
        if (adapterFactory instanceof IChangeNotifier notifier) {
            notifier.removeListener(this);
        }
    }
}
