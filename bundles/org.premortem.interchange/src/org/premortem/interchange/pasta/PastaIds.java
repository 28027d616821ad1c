/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.interchange.pasta;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.premortem.model.stpa.IdentifiedElement;

/**
 * PASTA ids that fit Premortem's display-id scheme become display ids ({@code H1.2} becomes {@code H-1.2} under
 * {@code H-1}); the others are kept in a note ({@code id NAME}) and the element is numbered by Premortem.
 */
final class PastaIds {

    private static final Pattern NUMBERED = Pattern.compile("([A-Za-z]+)-?(\\d{1,9}(?:\\.\\d{1,9})*)");

    private final Set<String> used = new HashSet<>();
    private final PastaNotes notes;
    private int kept;

    PastaIds(PastaNotes notes) {
        this.notes = notes;
    }

    /** Gives a top-level element the display id {@code prefix-N} if its PASTA id is {@code prefixN} (or with dash). */
    void identify(IdentifiedElement element, String prefix, String pastaId) {
        Optional<String> fitted = fit(prefix, pastaId).filter(id -> !id.contains("."));
        apply(element, fitted, pastaId);
    }

    /** Gives a refinement its parent's display id and one more number, if its PASTA id says so. */
    void identifyRefinement(IdentifiedElement element, IdentifiedElement parent, String prefix, String pastaId) {
        String parentId = parent.getDisplayId();
        Optional<String> fitted = fit(prefix, pastaId).filter(id -> parentId != null
                && id.startsWith(parentId + ".") && !id.substring(parentId.length() + 1).contains("."));
        apply(element, fitted, pastaId);
    }

    /** Keeps the PASTA id in a note, for elements whose kind has no numbered PASTA id. */
    void keep(IdentifiedElement element, String pastaId) {
        notes.add(element, "id", pastaId);
        kept++;
    }

    /** How many PASTA ids were kept in notes. */
    int keptCount() {
        return kept;
    }

    private void apply(IdentifiedElement element, Optional<String> fitted, String pastaId) {
        if (fitted.isPresent() && used.add(fitted.get())) {
            element.setDisplayId(fitted.get());
        } else {
            keep(element, pastaId);
        }
    }

    static Optional<String> fit(String prefix, String pastaId) {
        Matcher matcher = NUMBERED.matcher(pastaId);
        if (!matcher.matches() || !matcher.group(1).equals(prefix) || hasLeadingZero(matcher.group(2))) {
            return Optional.empty();
        }
        return Optional.of(prefix + "-" + matcher.group(2));
    }

    private static boolean hasLeadingZero(String numbers) {
        for (String number : numbers.split("\\.")) {
            if (number.length() > 1 && number.startsWith("0") || number.equals("0")) {
                return true;
            }
        }
        return false;
    }
}
