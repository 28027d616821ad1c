/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.report.ui;

import org.eclipse.osgi.util.NLS;

/** The report workbench bundle's user-facing texts (messages.properties beside this class). */
public final class Messages extends NLS {

    public static String ReportJob_name;
    public static String ReportJob_failed;
    public static String ReportGeneration_cannotRead;
    public static String ReportGeneration_cannotWrite;
    public static String ReportGeneration_task;
    public static String GenerateReport_title;
    public static String GenerateReport_nothingSelected;
    public static String GenerateReport_noExporter;
    public static String ExportWizard_title;
    public static String ExportPage_title;
    public static String ExportPage_description;
    public static String ExportPage_analysis;
    public static String ExportPage_formats;
    public static String ExportPage_folder;
    public static String ExportPage_browse;
    public static String ExportPage_validate;
    public static String ExportPage_noAnalysis;
    public static String ExportPage_noFormat;
    public static String ExportPage_noFolder;
    public static String ExportPage_failed;
    public static String ReportNotice_title;
    public static String ReportNotice_message;
    public static String ReportNotice_open;
    public static String ReportNotice_openFolder;
    public static String ReportNotice_cannotOpen;

    static {
        NLS.initializeMessages("org.premortem.report.ui.messages", Messages.class);
    }

    private Messages() {
    }
}
