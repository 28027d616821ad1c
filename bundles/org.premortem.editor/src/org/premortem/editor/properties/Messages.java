/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.editor.properties;

import org.eclipse.osgi.util.NLS;

/** The Properties tabs' user-facing texts (messages.properties beside this class). */
public final class Messages extends NLS {

    public static String Properties_none;
    public static String Properties_fromWording;
    public static String Properties_choose;
    public static String Properties_noLinks;
    public static String Properties_filter;
    public static String Properties_badValue;
    public static String Properties_linksTo;
    public static String Properties_linkedFrom;
    public static String Properties_relation;
    public static String Properties_element;

    static {
        NLS.initializeMessages("org.premortem.editor.properties.messages", Messages.class);
    }

    private Messages() {
    }
}
