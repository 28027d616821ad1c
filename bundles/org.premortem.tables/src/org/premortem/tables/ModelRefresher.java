/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.tables;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Listener;
import org.premortem.model.stpa.Analysis;

/**
 * Keeps a table live (following the analysis through the one {@link AnalysisChanges} all tables share): after any
 * change of the analysis (an edit, its undo or redo, from any page) runs the
 * table's refresh once, when the display is next idle, however many notifications one command sent. A table that
 * is hidden (on a page not shown) is refreshed only when it is shown again, or when its content is asked for
 * ({@link #flush()}): after an edit in a large analysis, rebuilding the rows of every hidden page cost most of the
 * edit's time. A table that can update only what changed is given the notifications since its last refresh
 * ({@link #install(Analysis, Control, Consumer)}); an empty list then means "everything may have changed".
 */
final class ModelRefresher {

    private final Control control;
    /** More notifications than this since the last refresh are not kept: the table is then read again whole. */
    private static final int KEPT_NOTIFICATIONS = 1000;

    private final Consumer<List<Notification>> refresh;
    private final Listener shown = event -> flush();
    /** The notifications since the last refresh; null when there were too many to keep. */
    private List<Notification> changes = new ArrayList<>();
    private boolean pending;
    private boolean stale;
    private Control waitingFor;

    private ModelRefresher(Control control, Consumer<List<Notification>> refresh) {
        this.control = control;
        this.refresh = refresh;
    }

    /** Installs a refresher on {@code analysis} until {@code control} is disposed. */
    static ModelRefresher install(Analysis analysis, Control control, Runnable refresh) {
        return install(analysis, control, changes -> refresh.run());
    }

    /**
     * Installs a refresher on {@code analysis} until {@code control} is disposed that gives {@code refresh} the
     * notifications since the last refresh (empty: too many were sent to keep; read everything again).
     */
    static ModelRefresher install(Analysis analysis, Control control, Consumer<List<Notification>> refresh) {
        ModelRefresher refresher = new ModelRefresher(control, refresh);
        Consumer<Notification> listener = refresher::changed;
        AnalysisChanges.follow(analysis, listener);
        control.addDisposeListener(event -> AnalysisChanges.unfollow(analysis, listener));
        return refresher;
    }

    private void changed(Notification notification) {
        if (notification.isTouch() || control.isDisposed()) {
            return;
        }
        stale = true;
        if (changes != null) {
            changes.add(notification);
            if (changes.size() > KEPT_NOTIFICATIONS) {
                changes = null;
            }
        }
        if (pending) {
            return;
        }
        pending = true;
        control.getDisplay().asyncExec(this::refreshIfShown);
    }

    private void refreshIfShown() {
        pending = false;
        if (!stale || control.isDisposed()) {
            return;
        }
        Control hidden = hiddenAncestor();
        if (hidden == null) {
            flush();
        } else if (hidden != waitingFor) {
            stopWaiting();
            waitingFor = hidden;
            hidden.addListener(SWT.Show, shown);
        }
    }

    /** Refreshes now if a change has not been shown yet (before the table's content is read or shown). */
    void flush() {
        stopWaiting();
        if (stale && !control.isDisposed()) {
            List<Notification> since = changes == null ? List.of() : changes;
            stale = false;
            changes = new ArrayList<>();
            refresh.accept(since);
        }
    }

    /**
     * Says the table has just been refreshed by other means (a page refreshes itself after its own command): the
     * refresh queued for that command's notifications is then not run a second time.
     */
    void refreshed() {
        stale = false;
        changes = new ArrayList<>();
        stopWaiting();
    }

    private void stopWaiting() {
        if (waitingFor != null && !waitingFor.isDisposed()) {
            waitingFor.removeListener(SWT.Show, shown);
        }
        waitingFor = null;
    }

    /** The control itself or its nearest ancestor that is hidden, if any (null when the control is showing). */
    private Control hiddenAncestor() {
        for (Control c = control; c != null; c = c.getParent()) {
            if (!c.getVisible()) {
                return c;
            }
        }
        return null;
    }
}
