/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.compare;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;

import org.eclipse.compare.IStreamContentAccessor;
import org.eclipse.compare.ITypedElement;
import org.eclipse.core.runtime.CoreException;
import org.premortem.core.compare.ModelSnapshot;
import org.premortem.core.persistence.AnalysisStore;
import org.premortem.core.persistence.ModelLoadException;
import org.premortem.model.stpa.Analysis;

/**
 * One side of a compare: its bytes as the compare framework gives them (a file, a history state, a git revision)
 * and the analysis they hold, or why they hold none.
 */
final class CompareSide {

    private final String name;
    private final byte[] bytes;
    private final ModelSnapshot snapshot;
    private final String problem;

    private CompareSide(String name, byte[] bytes, ModelSnapshot snapshot, String problem) {
        this.name = name;
        this.bytes = bytes;
        this.snapshot = snapshot;
        this.problem = problem;
    }

    /** Reads the side the compare framework passed ({@code null} when this side has no file). */
    static CompareSide read(Object element) {
        String name = element instanceof ITypedElement typed ? typed.getName() : Messages.get("side.unnamed");
        if (!(element instanceof IStreamContentAccessor accessor)) {
            return new CompareSide(name, null, null, Messages.get("side.absent", name));
        }
        try (InputStream in = accessor.getContents()) {
            return of(name, in == null ? new byte[0] : in.readAllBytes());
        } catch (CoreException | IOException e) {
            return new CompareSide(name, null, null, Messages.get("side.unreadable", name, e.getMessage()));
        }
    }

    /** The side with these bytes, loaded as an analysis (the loader's error when they are not one). */
    static CompareSide of(String name, byte[] bytes) {
        try {
            Analysis analysis = AnalysisStore.parse(pathFor(name), bytes);
            return new CompareSide(name, bytes, ModelSnapshot.of(analysis), null);
        } catch (ModelLoadException e) {
            return new CompareSide(name, bytes, null, e.getMessage());
        }
    }

    /** A path to name the side in messages: history states and revisions have names that are no file name. */
    private static Path pathFor(String name) {
        try {
            return Path.of(name);
        } catch (InvalidPathException e) {
            return Path.of("analysis.premortem");
        }
    }

    String name() {
        return name;
    }

    /** The bytes, {@code null} when there were none to read. */
    byte[] bytes() {
        return bytes;
    }

    /** The analysis, {@code null} when {@link #problem()} says why there is none. */
    ModelSnapshot snapshot() {
        return snapshot;
    }

    String problem() {
        return problem;
    }

    boolean isLoaded() {
        return snapshot != null;
    }
}
