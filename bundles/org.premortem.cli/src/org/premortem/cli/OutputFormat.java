/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.cli;

/** How a command prints its result: for people, or for programs. */
public enum OutputFormat {
    TEXT, JSON
}
