/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.report.pdf;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

import org.premortem.report.html.ReportPart;

/**
 * Lays out the parts of a report a few at a time on threads of their own and hands them over in order: while one part
 * is written, the next ones are being laid out. At most {@code threads} parts are laid out or waiting at once, so
 * memory still follows a part. With one thread the parts are laid out on the caller's thread, one by one.
 */
final class PartsAhead implements Closeable {

    /** Lays out a part. */
    @FunctionalInterface
    interface Layout {
        PartRenderer.Rendered render(ReportPart part) throws IOException;
    }

    private static final AtomicInteger POOLS = new AtomicInteger();

    private final Iterator<ReportPart> parts;
    private final Layout layout;
    private final ExecutorService pool;
    private final Deque<Future<PartRenderer.Rendered>> ahead = new ArrayDeque<>();
    private final int threads;

    /** @param parts the parts in order, taken on the caller's thread as the layout goes on */
    PartsAhead(Iterator<ReportPart> parts, Layout layout, int threads) {
        this.parts = parts;
        this.layout = layout;
        this.threads = threads;
        this.pool = threads > 1 ? Executors.newFixedThreadPool(threads, daemons()) : null;
        fill();
    }

    boolean hasNext() {
        return !ahead.isEmpty() || parts.hasNext();
    }

    /** The next part laid out; the caller closes it. */
    PartRenderer.Rendered next() throws IOException {
        if (pool == null) {
            return layout.render(parts.next());
        }
        Future<PartRenderer.Rendered> next = ahead.poll();
        fill();
        try {
            return next.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while laying out the PDF", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof IOException io) {
                throw io;
            }
            if (cause instanceof UncheckedIOException io) {
                throw io.getCause();
            }
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw new IOException(cause);
        }
    }

    private void fill() {
        while (pool != null && ahead.size() < threads && parts.hasNext()) {
            ReportPart part = parts.next();
            ahead.add(pool.submit(() -> layout.render(part)));
        }
    }

    /** Stops laying out and releases the parts laid out but not taken (when writing failed). */
    @Override
    public void close() throws IOException {
        if (pool == null) {
            return;
        }
        pool.shutdownNow();
        for (Future<PartRenderer.Rendered> future : ahead) {
            future.cancel(true);
            try {
                if (!future.isCancelled()) {
                    future.get().close();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (ExecutionException | CancellationException | IOException e) {
                // The part failed or was never laid out: nothing to release.
            }
        }
        ahead.clear();
    }

    private static ThreadFactory daemons() {
        int pool = POOLS.incrementAndGet();
        AtomicInteger count = new AtomicInteger();
        return task -> {
            Thread thread = new Thread(task, "premortem-pdf-" + pool + "-part-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
