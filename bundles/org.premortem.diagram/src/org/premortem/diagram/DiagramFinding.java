/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.diagram;

import java.util.Objects;

/**
 * A validation finding shown on a figure: its severity (as {@code IMarker.SEVERITY_*}: 0 info, 1 warning, 2 error)
 * and its message, as the Problems view shows it.
 */
public record DiagramFinding(int severity, String message) {

    public DiagramFinding {
        Objects.requireNonNull(message, "message");
    }
}
