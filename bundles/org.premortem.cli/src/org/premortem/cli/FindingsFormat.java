/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.cli;

/** How {@code premortem validate} prints findings: lines for people, JSON for scripts, SARIF 2.1.0 for CI systems. */
public enum FindingsFormat {
    TEXT, JSON, SARIF
}
