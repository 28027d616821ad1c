/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.interchange.pasta;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;
import org.premortem.core.interchange.ImportNotice;
import org.premortem.interchange.pasta.PastaAst.Name;
import org.premortem.model.stpa.Analysis;
import org.premortem.model.stpa.IdentifiedElement;

/**
 * What a PASTA file says about an element that Premortem has no attribute for (a PASTA id that is not a display id,
 * a node's hierarchy level, a value's range, a header, ...), kept as one block of lines at the end of the analysis
 * description:
 *
 * <pre>
 * PASTA notes (display id: note):
 * CMP-1: id FlightCrew
 * CMP-1: hierarchyLevel 1
 * </pre>
 *
 * The exporter reads the block back, so an import followed by an export gives the PASTA ids and attributes again.
 */
final class PastaNotes {

    static final String HEADER = "PASTA notes (display id: note):";

    private final Map<IdentifiedElement, List<String>> notes = new LinkedHashMap<>();
    private final List<ImportNotice> notices = new ArrayList<>();
    private final Path file;

    PastaNotes(Path file) {
        this.file = file;
    }

    /** Adds a note and reports it: {@code what} (at {@code at}) has no place in Premortem. */
    void keep(IdentifiedElement element, String key, String value, Name at, String what) {
        add(element, key, value);
        notices.add(ImportNotice.at(file, at.line(), at.column(), Messages.get("note.kept", what)));
    }

    /** What {@link #keep} reported, in the order kept. */
    List<ImportNotice> notices() {
        return notices;
    }

    /** Adds a note {@code key value} to an element (whose display id may not be assigned yet). */
    void add(IdentifiedElement element, String key, String value) {
        notes.computeIfAbsent(element, e -> new ArrayList<>()).add(value.isEmpty() ? key : key + " " + value);
    }

    boolean isEmpty() {
        return notes.isEmpty();
    }

    /** Appends the block to the analysis description, elements in document order; call after ids are assigned. */
    void writeInto(Analysis analysis, String introduction) {
        StringBuilder text = new StringBuilder(introduction);
        if (!notes.isEmpty()) {
            text.append("\n\n").append(HEADER);
            for (TreeIterator<EObject> it = analysis.eAllContents(); it.hasNext();) {
                EObject next = it.next();
                for (String note : notes.getOrDefault(next, List.of())) {
                    text.append('\n').append(((IdentifiedElement) next).getDisplayId()).append(": ").append(note);
                }
            }
        }
        analysis.setDescription(text.toString());
    }

    /** The notes of an analysis, read back from its description: display id to {@code key value} lines. */
    static Map<String, List<String>> readFrom(Analysis analysis) {
        Map<String, List<String>> read = new HashMap<>();
        String description = analysis.getDescription();
        int start = description == null ? -1 : description.indexOf(HEADER);
        if (start < 0) {
            return read;
        }
        for (String line : description.substring(start + HEADER.length()).split("\n")) {
            int colon = line.indexOf(": ");
            if (colon > 0) {
                read.computeIfAbsent(line.substring(0, colon).strip(), k -> new ArrayList<>())
                        .add(line.substring(colon + 2).strip());
            }
        }
        return read;
    }

    /** The value of the first note {@code key value} among an element's notes. */
    static Optional<String> value(Map<String, List<String>> notes, String displayId, String key) {
        return values(notes, displayId, key).stream().findFirst();
    }

    /** The values of every note {@code key value} among an element's notes, in order. */
    static List<String> values(Map<String, List<String>> notes, String displayId, String key) {
        List<String> values = new ArrayList<>();
        for (String note : notes.getOrDefault(displayId, List.of())) {
            if (note.startsWith(key + " ")) {
                values.add(note.substring(key.length() + 1));
            } else if (note.equals(key)) {
                values.add("");
            }
        }
        return values;
    }

    /** The description without the notes block (what the user wrote). */
    static String userDescription(Analysis analysis) {
        String description = analysis.getDescription() == null ? "" : analysis.getDescription();
        int start = description.indexOf(HEADER);
        return (start < 0 ? description : description.substring(0, start)).strip();
    }
}
