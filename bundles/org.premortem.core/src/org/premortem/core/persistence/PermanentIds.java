/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.core.persistence;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;
import org.premortem.model.stpa.Analysis;
import org.premortem.model.stpa.IdentifiedElement;

/**
 * What a permanent id must be: present, made of ASCII letters, digits, {@code _}, {@code -} and {@code .} (a space or
 * {@code #} would split or redirect the references that use it), and used by one element only. Loading checks the ids
 * of a file as it meets them ({@link FileIds}); saving refuses an analysis whose ids would not load again.
 */
final class PermanentIds {

    private static final boolean[] ALLOWED = new boolean[128];

    static {
        for (char c = 0; c < ALLOWED.length; c++) {
            ALLOWED[c] = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_' || c == '-'
                    || c == '.';
        }
    }

    private PermanentIds() {
    }

    /** Refuses to save an analysis whose ids would not load again. */
    static void checkForSave(Analysis analysis) throws IOException {
        Map<String, IdentifiedElement> holders = new HashMap<>();
        check(analysis, holders);
        for (TreeIterator<EObject> it = analysis.eAllContents(); it.hasNext();) {
            if (it.next() instanceof IdentifiedElement element) {
                check(element, holders);
            }
        }
    }

    /** Whether an id can be written and referred to: non-empty, letters, digits, _ - . only. */
    static boolean isWellFormed(String id) {
        return !id.isEmpty() && wellFormedUpTo(id, 0, id.length());
    }

    /** Whether the characters from {@code start} to {@code end} are all ones an id may have; loading checks many. */
    static boolean wellFormedUpTo(String text, int start, int end) {
        for (int i = start; i < end; i++) {
            if (!isIdCharacter(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** Whether an id may have this character. */
    static boolean isIdCharacter(char c) {
        return c < ALLOWED.length && ALLOWED[c];
    }

    private static void check(IdentifiedElement element, Map<String, IdentifiedElement> holders) throws IOException {
        String id = element.getId();
        String problem = null;
        if (id == null) {
            problem = Messages.get("save.missingId", ElementMentions.withKind(element));
        } else if (id.isEmpty()) {
            problem = Messages.get("load.emptyId");
        } else if (!isWellFormed(id)) {
            problem = Messages.get("load.malformedId", XmlMessages.quote(id));
        } else if (holders.putIfAbsent(id, element) != null) {
            problem = Messages.get("save.duplicateId", XmlMessages.quote(id), ElementMentions.of(holders.get(id)),
                    ElementMentions.of(element));
        }
        if (problem != null) {
            throw new IOException(Messages.get("save.badId", problem));
        }
    }
}
