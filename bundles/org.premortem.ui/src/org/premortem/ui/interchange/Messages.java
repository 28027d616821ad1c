/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.ui.interchange;

import org.eclipse.osgi.util.NLS;

/** The import wizard's user-facing texts (messages.properties beside this class). */
final class Messages extends NLS {

    public static String ImportWizard_title;
    public static String ImportPage_title;
    public static String ImportPage_description;
    public static String ImportPage_source;
    public static String ImportPage_browse;
    public static String ImportPage_format;
    public static String ImportPage_folder;
    public static String ImportPage_name;
    public static String ImportPage_noSource;
    public static String ImportPage_noFormat;
    public static String ImportPage_noFolder;
    public static String ImportPage_badName;
    public static String ImportPage_exists;
    public static String ImportPage_failed;
    public static String ImportPage_errors;
    public static String ImportNotices_title;
    public static String ImportNotices_message;

    static {
        NLS.initializeMessages("org.premortem.ui.interchange.messages", Messages.class);
    }

    private Messages() {
    }
}
