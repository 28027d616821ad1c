/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.core.compare;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Puts a {@link Change} into words for people: elements by display id and short text (from the version that has
 * them), places as "components of CS-1 'DNS'", values quoted with line breaks shown as {@code \n}.
 */
public final class ChangeWording {

    private final ModelDiff diff;

    public ChangeWording(ModelDiff diff) {
        this.diff = Objects.requireNonNull(diff, "diff");
    }

    /** The element the change is about, named from the version that has it. */
    public String subject(Change change) {
        return change.kind() == ChangeKind.REMOVED ? diff.before().name(change.elementId())
                : diff.after().name(change.elementId());
    }

    /** The element's kind (EClass name). */
    public String kind(Change change) {
        ModelSnapshot side = change.kind() == ChangeKind.REMOVED ? diff.before() : diff.after();
        return side.get(change.elementId()).map(ElementState::kind).orElse("");
    }

    /** The old side of the change: a place, a value or the references dropped. */
    public String before(Change change) {
        return switch (change.kind()) {
            case ADDED, LINKED -> "";
            case REMOVED, MOVED -> place(diff.before(), change.before());
            case CHANGED -> values(change.before());
            case UNLINKED -> targets(diff.before(), change.before());
        };
    }

    /** The new side of the change. */
    public String after(Change change) {
        return switch (change.kind()) {
            case REMOVED, UNLINKED -> "";
            case ADDED, MOVED -> place(diff.after(), change.after());
            case CHANGED -> values(change.after());
            case LINKED -> targets(diff.after(), change.after());
        };
    }

    /** A place in the containment tree: {@code components of CS-1 'DynamoDB DNS management'}. */
    static String place(ModelSnapshot side, List<String> location) {
        if (location.isEmpty()) {
            return Messages.get("location.root");
        }
        String parentId = location.get(0);
        String parent = parentId.equals(side.rootId()) ? Messages.get("location.root") : side.name(parentId);
        return Messages.get("location", location.get(1), parent);
    }

    /** One value quoted, several in brackets, none as "(not set)". */
    public static String values(List<String> values) {
        if (values.isEmpty()) {
            return Messages.get("unset");
        }
        if (values.size() == 1) {
            return quote(values.get(0));
        }
        return values.stream().map(ChangeWording::quote).collect(Collectors.joining(", ", "[", "]"));
    }

    private static String targets(ModelSnapshot side, List<String> ids) {
        return ids.stream().map(side::name).collect(Collectors.joining(", "));
    }

    private static String quote(String value) {
        return "\"" + value.replace("\\", "\\\\").replace("\"", "\\\"").replace("\r", "\\r").replace("\n", "\\n")
                + "\"";
    }
}
