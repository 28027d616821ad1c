/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.core.persistence;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** The persistence layer's user-facing texts (messages.properties beside this class). */
final class Messages {

    private static final ResourceBundle BUNDLE =
            ResourceBundle.getBundle("org.premortem.core.persistence.messages", Locale.ROOT, Messages.class.getClassLoader());

    private Messages() {
    }

    static String get(String key, Object... arguments) {
        return MessageFormat.format(BUNDLE.getString(key), arguments);
    }
}
