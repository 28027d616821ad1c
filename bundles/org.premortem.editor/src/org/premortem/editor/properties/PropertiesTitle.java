/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.editor.properties;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.impl.AdapterImpl;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.LabelProviderChangedEvent;
import org.eclipse.swt.widgets.Display;
import org.premortem.model.stpa.IdentifiedElement;

/**
 * The Properties view's title: the selected element as the tree names it ("H-1: text"). It follows the element it
 * names, so the title changes as the element's name or text is typed, not only when the selection changes.
 */
public final class PropertiesTitle extends LabelProvider {

    private static final int LONGEST = 100;

    /** Tells the view (a listener of this provider) that the title's element has changed. */
    private final AdapterImpl follower = new AdapterImpl() {
        @Override
        public void notifyChanged(Notification notification) {
            if (!notification.isTouch() && notification.getNotifier() instanceof IdentifiedElement element) {
                Display display = Display.getCurrent();
                if (display != null) {
                    display.asyncExec(() -> fireLabelProviderChanged(new LabelProviderChangedEvent(
                            PropertiesTitle.this, element)));
                }
            }
        }
    };
    private IdentifiedElement followed;

    @Override
    public String getText(Object element) {
        Object first = element instanceof IStructuredSelection selection ? selection.getFirstElement() : element;
        if (!(first instanceof IdentifiedElement identified)) {
            follow(null);
            return "";
        }
        follow(identified);
        if (identified.getLabel() == null) {
            return "";
        }
        String label = identified.getLabel().replace('\n', ' ');
        return label.length() > LONGEST ? label.substring(0, LONGEST) + "\u2026" : label;
    }

    private void follow(IdentifiedElement element) {
        if (element == followed) {
            return;
        }
        if (followed != null) {
            followed.eAdapters().remove(follower);
        }
        followed = element;
        if (element != null) {
            element.eAdapters().add(follower);
        }
    }

    @Override
    public void dispose() {
        follow(null);
        super.dispose();
    }
}
