/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.core.tests.crash;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.xmi.XMIResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.premortem.core.persistence.AnalysisStore;
import org.premortem.core.synthetic.SyntheticAnalysis;
import org.premortem.model.stpa.Analysis;

/**
 * Crash safety of saving: child processes save an analysis in a loop while this test kills them with SIGKILL at
 * random moments, {@value #BYTES_KILLS} times while they write saved bytes and {@value #MODEL_KILLS} times while they
 * run whole saves of loaded models. After every kill the file must load and hold either the version saved last
 * before the kill or the one being saved when it came, byte for byte.
 */
class CrashSafetyTest {

    static final int BYTES_KILLS = 200;
    static final int MODEL_KILLS = 10;
    private static final int LANES = 2;
    private static final int[] VERSION_SIZES = { 3, 12, 30, 70 };

    @TempDir
    Path folder;

    @Test
    void everyKillLeavesThePreviousOrTheNewVersion() throws IOException, InterruptedException, ExecutionException {
        Path versions = Files.createDirectories(folder.resolve("versions"));
        List<byte[]> contents = new ArrayList<>();
        for (int i = 0; i < VERSION_SIZES.length; i++) {
            byte[] bytes = AnalysisStore.serialize(SyntheticAnalysis.generate(VERSION_SIZES[i], i));
            Files.write(versions.resolve(SaveLoop.versionName(i)), bytes);
            contents.add(bytes);
        }
        ExecutorService lanes = Executors.newFixedThreadPool(LANES);
        try {
            List<Future<KillLane.Report>> reports = new ArrayList<>();
            for (int lane = 0; lane < LANES; lane++) {
                KillLane work = new KillLane(lane, Files.createDirectories(folder.resolve("lane-" + lane)), versions,
                        contents, BYTES_KILLS / LANES, MODEL_KILLS / LANES);
                reports.add(lanes.submit(work::run));
            }
            int kills = 0;
            int afterSaves = 0;
            List<String> failures = new ArrayList<>();
            for (Future<KillLane.Report> report : reports) {
                kills += report.get().kills();
                afterSaves += report.get().afterSaves();
                failures.addAll(report.get().failures());
            }
            System.out.println(kills + " kills, " + afterSaves + " of them after the child had reported a save");
            assertEquals(List.of(), failures);
            assertEquals(BYTES_KILLS + MODEL_KILLS, kills);
        } finally {
            lanes.shutdownNow();
        }
    }

    /** The classes whose jars or folders the child needs: this bundle, core, the model, EMF. */
    static List<Class<?>> childClassPath() {
        return List.of(AnalysisStore.class, Analysis.class, EObject.class, XMIResource.class, URI.class);
    }

    @Test
    void theChildSavesWholeModelsWhenLeftAlone() throws IOException, InterruptedException {
        Path versions = Files.createDirectories(folder.resolve("versions"));
        byte[] version = AnalysisStore.serialize(SyntheticAnalysis.generate(2, 1));
        Files.write(versions.resolve(SaveLoop.versionName(0)), version);
        Path file = folder.resolve("alone.premortem");
        Process child = new ProcessBuilder(ChildJvm.command(SaveLoop.class, childClassPath(),
                List.of("model", file.toString(), versions.toString(), "1", "0"))).redirectErrorStream(true).start();
        try (var lines = child.inputReader().lines()) {
            assertEquals(List.of("ready", "saved 0", "saved 1"), lines.limit(3).toList());
        } finally {
            child.destroyForcibly().waitFor();
        }
        assertArrayEquals(version, Files.readAllBytes(file));
    }
}
