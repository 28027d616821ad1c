/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.ui.benchmarks;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.nebula.widgets.nattable.NatTable;
import org.eclipse.nebula.widgets.nattable.viewport.ViewportLayer;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;
import org.premortem.model.stpa.ControlAction;
import org.premortem.ui.validation.ValidationJob;

/**
 * The workbench at scale (issue 13): on generated analyses of 1k and 10k UCAs, opening the editor to its first paint,
 * switching to each page, scrolling the UCA table from top to bottom frame by frame, adding a UCA through the table and
 * undoing it, saving; on a control structure of 200 components, showing the diagram page and Lay out; and the heap
 * with the 10k analysis open. Each operation is repeated (the first repetition warms up and is not counted) and timed
 * until the UI is idle and painted ({@link UiClock}). Writes {@code benchmarks/workbench.json}.
 * <p>
 * Not a test of the normal build: it runs only with the Maven profile {@code ui-benchmarks} (README, "Performance").
 */
class WorkbenchBenchmark {

    private static final double OPEN_TARGET_MS = 3000;
    private static final double PAGE_TARGET_MS = 500;
    private static final double EDIT_UNDO_TARGET_MS = 100;
    private static final double FRAME_TARGET_MS = 100;
    private static final double DIAGRAM_TARGET_MS = 2000;
    private static final int TARGET_SIZE = 10_000;
    private static final int[] PAGE_ORDER = { 1, 2, 3, 4, 5, 0 };

    private final Display display = Display.getCurrent();
    private final UiClock clock = new UiClock(display);
    private final Results results = new Results();
    private final IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();

    @Test
    void workbenchAtScale() throws Exception {
        Shell window = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
        window.setBounds(display.getPrimaryMonitor().getClientArea());
        window.setActive();
        clock.rest(500);
        results.fact("screen", display.getBounds().width + "x" + display.getBounds().height);
        results.fact("window", window.getBounds().width + "x" + window.getBounds().height);
        BenchmarkModels models = new BenchmarkModels("benchmarks");
        int runs = Integer.getInteger("benchmark.runs", 5);
        results.fact("runs", runs);
        results.fact("warmUpRuns", 1);
        try {
            // The workbench's own heap before any analysis was opened: measured later, editors closed before would
            // count if anything kept them.
            double workbenchAlone = usedAfterGc();
            for (int ucas : sizes()) {
                analysis(models.synthetic(ucas), ucas, runs);
            }
            diagram(models.structureOf200(), runs);
            heap(models.synthetic(TARGET_SIZE), workbenchAlone);
        } finally {
            results.write(Path.of(System.getProperty("benchmark.out", "target/workbench.json")));
            models.delete();
        }
        List<String> unpainted = results.operations().stream().filter(o -> o.note() != null
                && o.note().contains("not painted")).map(Results.Operation::name).toList();
        assertTrue(unpainted.isEmpty(), "operations that did not paint: " + unpainted);
    }

    private static int[] sizes() {
        return Arrays.stream(System.getProperty("benchmark.ucas", "1000,10000").split(",")).map(String::trim)
                .mapToInt(Integer::parseInt).toArray();
    }

