/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.core.compare;

import java.util.Objects;

/**
 * A diff as plain text, one change a line after a summary line:
 * <pre>
 * changed UCA-3 'Enactor …' text: "old" → "new"
 * linked UCA-3 'Enactor …' hazards: H-2 'Route53 …'
 * </pre>
 */
public final class DiffText {

    private DiffText() {
    }

    public static String of(ModelDiff diff, String oldName, String newName) {
        Objects.requireNonNull(diff, "diff");
        ChangeWording words = new ChangeWording(diff);
        StringBuilder text = new StringBuilder();
        text.append("--- ").append(oldName).append('\n').append("+++ ").append(newName).append('\n');
        text.append(summary(diff)).append('\n');
        for (ChangeKind kind : ChangeKind.values()) {
            for (Change change : diff.changes(kind)) {
                text.append(Messages.get("kind." + kind)).append(' ').append(words.subject(change));
                switch (kind) {
                    case ADDED -> text.append(" (").append(words.kind(change)).append(", ").append(words.after(change))
                            .append(')');
                    case REMOVED -> text.append(" (").append(words.kind(change)).append(", ")
                            .append(words.before(change)).append(')');
                    case MOVED, CHANGED -> text.append(kind == ChangeKind.CHANGED ? " " + change.feature() : "")
                            .append(": ").append(words.before(change)).append(" \u2192 ").append(words.after(change));
                    case LINKED -> text.append(' ').append(change.feature()).append(": ").append(words.after(change));
                    case UNLINKED -> text.append(' ').append(change.feature()).append(": ")
                            .append(words.before(change));
                }
                text.append('\n');
            }
        }
        return text.toString();
    }

    /** {@code 1 added, 0 removed, …}, or "no differences". */
    public static String summary(ModelDiff diff) {
        if (diff.isEmpty()) {
            return Messages.get("diff.equal");
        }
        Object[] counts = new Object[ChangeKind.values().length];
        for (ChangeKind kind : ChangeKind.values()) {
            counts[kind.ordinal()] = diff.changes(kind).size();
        }
        return Messages.get("diff.summary", counts);
    }
}
