/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.ui;

import java.util.List;
import java.util.Objects;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Shell;

/**
 * A small window that tells the user what a command running in the background has done ("The report is written"),
 * with buttons for what to do next ("Open", "Open Folder") and Close. It does not block: the user may go on working
 * and look at it when it suits.
 */
public final class Notice extends MessageDialog {

    /** A button of the notice: its label and what it does (the notice closes after it). */
    public record Action(String label, Runnable run) {
        public Action {
            Objects.requireNonNull(label, "label");
            Objects.requireNonNull(run, "run");
        }
    }

    private final List<Action> actions;

    private Notice(Shell parent, String title, String message, int kind, List<Action> actions) {
        super(parent, title, null, message, kind, actions.size(), labels(actions)); // Close: Enter does no harm
        this.actions = List.copyOf(actions);
        setShellStyle(SWT.DIALOG_TRIM | SWT.MODELESS | SWT.RESIZE | getDefaultOrientation());
        setBlockOnOpen(false);
    }

    /** Opens a notice over {@code parent} and returns at once; {@code actions} come before Close. */
    public static Notice open(Shell parent, String title, String message, List<Action> actions) {
        return open(parent, title, message, INFORMATION, actions);
    }

    /** Opens a notice of a {@link MessageDialog} kind ({@code INFORMATION}, {@code WARNING}, {@code ERROR}). */
    public static Notice open(Shell parent, String title, String message, int kind, List<Action> actions) {
        Notice notice = new Notice(parent, title, message, kind, actions);
        notice.open();
        return notice;
    }

    private static String[] labels(List<Action> actions) {
        String[] labels = new String[actions.size() + 1];
        for (int i = 0; i < actions.size(); i++) {
            labels[i] = actions.get(i).label();
        }
        labels[actions.size()] = IDialogConstants.CLOSE_LABEL;
        return labels;
    }

    @Override
    protected void buttonPressed(int buttonId) {
        close();
        if (buttonId >= 0 && buttonId < actions.size()) {
            actions.get(buttonId).run().run();
        }
    }
}
