/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.core.tests.crash;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.premortem.core.persistence.AnalysisStore;
import org.premortem.core.persistence.AtomicFile;
import org.premortem.model.stpa.Analysis;

/**
 * The child process of {@link CrashSafetyTest}: saves versions of an analysis to one file, over and over, until it is
 * killed. Version {@code n} is the {@code n % count}-th file of the versions folder. It prints {@code ready} once
 * prepared (after one save to a scratch file, so that class loading is over) and {@code saved n} after each save has
 * returned.
 * <p>
 * Arguments: {@code bytes|model FILE VERSIONS-FOLDER COUNT FIRST}. In {@code model} mode each save is
 * {@link AnalysisStore#save} of a loaded analysis (serializing, checking, writing); in {@code bytes} mode it is
 * {@link AtomicFile#write} of the saved bytes, the part of a save that touches the disk, so that every kill lands in
 * file-system work and the process starts without EMF.
 */
public final class SaveLoop {

    private SaveLoop() {
    }

    public static void main(String[] args) throws IOException {
        boolean model = "model".equals(args[0]);
        Path file = Path.of(args[1]);
        Path versions = Path.of(args[2]);
        int count = Integer.parseInt(args[3]);
        long first = Long.parseLong(args[4]);
        List<byte[]> bytes = new ArrayList<>();
        List<Analysis> analyses = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Path version = versions.resolve(versionName(i));
            if (model) {
                analyses.add(AnalysisStore.load(version));
            } else {
                bytes.add(Files.readAllBytes(version));
            }
        }
        // One save to a scratch file first, so that class loading is over and kills land in the save loop proper.
        Path warmUp = file.resolveSibling(file.getFileName() + ".warm-up");
        save(model, warmUp, analyses, bytes, 0);
        PrintStream out = System.out;
        out.println("ready");
        out.flush();
        for (long n = first;; n++) {
            save(model, file, analyses, bytes, (int) (n % count));
            out.println("saved " + n);
            out.flush();
        }
    }

    private static void save(boolean model, Path file, List<Analysis> analyses, List<byte[]> bytes, int index)
            throws IOException {
        if (model) {
            AnalysisStore.save(analyses.get(index), file);
        } else {
            AtomicFile.write(file, bytes.get(index));
        }
    }

    static String versionName(int index) {
        return "version-" + index + ".premortem";
    }
}
