/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.core.compare;

import java.util.List;
import java.util.Objects;

/**
 * A diff as GitHub-flavoured Markdown for pull-request comments: a heading, the summary, then one section per kind of
 * change (lists for added, removed and moved elements, tables for values and references). Every user text is
 * escaped, so an analysis cannot inject markup or HTML into the comment.
 */
public final class DiffMarkdown {

    private DiffMarkdown() {
    }

    public static String of(ModelDiff diff, String oldName, String newName) {
        Objects.requireNonNull(diff, "diff");
        ChangeWording words = new ChangeWording(diff);
        StringBuilder md = new StringBuilder();
        md.append("### ").append(escape(Messages.get("diff.heading", oldName, newName))).append("\n\n");
        md.append(escape(DiffText.summary(diff))).append('\n');
        for (ChangeKind kind : ChangeKind.values()) {
            List<Change> changes = diff.changes(kind);
            if (changes.isEmpty()) {
                continue;
            }
            md.append("\n#### ").append(Messages.get("section." + kind)).append(" (").append(changes.size())
                    .append(")\n\n");
            switch (kind) {
                case ADDED, REMOVED -> changes.forEach(change -> md.append("- **").append(escape(words.subject(change)))
                        .append("** (").append(escape(words.kind(change))).append(", ")
                        .append(escape(kind == ChangeKind.ADDED ? words.after(change) : words.before(change)))
                        .append(")\n"));
                case MOVED -> changes.forEach(change -> md.append("- **").append(escape(words.subject(change)))
                        .append("**: ").append(escape(words.before(change))).append(" \u2192 ")
                        .append(escape(words.after(change))).append('\n'));
                case CHANGED -> {
                    md.append(Messages.get("markdown.changedHeader")).append("\n|---|---|---|---|\n");
                    changes.forEach(change -> md.append("| ").append(escape(words.subject(change))).append(" | ")
                            .append(escape(change.feature())).append(" | ").append(escape(words.before(change)))
                            .append(" | ").append(escape(words.after(change))).append(" |\n"));
                }
                case LINKED, UNLINKED -> {
                    md.append(Messages.get("markdown.linkHeader")).append("\n|---|---|---|\n");
                    changes.forEach(change -> md.append("| ").append(escape(words.subject(change))).append(" | ")
                            .append(escape(change.feature())).append(" | ")
                            .append(escape(kind == ChangeKind.LINKED ? words.after(change) : words.before(change)))
                            .append(" |\n"));
                }
            }
        }
        return md.toString();
    }

    /** Backslash-escapes Markdown's punctuation and pipes, and writes angle brackets as entities. */
    static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length() + 16);
        for (char c : text.replace("\r", " ").replace("\n", " ").toCharArray()) {
            switch (c) {
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '&' -> escaped.append("&amp;");
                case '\\', '`', '*', '_', '{', '}', '[', ']', '(', ')', '#', '+', '-', '!', '|', '~' -> escaped
                        .append('\\').append(c);
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }
}
