/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.core.tests.crash;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

import org.premortem.core.persistence.AnalysisStore;
import org.premortem.core.persistence.ModelLoadException;

/**
 * One file, killed over and over: starts a {@link SaveLoop}, waits until it is ready, lets it save for a random
 * while, kills it with SIGKILL, and checks what is on disk against the versions it may hold. The next child continues
 * from the version found, so every kill is checked against exactly two candidates.
 */
final class KillLane {

    /** Longest random wait before a kill: a few saves of the largest version, per mode. */
    private static final long BYTES_WINDOW_NANOS = TimeUnit.MILLISECONDS.toNanos(30);
    private static final long MODEL_WINDOW_NANOS = TimeUnit.MILLISECONDS.toNanos(150);

    /** Kills done, failures, and how many kills came after the child had reported at least one save. */
    record Report(int kills, List<String> failures, int afterSaves) {
    }

    private final int lane;
    private final Path file;
    private final Path versions;
    private final List<byte[]> contents;
    private final int bytesKills;
    private final int modelKills;
    private final SplittableRandom random;
    private long committed;
    private int afterSaves;

    KillLane(int lane, Path folder, Path versions, List<byte[]> contents, int bytesKills, int modelKills) {
        this.lane = lane;
        this.file = folder.resolve("analysis.premortem");
        this.versions = versions;
        this.contents = contents;
        this.bytesKills = bytesKills;
        this.modelKills = modelKills;
        this.random = new SplittableRandom(1_000 + lane);
    }

    Report run() throws IOException, InterruptedException {
        AnalysisStore.writeAtomically(file, contents.get(0));
        List<String> failures = new ArrayList<>();
        int kills = 0;
        for (int i = 0; i < bytesKills + modelKills && failures.isEmpty(); i++) {
            boolean model = i >= bytesKills;
            failures.addAll(killOnce(model, model ? MODEL_WINDOW_NANOS : BYTES_WINDOW_NANOS, i));
            kills++;
        }
        return new Report(kills, failures, afterSaves);
    }

    private List<String> killOnce(boolean model, long window, int round) throws IOException, InterruptedException {
        Process child = new ProcessBuilder(ChildJvm.command(SaveLoop.class, CrashSafetyTest.childClassPath(),
                List.of(model ? "model" : "bytes", file.toString(), versions.toString(),
                        String.valueOf(contents.size()), String.valueOf(committed + 1))))
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        List<String> lines = new ArrayList<>();
        try (BufferedReader out = child.inputReader()) {
            String first = out.readLine();
            if (!"ready".equals(first)) {
                child.destroyForcibly().waitFor();
                return List.of(where(round) + "the child did not start: " + first);
            }
            LockSupport.parkNanos(random.nextLong(window));
            // SIGKILL through the process handle: Process.destroyForcibly() would also close the output we still read.
            child.toHandle().destroyForcibly();
            if (!child.waitFor(30, TimeUnit.SECONDS)) {
                return List.of(where(round) + "the child did not die");
            }
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                lines.add(line);
            }
        }
        long lastSaved = committed;
        for (String line : lines) {
            if (line.startsWith("saved ")) {
                lastSaved = Long.parseLong(line.substring("saved ".length()));
            }
        }
        if (lastSaved > committed) {
            afterSaves++;
        }
        return check(lastSaved, round);
    }

    /** The file loads and is the version saved last, or the next one (saved but not yet reported). */
    private List<String> check(long lastSaved, int round) throws IOException {
        try {
            AnalysisStore.load(file);
        } catch (ModelLoadException e) {
            return List.of(where(round) + "the file does not load after a kill: " + e.getMessage());
        }
        byte[] onDisk = Files.readAllBytes(file);
        for (long candidate : new long[] { lastSaved, lastSaved + 1 }) {
            if (Arrays.equals(onDisk, contents.get((int) (candidate % contents.size())))) {
                committed = candidate;
                return List.of();
            }
        }
        return List.of(where(round) + "the file is neither version " + lastSaved + " nor " + (lastSaved + 1) + " ("
                + onDisk.length + " bytes)");
    }

    private String where(int round) {
        return "lane " + lane + ", kill " + (round + 1) + ": ";
    }
}
