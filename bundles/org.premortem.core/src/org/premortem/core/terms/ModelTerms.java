/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.core.terms;

import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The words an analyst reads for the model's enumerations ("Controlled process", "Not providing causes hazard",
 * "2 Inadequate feedback and information"), never the literals stored in files ({@code CONTROLLED_PROCESS}).
 * Reports and the workbench both name them from here ({@code terms.properties} beside this class, English).
 */
public final class ModelTerms {

    private static final ResourceBundle TERMS = ResourceBundle.getBundle("org.premortem.core.terms.terms",
            Locale.ROOT, ModelTerms.class.getClassLoader());

    private ModelTerms() {
    }

    /** The term for a literal of one of the model's enumerations, as it reads inside a sentence. */
    public static String of(Enum<?> literal) {
        try {
            return TERMS.getString(literal.getDeclaringClass().getSimpleName() + "." + literal.name());
        } catch (MissingResourceException e) {
            return literal.name().toLowerCase(Locale.ROOT).replace('_', ' ');
        }
    }

    /** The term as it reads on its own, in a list or a field: with a capital first letter. */
    public static String label(Enum<?> literal) {
        String term = of(literal);
        return term.isEmpty() ? term : Character.toUpperCase(term.charAt(0)) + term.substring(1);
    }

    /** Whether {@code literal} belongs to an enumeration this class names. */
    public static boolean names(Object literal) {
        return literal instanceof Enum<?> e && TERMS.containsKey(e.getDeclaringClass().getSimpleName() + "." + e.name());
    }
}
