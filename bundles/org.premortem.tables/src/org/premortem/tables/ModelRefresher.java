/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.tables;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.ecore.util.EContentAdapter;
import org.eclipse.swt.widgets.Control;
import org.premortem.model.stpa.Analysis;

/**
 * Keeps a table live: after any change of the analysis (an edit, its undo or redo, from any page) runs the
 * table's refresh once, when the display is next idle, however many notifications one command sent.
 */
final class ModelRefresher extends EContentAdapter {

    private final Control control;
    private final Runnable refresh;
    private boolean pending;

    private ModelRefresher(Control control, Runnable refresh) {
        this.control = control;
        this.refresh = refresh;
    }

    /** Installs a refresher on {@code analysis} until {@code control} is disposed. */
    static void install(Analysis analysis, Control control, Runnable refresh) {
        ModelRefresher refresher = new ModelRefresher(control, refresh);
        analysis.eAdapters().add(refresher);
        control.addDisposeListener(event -> analysis.eAdapters().remove(refresher));
    }

    @Override
    public void notifyChanged(Notification notification) {
        super.notifyChanged(notification);
        if (notification.isTouch() || pending || control.isDisposed()) {
            return;
        }
        pending = true;
        control.getDisplay().asyncExec(() -> {
            pending = false;
            if (!control.isDisposed()) {
                refresh.run();
            }
        });
    }
}
