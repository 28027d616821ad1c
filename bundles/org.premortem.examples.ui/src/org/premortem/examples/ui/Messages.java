/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.examples.ui;

import org.eclipse.osgi.util.NLS;

/** The example bundle's user-facing texts (messages.properties beside this class). */
public final class Messages extends NLS {

    public static String Installer_exists;
    public static String Installer_unknown;
    public static String Installer_copyFailed;
    public static String Wizard_title;
    public static String Page_title;
    public static String Page_description;
    public static String Page_projectName;
    public static String Page_about;

    static {
        NLS.initializeMessages("org.premortem.examples.ui.messages", Messages.class);
    }

    private Messages() {
    }
}
