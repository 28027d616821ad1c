/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.core.persistence;

import java.io.IOException;
import java.util.List;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.premortem.model.stpa.Analysis;
import org.premortem.model.stpa.IdentifiedElement;

/**
 * Refuses to save text that XML 1.0 cannot hold (NUL and other control characters, lone surrogates, U+FFFE/U+FFFF):
 * EMF would write it as a character reference the parser then rejects, leaving a file that no longer loads. Failing
 * the save instead keeps the previous file and says which element to fix.
 */
final class SavableText {

    private SavableText() {
    }

    static void check(Analysis analysis) throws IOException {
        checkObject(analysis);
        for (TreeIterator<EObject> it = analysis.eAllContents(); it.hasNext();) {
            checkObject(it.next());
        }
    }

    private static void checkObject(EObject object) throws IOException {
        for (EAttribute attribute : object.eClass().getEAllAttributes()) {
            if (attribute.isTransient() || attribute.getEAttributeType().getInstanceClass() != String.class
                    || !object.eIsSet(attribute)) {
                continue;
            }
            Object value = object.eGet(attribute);
            if (value instanceof String text) {
                checkText(object, attribute, text);
            } else if (value instanceof List<?> texts) {
                for (Object item : texts) {
                    if (item instanceof String text) {
                        checkText(object, attribute, text);
                    }
                }
            }
        }
    }

    private static void checkText(EObject object, EAttribute attribute, String text) throws IOException {
        int bad = firstUnsavable(text);
        if (bad >= 0) {
            throw new IOException(Messages.get("save.badCharacter", attribute.getName(), owner(object),
                    String.format("U+%04X", (int) text.charAt(bad)), bad + 1));
        }
    }

    /** The index of the first character XML 1.0 cannot hold, or -1. */
    static int firstUnsavable(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 0x20 && c < 0xD800 || c == '\t' || c == '\n' || c == '\r' || c >= 0xE000 && c <= 0xFFFD) {
                continue;
            }
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
                continue;
            }
            return i;
        }
        return -1;
    }

    private static String owner(EObject object) {
        for (EObject current = object; current != null; current = current.eContainer()) {
            if (current instanceof IdentifiedElement element && element.getDisplayId() != null) {
                return XmlMessages.quote(element.getDisplayId());
            }
        }
        return object.eClass().getName();
    }
}