    /** Open, page switches, scroll, add + undo, save, {@code runs} times after a warm-up. */
    private void analysis(IFile file, int ucas, int runs) {
        String size = ucas + " UCAs";
        boolean atTarget = ucas == TARGET_SIZE;
        Samples open = new Samples();
        Map<Integer, Samples> pages = new LinkedHashMap<>();
        Samples frames = new Samples();
        Samples add = new Samples();
        Samples undo = new Samples();
        Samples addUndo = new Samples();
        Samples save = new Samples();
        int unpainted = 0;
        int passes = 0;
        for (int run = 0; run <= runs; run++) {
            boolean counted = run > 0;
            quiet();
            EditorDriver driver = new EditorDriver(page, file);
            UiClock.Timing opened = clock.time(driver::open, driver::firstPage);
            unpainted += opened.paints() == 0 ? 1 : 0;
            record(counted, open, opened, "open " + size);
            for (int index : PAGE_ORDER) {
                // The page's control as it is after the switch: the editor builds a page on its first show, in place
                // of an empty stand-in (watching the stand-in, no paint would ever be counted).
                UiClock.Timing shown = clock.time(() -> driver.showPage(index), () -> driver.pageControl(index));
                unpainted += shown.paints() == 0 ? 1 : 0;
                record(counted, pages.computeIfAbsent(index, i -> new Samples()), shown,
                        "page " + EditorDriver.PAGES.get(index) + ", " + size);
            }
            driver.showPage(EditorDriver.UCA_TABLE);
            clock.drain();
            if (counted && run == runs && atTarget) {
                Screenshots.save(display, Path.of("target", "screenshots", "uca-table-" + ucas + ".png"));
            }
            Samples pass = scroll(driver);
            if (counted) {
                frames.addAll(pass);
                passes++;
            }
            ControlAction action = driver.middleAction();
            UiClock.Timing added = clock.time(() -> driver.addUca(action), driver.ucaTableControl());
            UiClock.Timing undone = clock.time(driver::undo, driver.ucaTableControl());
            record(counted, add, added, "add " + size);
            record(counted, undo, undone, "undo " + size);
            if (counted) {
                addUndo.add(added.millis() + undone.millis());
            }
            driver.addUca(action);
            clock.drain();
            UiClock.Timing saved = clock.time(driver::save, (org.eclipse.swt.widgets.Control) null);
            record(counted, save, saved, "save " + size);
            assertFalse(driver.isDirty(), "saved");
            waitForValidation();
            driver.undo();
            clock.drain();
            driver.save();
            waitForValidation();
            driver.close();
        }
        String paintNote = unpainted == 0 ? null : unpainted + " measurements not painted";
        results.add(new Results.Operation("open editor to first paint", size, open, "ms",
                atTarget ? OPEN_TARGET_MS : null, Results.Judged.MEDIAN, paintNote));
        pages.forEach((index, samples) -> results.add(new Results.Operation("switch to page " + EditorDriver.PAGES
                .get(index) + " (first time after open)", size, samples, "ms", atTarget ? PAGE_TARGET_MS : null,
                Results.Judged.MEDIAN, null)));
        results.add(new Results.Operation("scroll UCA table top to bottom: frame (a page step + repaint)", size,
                frames, "ms", atTarget ? FRAME_TARGET_MS : null, Results.Judged.MAX,
                frames.count() / Math.max(1, passes) + " frames per pass, " + passes + " passes"));
        results.add(new Results.Operation("add a UCA through the UCA table", size, add, "ms", null,
                Results.Judged.MEDIAN, null));
        results.add(new Results.Operation("undo it (Edit > Undo)", size, undo, "ms", null, Results.Judged.MEDIAN,
                null));
        results.add(new Results.Operation("add + undo", size, addUndo, "ms", atTarget ? EDIT_UNDO_TARGET_MS : null,
                Results.Judged.MEDIAN, null));
        results.add(new Results.Operation("save (File > Save)", size, save, "ms", null, Results.Judged.MEDIAN,
                "validation on save runs afterwards in a background job, not counted"));
    }

    /**
     * Scrolls the UCA table from its top to its bottom a page at a time (the scroll bar's page step: every frame shows
     * rows not shown before, the costliest way to scroll), timing each step with its synchronous repaint.
     */
    private Samples scroll(EditorDriver driver) {
        NatTable table = driver.ucaTableControl();
        ViewportLayer viewport = driver.ucaTableViewport();
        viewport.setOriginY(0);
        clock.drain();
        Samples frames = new Samples();
        int y = viewport.getOrigin().getY();
        for (int step = 0; step < 100_000; step++) {
            int page = Math.max(1, viewport.getHeight());
            int from = y;
            UiClock.Timing frame = clock.time(() -> viewport.setOriginY(from + page), table, 200_000_000L);
            int now = viewport.getOrigin().getY();
            if (now <= y) {
                break;
            }
            frames.add(frame.millis());
            y = now;
        }
        viewport.setOriginY(0);
        clock.drain();
        return frames;
    }

