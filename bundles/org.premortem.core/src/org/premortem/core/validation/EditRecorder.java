/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.core.validation;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.ecore.util.EContentAdapter;
import org.premortem.model.stpa.Analysis;

/**
 * Records what changes in an analysis, notification by notification, until asked: an editor drains it after each
 * command to revalidate only what the command touched (see {@link EditedElements}).
 */
public final class EditRecorder extends EContentAdapter {

    private final List<Notification> notifications = new ArrayList<>();

    private EditRecorder() {
    }

    /** Starts recording the changes of {@code analysis} and everything it contains. */
    public static EditRecorder install(Analysis analysis) {
        EditRecorder recorder = new EditRecorder();
        Objects.requireNonNull(analysis, "analysis").eAdapters().add(recorder);
        return recorder;
    }

    @Override
    public void notifyChanged(Notification notification) {
        super.notifyChanged(notification);
        if (!notification.isTouch()) {
            notifications.add(notification);
        }
    }

    /** The changes since the last call, oldest first; the recorder starts afresh. */
    public List<Notification> drain() {
        List<Notification> drained = List.copyOf(notifications);
        notifications.clear();
        return drained;
    }
}
