/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.core.persistence;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;
import org.premortem.model.stpa.Analysis;
import org.premortem.model.stpa.IdentifiedElement;

/**
 * Checks that permanent ids identify: none is empty or used twice, and each is made of ASCII letters, digits, {@code _},
 * {@code -} and {@code .} (a space or {@code #} would split or redirect the references that use it). A file that breaks
 * this would load with references silently bound to the wrong element, or save into a file that no longer loads; it
 * is refused instead, at the line of the offending id.
 */
final class PermanentIds {

    private static final int MAX_REPORTED = 100;

    private PermanentIds() {
    }

    static List<LoadProblem> check(Path file, byte[] bytes, Analysis analysis) {
        // Files hold about one element per 300 bytes: sized for twice that, the set does not rehash on real files.
        Set<String> seen = new HashSet<>(Math.max(16, bytes.length / 150));
        Set<String> offending = new LinkedHashSet<>();
        count(analysis, seen, offending);
        for (TreeIterator<EObject> it = analysis.eAllContents(); it.hasNext() && offending.size() < MAX_REPORTED;) {
            if (it.next() instanceof IdentifiedElement element) {
                count(element, seen, offending);
            }
        }
        if (offending.isEmpty()) {
            return List.of();
        }
        Map<String, List<Integer>> lines = ElementLines.occurrences(bytes, offending);
        List<LoadProblem> problems = new ArrayList<>();
        for (String id : offending) {
            if (problems.size() == MAX_REPORTED) {
                break;
            }
            List<Integer> at = lines.getOrDefault(id, List.of());
            boolean repeatedUse = isWellFormed(id);
            int line = repeatedUse && at.size() > 1 ? at.get(1) : at.isEmpty() ? 0 : at.get(0);
            problems.add(new LoadProblem(file, line, 0, describe(id, at.isEmpty() ? null : at.get(0))));
        }
        return problems;
    }

    /** Refuses to save an analysis whose ids would not load again. */
    static void checkForSave(Analysis analysis) throws IOException {
        Set<String> seen = new HashSet<>();
        Set<String> bad = new LinkedHashSet<>();
        count(analysis, seen, bad);
        for (TreeIterator<EObject> it = analysis.eAllContents(); it.hasNext() && bad.isEmpty();) {
            if (it.next() instanceof IdentifiedElement element) {
                count(element, seen, bad);
            }
        }
        if (!bad.isEmpty()) {
            String id = bad.iterator().next();
            throw new IOException(Messages.get("save.badId", describe(id, null)));
        }
    }

    /** Whether an id can be written and referred to: non-empty, letters, digits, _ - . only. */
    static boolean isWellFormed(String id) {
        if (id.isEmpty()) {
            return false;
        }
        for (int i = 0; i < id.length(); i++) {
            char c = id.charAt(i);
            boolean allowed = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_'
                    || c == '-' || c == '.';
            if (!allowed) {
                return false;
            }
        }
        return true;
    }

    private static void count(IdentifiedElement element, Set<String> seen, Set<String> bad) {
        String id = element.getId();
        if (id != null && (!isWellFormed(id) || !seen.add(id))) {
            bad.add(id);
        }
    }

    private static String describe(String id, Integer firstLine) {
        if (id.isEmpty()) {
            return Messages.get("load.emptyId");
        }
        if (!isWellFormed(id)) {
            return Messages.get("load.malformedId", XmlMessages.quote(id));
        }
        return Messages.get("load.duplicateId", XmlMessages.quote(id), firstLine == null ? "?" : firstLine);
    }
}
