/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.compare;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** The compare view's texts, from {@code messages.properties}. */
final class Messages {

    private static final ResourceBundle BUNDLE =
            ResourceBundle.getBundle("org.premortem.compare.messages", Locale.ROOT, Messages.class.getClassLoader());

    private Messages() {
    }

    static String get(String key, Object... arguments) {
        return MessageFormat.format(BUNDLE.getString(key), arguments);
    }
}
