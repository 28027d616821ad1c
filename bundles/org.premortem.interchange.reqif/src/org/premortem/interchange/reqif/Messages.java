/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.interchange.reqif;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;

/** The user-facing texts of the ReqIF export (messages.properties beside this class). */
final class Messages {

    private static final ResourceBundle BUNDLE = ResourceBundle.getBundle("org.premortem.interchange.reqif.messages",
            Locale.ROOT, Messages.class.getClassLoader());

    private Messages() {
    }

    static String get(String key, Object... arguments) {
        return MessageFormat.format(BUNDLE.getString(key), arguments);
    }

    static Optional<String> find(String key) {
        return BUNDLE.containsKey(key) ? Optional.of(BUNDLE.getString(key)) : Optional.empty();
    }
}
