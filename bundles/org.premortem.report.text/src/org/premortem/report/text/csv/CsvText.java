/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.report.text.csv;

/**
 * Writes a CSV field (RFC 4180) that a spreadsheet shows as the text it is and never evaluates: a field starting with
 * {@code = + - @}, a tab or a carriage return (or their full-width forms), even after leading spaces, gets a leading
 * apostrophe so that it is not a formula (OWASP "CSV injection"); a field with a comma, quote or line break is quoted,
 * quotes doubled.
 */
public final class CsvText {

    private static final String FORMULA_STARTS = "=+-@\t\r\uff1d\uff0b\uff0d\uff20";

    private CsvText() {
    }

    public static String field(String text) {
        String value = text == null ? "" : text;
        String trimmed = value.stripLeading();
        if (!trimmed.isEmpty() && FORMULA_STARTS.indexOf(trimmed.charAt(0)) >= 0
                || !value.isEmpty() && FORMULA_STARTS.indexOf(value.charAt(0)) >= 0) {
            value = "'" + value;
        }
        boolean quote = value.indexOf(',') >= 0 || value.indexOf('"') >= 0 || value.indexOf('\n') >= 0
                || value.indexOf('\r') >= 0 || value.indexOf(';') >= 0 || !value.equals(value.strip());
        return quote ? '"' + value.replace("\"", "\"\"") + '"' : value;
    }
}
