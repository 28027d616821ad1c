/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.editor.properties;

/** One field of the Main tab, showing one property of the element and setting it through its descriptor. */
interface PropertyField {

    /** Shows the property's current value (unless the user is typing in the field). */
    void refresh();
}
