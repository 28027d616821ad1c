/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.diagram.layout.internal;

import java.util.Locale;
import java.util.ResourceBundle;

import org.premortem.model.stpa.ComponentKind;

/** The texts drawn in diagrams (from messages.properties beside this class). */
public final class LayoutMessages {

    private static final ResourceBundle BUNDLE = ResourceBundle.getBundle(
            "org.premortem.diagram.layout.internal.messages", Locale.ROOT, LayoutMessages.class.getClassLoader());

    private LayoutMessages() {
    }

    /** The caption of a component kind, such as "controlled process". */
    public static String kind(ComponentKind kind) {
        return BUNDLE.getString("kind." + kind.name());
    }
}