    /** The 200-component structure: open, show the diagram page (ELK layout and paint), Lay out. */
    private void diagram(IFile file, int runs) {
        String size = 4 * BenchmarkModels.CONTROLLERS + " components";
        Samples open = new Samples();
        Samples show = new Samples();
        Samples openAndShow = new Samples();
        Samples layOut = new Samples();
        for (int run = 0; run <= runs; run++) {
            boolean counted = run > 0;
            quiet();
            EditorDriver driver = new EditorDriver(page, file);
            UiClock.Timing opened = clock.time(driver::open, driver::firstPage);
            UiClock.Timing shown = clock.time(() -> driver.showPage(EditorDriver.DIAGRAM),
                    () -> driver.pageControl(EditorDriver.DIAGRAM));
            UiClock.Timing laidOut = clock.time(driver::layOut, driver.pageControl(EditorDriver.DIAGRAM));
            assertTrue(driver.isDirty(), "Lay out changed the model");
            record(counted, open, opened, "open " + size);
            record(counted, show, shown, "diagram " + size);
            record(counted, layOut, laidOut, "layout " + size);
            if (counted) {
                openAndShow.add(opened.millis() + shown.millis());
            }
            if (counted && run == runs) {
                Screenshots.save(display, Path.of("target", "screenshots", "diagram-200.png"));
            }
            driver.close();
        }
        results.add(new Results.Operation("open editor to first paint", size, open, "ms", null,
                Results.Judged.MEDIAN, null));
        results.add(new Results.Operation("switch to the diagram page (ELK layout + paint)", size, show, "ms",
                DIAGRAM_TARGET_MS, Results.Judged.MEDIAN, null));
        results.add(new Results.Operation("open + diagram shown", size, openAndShow, "ms", DIAGRAM_TARGET_MS,
                Results.Judged.MEDIAN, null));
        results.add(new Results.Operation("Lay out (forget placements, ELK layout + paint)", size, layOut, "ms",
                DIAGRAM_TARGET_MS, Results.Judged.MEDIAN, null));
    }

    /**
     * Used heap after a full GC: of the workbench alone (before any analysis was opened), after the runs above with
     * every editor closed (what closed editors leave behind), with the 10k analysis open (every page shown once), and
     * after closing it again.
     */
    private void heap(IFile file, double workbenchAlone) {
        double before = usedAfterGc();
        EditorDriver driver = new EditorDriver(page, file);
        driver.open();
        for (int index : PAGE_ORDER) {
            driver.showPage(index);
            clock.drain();
        }
        driver.showPage(EditorDriver.UCA_TABLE);
        clock.rest(1000);
        Screenshots.save(display, Path.of("target", "screenshots", "heap-10k-uca-table.png"));
        double with = usedAfterGc();
        double max = Runtime.getRuntime().maxMemory() / (1024.0 * 1024);
        results.fact("heapMaxMiB", Math.round(max));
        results.fact("heapUsedWorkbenchAloneMiB", Math.round(workbenchAlone));
        results.fact("heapUsedAfterTheRunsEditorsClosedMiB", Math.round(before));
        results.fact("heapUsedWith10kOpenMiB", Math.round(with));
        results.fact("heapOf10kEditorMiB", Math.round(with - before));
        results.fact("heapRoomLeftMiB", Math.round(max - with));
        results.fact("heapRoomLeftPercent", Math.round(100 * (max - with) / max));
        results.fact("heapUcasOpen", driver.editor().analysis().getUnsafeControlActions().size());
        driver.close();
        clock.drain();
        results.fact("heapUsedAfterClosingItMiB", Math.round(usedAfterGc()));
    }

    private double usedAfterGc() {
        clock.rest(200);
        Runtime runtime = Runtime.getRuntime();
        for (int i = 0; i < 3; i++) {
            System.gc();
            clock.rest(100);
        }
        return (runtime.totalMemory() - runtime.freeMemory()) / (1024.0 * 1024);
    }

    /**
     * Counts a timing if the repetition is counted, and logs when it ran (UTC), so that a flight recording of the
     * run can be cut to one operation.
     */
    private static void record(boolean counted, Samples samples, UiClock.Timing timing, String name) {
        System.out.printf("benchmark: %s%s from %s for %.1f ms%n", name, counted ? "" : " (warm-up)",
                timing.started(), timing.millis());
        if (counted) {
            samples.add(timing.millis());
        }
    }

    /** Before each repetition: no background validation, garbage collected, the UI idle. */
    private void quiet() {
        waitForValidation();
        System.gc();
        clock.rest(300);
    }

    private void waitForValidation() {
        try {
            for (int round = 0; round < 3; round++) {
                clock.drain();
                Job.getJobManager().join(ValidationJob.FAMILY, null);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        clock.drain();
    }
}
