/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.ui;

import org.eclipse.osgi.util.NLS;

/** The workbench bundle's user-facing texts (messages.properties beside this class). */
public final class Messages extends NLS {

    public static String Guide_title;
    public static String MergeConflict_keepOurs;
    public static String MergeConflict_takeTheirs;
    public static String MergeConflict_title;
    public static String MergeConflict_saveFirst;
    public static String MergeConflict_failed;
    public static String Guide_noBrowser;
    public static String ValidateHandler_summaryOne;
    public static String ValidateHandler_summaryMany;
    public static String ValidateHandler_counts;
    public static String ValidateHandler_problems;
    public static String ValidateHandler_showProblems;
    public static String Edit_undo;
    public static String Edit_redo;
    public static String Edit_delete;
    public static String Command_change;
    public static String Command_changeOf;
    public static String Command_add;
    public static String Command_addElements;
    public static String Command_delete;
    public static String Command_move;
    public static String ValidationJob_name;
    public static String ValidationJob_failed;
    public static String ValidationJob_file;
    public static String ValidateHandler_nothingSelected;
    public static String ValidateHandler_title;
    public static String PreferencePage_description;
    public static String ValidationPreferencePage_description;
    public static String ValidationPreferencePage_rule;
    public static String ValidationPreferencePage_category;
    public static String ValidationPreferencePage_severity;
    public static String ValidationPreferencePage_rationale;
    public static String ValidationPreferencePage_default;
    public static String ValidationPreferencePage_off;
    public static String ValidationPreferencePage_saveFailed;

    static {
        NLS.initializeMessages("org.premortem.ui.messages", Messages.class);
    }

    private Messages() {
    }
}
