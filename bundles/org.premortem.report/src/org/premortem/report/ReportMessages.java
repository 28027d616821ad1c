/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.report;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

import org.premortem.core.terms.ModelTerms;

/**
 * The words of reports (section titles, column headers, names of UCA categories and scenario classes), from
 * {@code messages.properties} beside this class. Reports are written in English (the root locale) whatever the
 * machine's locale, so the same model gives the same bytes everywhere.
 */
public final class ReportMessages {

    private static final ResourceBundle BUNDLE = ResourceBundle.getBundle("org.premortem.report.messages",
            Locale.ROOT, ReportMessages.class.getClassLoader());

    private ReportMessages() {
    }

    /** The text of {@code key}, with {@code {0}}, {@code {1}}, ... replaced by {@code arguments}. */
    public static String get(String key, Object... arguments) {
        String pattern = BUNDLE.getString(key);
        return arguments.length == 0 ? pattern : new MessageFormat(pattern, Locale.ROOT).format(arguments);
    }

    /** The text of an enum literal: the model's terms, or for the report's own enums the key {@code Enum.LITERAL}. */
    public static String of(Enum<?> literal) {
        if (ModelTerms.names(literal)) {
            return ModelTerms.of(literal);
        }
        return BUNDLE.getString(literal.getDeclaringClass().getSimpleName() + "." + literal.name());
    }
}
