/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.interchange.pasta;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.premortem.core.interchange.ImportNotice;
import org.premortem.interchange.pasta.PastaAst.Name;

/**
 * The names of one kind of PASTA element (losses, hazards, nodes, ...) and the Premortem elements made from them.
 * Duplicate names and references to nothing become errors naming line and column; the import fails if there are any.
 */
final class PastaScope<T> {

    private final String kind;
    private final Path file;
    private final List<ImportNotice> errors;
    private final Map<String, T> elements = new HashMap<>();

    PastaScope(String kind, Path file, List<ImportNotice> errors) {
        this.kind = kind;
        this.file = file;
        this.errors = errors;
    }

    void define(Name name, T element) {
        if (elements.putIfAbsent(name.text(), element) != null) {
            errors.add(ImportNotice.at(file, name.line(), name.column(),
                    Messages.get("scope.duplicate", kind, name.text())));
        }
    }

    Optional<T> find(String name) {
        return Optional.ofNullable(elements.get(name));
    }

    /** The element named, or an error and empty. */
    Optional<T> resolve(Name reference) {
        Optional<T> found = find(reference.text());
        if (found.isEmpty()) {
            errors.add(ImportNotice.at(file, reference.line(), reference.column(),
                    Messages.get("scope.unknown", kind, reference.text())));
        }
        return found;
    }

    /** The elements named, with an error for each name that names none. */
    List<T> resolveAll(List<Name> references) {
        List<T> resolved = new ArrayList<>();
        for (Name reference : references) {
            resolve(reference).ifPresent(resolved::add);
        }
        return resolved;
    }
}
