/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.tables;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import org.eclipse.emf.common.notify.Adapter;
import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.ecore.util.EContentAdapter;
import org.premortem.model.stpa.Analysis;

/**
 * One content adapter per analysis that passes every change on to the tables that follow it. Each table used to
 * install a content adapter of its own: attaching one walks every element of the analysis and grows each element's
 * adapter list, which at 10k UCAs was most of the time a page of tables took to show the first time.
 */
final class AnalysisChanges extends EContentAdapter {

    private final List<Consumer<Notification>> listeners = new CopyOnWriteArrayList<>();

    private AnalysisChanges() {
    }

    /** Calls {@code listener} with every change of {@code analysis} (and of what it contains) until removed. */
    static void follow(Analysis analysis, Consumer<Notification> listener) {
        AnalysisChanges changes = null;
        for (Adapter adapter : analysis.eAdapters()) {
            if (adapter instanceof AnalysisChanges existing) {
                changes = existing;
            }
        }
        if (changes == null) {
            changes = new AnalysisChanges();
            analysis.eAdapters().add(changes);
        }
        changes.listeners.add(listener);
    }

    /** Stops calling {@code listener}; the adapter leaves the analysis with its last listener. */
    static void unfollow(Analysis analysis, Consumer<Notification> listener) {
        for (Adapter adapter : List.copyOf(analysis.eAdapters())) {
            if (adapter instanceof AnalysisChanges changes && changes.listeners.remove(listener)
                    && changes.listeners.isEmpty()) {
                analysis.eAdapters().remove(changes);
            }
        }
    }

    @Override
    public void notifyChanged(Notification notification) {
        super.notifyChanged(notification);
        if (notification.getEventType() != Notification.REMOVING_ADAPTER) {
            listeners.forEach(listener -> listener.accept(notification));
        }
    }

    @Override
    public boolean isAdapterForType(Object type) {
        return type == AnalysisChanges.class;
    }
}
