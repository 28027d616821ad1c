/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.validation;


import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EcorePackage;
import org.premortem.core.validation.RuleCategory;
import org.premortem.core.validation.RuleContext;
import org.premortem.core.validation.Severity;
import org.premortem.model.stpa.IdentifiedElement;

/** A text still marked TODO, TBD or FIXME: work the analysis has not finished. */
public final class TodoTextRule extends StpaRule {

    /**
     * The marker words, lower case. They are found by a scan rather than a regular expression: this rule reads every
     * text of the analysis, and a matcher per text was an eighth of what a whole validation allocated.
     */
    private static final String[] MARKERS = { "todo", "tbd", "fixme" };

    public TodoTextRule() {
        super("stpa.todo-text", RuleCategory.WORDING, Severity.INFO, STPA.getIdentifiedElement());
    }

    @Override
    public void check(IdentifiedElement element, RuleContext context) {
        for (EAttribute attribute : element.eClass().getEAllAttributes()) {
            if (attribute.isDerived() || attribute.isMany()
                    || attribute.getEAttributeType() != EcorePackage.Literals.ESTRING
                    || attribute == STPA.getIdentifiedElement_Id()
                    || attribute == STPA.getIdentifiedElement_DisplayId()) {
                continue;
            }
            String marker = element.eGet(attribute) instanceof String text ? marker(text) : null;
            if (marker != null) {
                context.report(element, message("message", name(element), marker, attribute.getName()));
            }
        }
    }

    /**
     * The first marker in the text, as written ("TODO", "Tbd"), or null: a marker word in ASCII letters of any case,
     * standing as a word (no ASCII letter, digit or underscore on either side), as the regular expression
     * {@code (?i)\b(todo|tbd|fixme)\b} finds it.
     */
    private static String marker(String text) {
        int length = text.length();
        for (int start = 0; start < length; start++) {
            char first = (char) (text.charAt(start) | 0x20);
            if ((first != 't' && first != 'f') || (start > 0 && isWordCharacter(text.charAt(start - 1)))) {
                continue;
            }
            for (String marker : MARKERS) {
                int end = start + marker.length();
                if (end <= length && isMarkerAt(text, start, marker)
                        && (end == length || !isWordCharacter(text.charAt(end)))) {
                    return text.substring(start, end);
                }
            }
        }
        return null;
    }

    private static boolean isMarkerAt(String text, int start, String marker) {
        for (int i = 0; i < marker.length(); i++) {
            char c = text.charAt(start + i);
            if (c >= 128 || (c | 0x20) != marker.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    /** What a regular expression's word boundary counts as part of a word (since Java 19, \\w: ASCII only). */
    private static boolean isWordCharacter(char c) {
        return c == '_' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    }
}
