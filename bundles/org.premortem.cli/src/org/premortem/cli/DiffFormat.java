/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.cli;

/** How {@code premortem diff} prints the changes: text lines, Markdown for pull-request comments, or JSON. */
enum DiffFormat {
    TEXT, MD, JSON
}
