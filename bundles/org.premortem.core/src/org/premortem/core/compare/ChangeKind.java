/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.core.compare;

/** The kinds of difference between two versions of an analysis, in the order reports list them. */
public enum ChangeKind {
    /** An element only the new version has. */
    ADDED,
    /** An element only the old version has. */
    REMOVED,
    /** An element in another container, or in another place among its siblings. */
    MOVED,
    /** An attribute (or a list of id-less parts) with another value. */
    CHANGED,
    /** A reference the new version adds. */
    LINKED,
    /** A reference the new version drops. */
    UNLINKED
}
