/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.tables;

import java.util.function.Consumer;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Listener;
import org.eclipse.swt.widgets.ScrollBar;
import org.eclipse.swt.widgets.Text;

/**
 * A wrapping text field laid over a table cell to edit one text in place: Enter commits (Shift+Enter starts a new
 * line), Escape cancels, and leaving the field, scrolling or resizing the table commits too. The text is handed to
 * {@code commit} at most once, and only if it changed.
 */
final class InPlaceTextEditor {

    private static final int MIN_HEIGHT = 64;

    private final Composite table;
    private final Text text;
    private final String initial;
    private final Consumer<String> commit;
    private final Listener closeOnMove = event -> commit();
    private boolean closed;

    private InPlaceTextEditor(Composite table, Rectangle cell, String initial, Consumer<String> commit) {
        this.table = table;
        this.initial = initial == null ? "" : initial;
        this.commit = commit;
        text = new Text(table, SWT.MULTI | SWT.WRAP | SWT.V_SCROLL | SWT.BORDER);
        text.setText(this.initial);
        Rectangle area = table.getClientArea();
        int height = Math.min(Math.max(cell.height, MIN_HEIGHT), Math.max(area.height - cell.y, cell.height));
        text.setBounds(cell.x, cell.y, cell.width, height);
        text.selectAll();
        text.addListener(SWT.KeyDown, this::keyDown);
        text.addListener(SWT.Traverse, this::traverse);
        text.addListener(SWT.FocusOut, event -> commit());
        table.addListener(SWT.Resize, closeOnMove);
        for (ScrollBar bar : new ScrollBar[] {table.getVerticalBar(), table.getHorizontalBar()}) {
            if (bar != null) {
                bar.addListener(SWT.Selection, closeOnMove);
            }
        }
        text.setFocus();
    }

    /** Opens an editor over {@code cell} (bounds in the table's coordinates) with {@code initial} text. */
    static InPlaceTextEditor open(Composite table, Rectangle cell, String initial, Consumer<String> commit) {
        return new InPlaceTextEditor(table, cell, initial, commit);
    }

    /** The text field (while open). */
    Text field() {
        return text;
    }

    boolean isOpen() {
        return !closed;
    }

    /** Closes the editor, handing its text to the committer if it changed. */
    void commit() {
        if (closed) {
            return;
        }
        String value = text.getText();
        close();
        if (!value.equals(initial)) {
            commit.accept(value);
        }
    }

    /** Closes the editor, dropping its text. */
    void cancel() {
        close();
    }

    private void keyDown(Event event) {
        boolean enter = event.character == SWT.CR || event.keyCode == SWT.KEYPAD_CR;
        if (enter && (event.stateMask & SWT.SHIFT) == 0) {
            event.doit = false;
            commit();
        }
    }

    private void traverse(Event event) {
        if (event.detail == SWT.TRAVERSE_ESCAPE) {
            event.doit = false;
            cancel();
        } else if (event.detail == SWT.TRAVERSE_RETURN) {
            event.doit = false;
        }
    }

    private void close() {
        closed = true;
        if (!table.isDisposed()) {
            table.removeListener(SWT.Resize, closeOnMove);
            for (ScrollBar bar : new ScrollBar[] {table.getVerticalBar(), table.getHorizontalBar()}) {
                if (bar != null && !bar.isDisposed()) {
                    bar.removeListener(SWT.Selection, closeOnMove);
                }
            }
            table.setFocus();
        }
        if (!text.isDisposed()) {
            text.dispose();
        }
    }
}
