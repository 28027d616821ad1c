/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.core.compare;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** The user-facing texts of diff, outline and merge (messages.properties beside this class). */
public final class Messages {

    private static final ResourceBundle BUNDLE =
            ResourceBundle.getBundle("org.premortem.core.compare.messages", Locale.ROOT, Messages.class.getClassLoader());

    private Messages() {
    }

    public static String get(String key, Object... arguments) {
        return MessageFormat.format(BUNDLE.getString(key), arguments);
    }
}
