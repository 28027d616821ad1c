/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.core.persistence;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.eclipse.emf.ecore.EObject;

/**
 * The permanent ids of a file's elements, met in file order: each element has one, well-formed, and no two share one.
 * An id used twice would make references to it ambiguous (EMF binds them to either element in silence), so the
 * second use is an error that names the lines of both.
 */
final class FileIds {

    private final Map<String, Integer> firstLines;

    /** Sized for the file: about one element per 300 bytes, so the map does not rehash on real files. */
    FileIds(int fileSize) {
        this.firstLines = new HashMap<>(Math.max(16, fileSize / 150));
    }

    /** What is wrong with the id of {@code element}, which the file gives at {@code line} ({@code null}: none). */
    Optional<String> problemOf(EObject element, String id, int line) {
        if (id == null) {
            return Optional.of(Messages.get("load.missingId", ElementMentions.withKind(element)));
        }
        if (id.isEmpty()) {
            return Optional.of(Messages.get("load.emptyId"));
        }
        if (!PermanentIds.isWellFormed(id)) {
            return Optional.of(Messages.get("load.malformedId", XmlMessages.quote(id)));
        }
        Integer first = firstLines.putIfAbsent(id, line);
        return first == null ? Optional.empty()
                : Optional.of(Messages.get("load.duplicateId", XmlMessages.quote(id), first, line));
    }

    /** Notes an id in a part of the file that is not checked further, so that another use of it is still found. */
    void note(String id, int line) {
        if (id != null && !id.isEmpty()) {
            firstLines.putIfAbsent(id, line);
        }
    }
}
