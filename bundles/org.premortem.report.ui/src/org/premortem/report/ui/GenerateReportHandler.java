/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.report.ui;

import java.util.List;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.ui.handlers.HandlerUtil;
import org.premortem.core.report.ReportExporter;
import org.premortem.ui.report.WorkbenchReports;
import org.premortem.ui.validation.PremortemFiles;

/**
 * Generate Report on .premortem files: writes each as HTML and PDF (the formats most readers open) with its validation
 * findings into a {@code reports} folder beside it, in the background. Other formats: File > Export.
 */
public final class GenerateReportHandler extends AbstractHandler {

    /** The formats the command writes, when installed. */
    public static final List<String> FORMATS = List.of("html", "pdf");

    @Override
    public Object execute(ExecutionEvent event) throws ExecutionException {
        List<IFile> files;
        try {
            files = PremortemFiles.in(HandlerUtil.getCurrentSelection(event)).stream()
                    .filter(PremortemFiles::isModel).toList();
        } catch (CoreException e) {
            throw new ExecutionException(e.getMessage(), e);
        }
        if (files.isEmpty()) {
            MessageDialog.openInformation(HandlerUtil.getActiveShell(event), Messages.GenerateReport_title,
                    Messages.GenerateReport_nothingSelected);
            return null;
        }
        List<ReportExporter> exporters = FORMATS.stream().flatMap(id -> WorkbenchReports.registry().find(id).stream())
                .toList();
        if (exporters.isEmpty()) {
            MessageDialog.openError(HandlerUtil.getActiveShell(event), Messages.GenerateReport_title,
                    Messages.GenerateReport_noExporter);
            return null;
        }
        for (IFile file : files) {
            new ReportJob(new ReportGeneration.Request(file, exporters, ReportGeneration.defaultFolder(file), true))
                    .schedule();
        }
        return null;
    }
}
