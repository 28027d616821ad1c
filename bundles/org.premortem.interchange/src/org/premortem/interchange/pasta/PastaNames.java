/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.interchange.pasta;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.premortem.model.stpa.Component;
import org.premortem.model.stpa.Connection;
import org.premortem.model.stpa.IdentifiedElement;

/**
 * The PASTA names the exporter writes: the id an import kept in a note, else the display id without its dash
 * ({@code H-1.2} is {@code H1.2}), else, for nodes and commands, a name made from the element's name. Names are unique
 * per kind (per node for commands), since PASTA resolves references by name.
 */
final class PastaNames {

    private static final Pattern ID = Pattern.compile("[_a-zA-Z][\\w]*");

    private final Map<String, List<String>> notes;
    private final Map<IdentifiedElement, String> names = new HashMap<>();
    private final Map<String, Set<String>> used = new HashMap<>();

    PastaNames(Map<String, List<String>> notes) {
        this.notes = notes;
    }

    /** The name of an element numbered by display id; {@code subId} allows {@code H1.2}. */
    String of(IdentifiedElement element, String kind, boolean subId) {
        return names.computeIfAbsent(element, e -> unique(kind, kept(e).orElseGet(() -> fromDisplayId(e, subId))));
    }

    /** The name of a node: kept id, else its name if that is an ID, else one made of its name's words. */
    String ofNode(Component component) {
        return names.computeIfAbsent(component, c -> unique("node", kept(c).orElseGet(() -> identifier(
                component.getName(), component.getDisplayId()))));
    }

    /** The name of a command: kept id, else one made of the connection's name, unique among its node's commands. */
    String ofCommand(Connection connection, String node) {
        return names.computeIfAbsent(connection, c -> unique("command of " + node, kept(c).orElseGet(
                () -> identifier(lowerFirst(connection.getName()), connection.getDisplayId()))));
    }

    /** A name usable as an ID: the text itself if it is one, else its words joined in camel case. */
    static String identifier(String text, String fallback) {
        String candidate = text == null ? "" : text.strip();
        if (ID.matcher(candidate).matches()) {
            return candidate;
        }
        StringBuilder joined = new StringBuilder();
        for (String word : candidate.split("[^A-Za-z0-9_]+")) {
            if (!word.isEmpty()) {
                joined.append(joined.isEmpty() ? word : Character.toUpperCase(word.charAt(0)) + word.substring(1));
            }
        }
        if (joined.isEmpty() || !Character.isLetter(joined.charAt(0)) && joined.charAt(0) != '_') {
            String id = fallback == null ? "" : fallback.replace("-", "").replace('.', '_');
            return ID.matcher(id).matches() ? id : "_" + joined;
        }
        return joined.toString();
    }

    /** A value of a process-model variable as a PASTA QualifiedName ({@code ID('-'ID)*}). */
    static String value(String value) {
        String text = value == null ? "" : value.strip();
        if (text.matches("[_a-zA-Z]\\w*(-[_a-zA-Z]\\w*)*")) {
            return text;
        }
        return identifier(text, "value");
    }

    private Optional<String> kept(IdentifiedElement element) {
        return PastaNotes.value(notes, String.valueOf(element.getDisplayId()), "id");
    }

    private static String fromDisplayId(IdentifiedElement element, boolean subId) {
        String displayId = element.getDisplayId() == null ? "" : element.getDisplayId().replace("-", "");
        String name = subId ? displayId : displayId.replace('.', '_');
        boolean valid = name.matches(subId ? "[_a-zA-Z]\\w*(\\.\\d+)*" : "[_a-zA-Z]\\w*");
        return valid ? name : ("_" + element.getId()).replaceAll("\\W", "_");
    }

    private static String lowerFirst(String text) {
        return text == null || text.isEmpty() ? "" : Character.toLowerCase(text.charAt(0)) + text.substring(1);
    }

    private String unique(String kind, String name) {
        Set<String> taken = used.computeIfAbsent(kind, k -> new HashSet<>());
        String candidate = name;
        for (int i = 2; !taken.add(candidate); i++) {
            candidate = name + "_" + i;
        }
        return candidate;
    }
}
