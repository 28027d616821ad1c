/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.interchange.pasta;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** The PASTA importer's and exporter's user-facing texts (messages.properties beside this class). */
final class Messages {

    private static final ResourceBundle BUNDLE = ResourceBundle.getBundle(
            "org.premortem.interchange.pasta.messages", Locale.ROOT, Messages.class.getClassLoader());

    private Messages() {
    }

    static String get(String key, Object... arguments) {
        return new MessageFormat(BUNDLE.getString(key), Locale.ROOT).format(arguments);
    }
}
