/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.core.persistence;

import java.io.IOException;
import java.util.List;

/** A .premortem file was rejected; nothing of it was loaded. The problems say where and why. */
public final class ModelLoadException extends IOException {

    private static final long serialVersionUID = 1L;

    private final transient List<LoadProblem> problems;

    public ModelLoadException(List<LoadProblem> problems) {
        super(problems.isEmpty() ? "cannot load" : problems.get(0).toString());
        this.problems = List.copyOf(problems);
    }

    public ModelLoadException(LoadProblem problem) {
        this(List.of(problem));
    }

    /** All problems found, the first being the one in the message. */
    public List<LoadProblem> problems() {
        return problems;
    }
}
