/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.editor;

import org.eclipse.osgi.util.NLS;

/** The editor's user-facing texts (messages.properties beside this class). */
public final class Messages extends NLS {

    public static String Page_model;
    public static String Page_diagram;
    public static String Page_ucaTable;
    public static String Page_traceability;
    public static String Page_scenarios;
    public static String Page_contextTables;
    public static String Prompt_changedTitle;
    public static String Prompt_reload;
    public static String Prompt_reloadDirty;
    public static String Prompt_overwrite;
    public static String Menu_newChild;
    public static String Menu_newSibling;
    public static String Load_failed;
    public static String Save_failed;
    public static String Input_unsupported;

    static {
        NLS.initializeMessages("org.premortem.editor.messages", Messages.class);
    }

    private Messages() {
    }
}
