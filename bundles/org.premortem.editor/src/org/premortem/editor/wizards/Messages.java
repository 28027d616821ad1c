/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.editor.wizards;

import org.eclipse.osgi.util.NLS;

/** The wizards' user-facing texts (messages.properties beside this class). */
public final class Messages extends NLS {

    public static String NewAnalysis_title;
    public static String NewAnalysis_pageTitle;
    public static String NewAnalysis_pageDescription;
    public static String NewAnalysis_structureName;
    public static String NewAnalysis_project;
    public static String NewAnalysis_folder;
    public static String NewAnalysis_fileName;
    public static String NewAnalysis_projectHint;
    public static String NewAnalysis_noProject;
    public static String NewAnalysis_projectClosed;
    public static String NewAnalysis_badFolder;
    public static String NewAnalysis_noFileName;
    public static String NewAnalysis_exists;

    static {
        NLS.initializeMessages("org.premortem.editor.wizards.messages", Messages.class);
    }

    private Messages() {
    }
}
