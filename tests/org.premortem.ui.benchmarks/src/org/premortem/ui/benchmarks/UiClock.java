/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.ui.benchmarks;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Listener;
import org.eclipse.swt.widgets.Shell;

/**
 * Times what a user waits for, on the UI thread: an action and everything it makes the UI do — the events and
 * asynchronous runnables it queues (the tables refresh after a command in an asyncExec, for example) and the paints —
 * until the display is idle and the control the user looks at has been painted. Paints are forced with
 * {@link Control#update()} as soon as nothing else is pending, so no frame-clock wait is counted that is not needed.
 */
final class UiClock {

    /** How long to wait at most for a paint that never comes (then the result says it was not painted). */
    private static final long PAINT_TIMEOUT_NS = 5_000_000_000L;

    private final Display display;

    UiClock(Display display) {
        this.display = display;
    }

    /** The time an action took until idle and painted. */
    record Timing(double millis, int paints, java.time.Instant started) {
    }

    /** Runs {@code action} and waits until the UI is idle and a control in {@code watched} (if any) was painted. */
    Timing time(Runnable action, java.util.function.Supplier<Control> watched) {
        java.time.Instant started = java.time.Instant.now();
        long start = System.nanoTime();
        action.run();
        return settle(start, started, watched.get());
    }

    /** Runs {@code action} and waits until the UI is idle and a control in {@code watched} was painted. */
    Timing time(Runnable action, Control watched) {
        return time(action, watched, PAINT_TIMEOUT_NS);
    }

    /** As {@link #time(Runnable, Control)}, waiting at most {@code paintTimeoutNs} for the paint. */
    Timing time(Runnable action, Control watched, long paintTimeoutNs) {
        PaintCounter counter = new PaintCounter(watched);
        java.time.Instant started = java.time.Instant.now();
        long start = System.nanoTime();
        try {
            action.run();
            return finish(start, started, counter, paintTimeoutNs);
        } finally {
            counter.dispose();
        }
    }

    private Timing settle(long start, java.time.Instant started, Control watched) {
        PaintCounter counter = new PaintCounter(watched);
        try {
            return finish(start, started, counter, PAINT_TIMEOUT_NS);
        } finally {
            counter.dispose();
        }
    }

    private Timing finish(long start, java.time.Instant started, PaintCounter counter, long paintTimeoutNs) {
        long deadline = start + paintTimeoutNs;
        while (true) {
            drain();
            counter.update();
            drain();
            if (counter.paints > 0 || counter.controls.isEmpty() || System.nanoTime() > deadline) {
                break;
            }
            // nothing pending and not painted yet: the paint waits for GTK's frame clock or the X server
            sleepBriefly();
        }
        return new Timing((System.nanoTime() - start) / 1e6, counter.paints, started);
    }

    /** Lets the UI handle all it has to do: events, runnables, and the paints those ask for. */
    void drain() {
        boolean busy = true;
        while (busy) {
            while (display.readAndDispatch()) {
                // handle what is queued
            }
            for (Shell shell : display.getShells()) {
                if (!shell.isDisposed() && shell.isVisible()) {
                    shell.update();
                }
            }
            busy = display.readAndDispatch();
        }
    }

    /** Lets the UI settle for a while (background jobs' results, late paints), outside any measurement. */
    void rest(long millis) {
        long end = System.nanoTime() + millis * 1_000_000;
        while (System.nanoTime() < end) {
            drain();
            sleepBriefly();
        }
        drain();
    }

    private static void sleepBriefly() {
        try {
            Thread.sleep(1);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Counts the paints of a control and its descendants while it is installed. */
    static final class PaintCounter {
        private final List<Control> controls = new ArrayList<>();
        int paints;
        private final Listener listener = event -> paints++;

        PaintCounter(Control root) {
            if (root != null) {
                collect(root);
            }
            controls.forEach(control -> control.addListener(SWT.Paint, listener));
        }

        private void collect(Control control) {
            controls.add(control);
            if (control instanceof Composite composite) {
                for (Control child : composite.getChildren()) {
                    collect(child);
                }
            }
        }

        /** Forces the pending paints of the counted controls (SWT's update() does not reach a shell's children). */
        void update() {
            controls.stream().filter(control -> !control.isDisposed() && control.isVisible())
                    .forEach(Control::update);
        }

        void dispose() {
            controls.stream().filter(control -> !control.isDisposed())
                    .forEach(control -> control.removeListener(SWT.Paint, listener));
        }
    }
}
