/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.report.ui;

import java.util.List;
import java.util.Optional;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.jobs.IJobChangeEvent;
import org.eclipse.core.runtime.jobs.JobChangeAdapter;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.HandlerUtil;
import org.premortem.core.report.ReportExporter;
import org.premortem.ui.report.WorkbenchReports;
import org.premortem.ui.validation.PremortemFiles;

/**
 * Generate Report on the open Premortem editor's model or on .premortem files selected: writes each as HTML and PDF
 * (the formats most readers open) with its validation findings into a {@code reports} folder beside it, in the
 * background, then says so in a notice with the files written, Open and Open Folder ({@link ReportNotice}). Other
 * formats: File > Export.
 */
public final class GenerateReportHandler extends AbstractHandler {

    /** The formats the command writes, when installed. */
    public static final List<String> FORMATS = List.of("html", "pdf");

    @Override
    public Object execute(ExecutionEvent event) throws ExecutionException {
        Optional<List<IFile>> chosen = files(event);
        if (chosen.isEmpty()) {
            return null;
        }
        List<IFile> files = chosen.get();
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
        Display display = PlatformUI.getWorkbench().getDisplay();
        for (IFile file : files) {
            ReportJob job = new ReportJob(new ReportGeneration.Request(file, exporters,
                    ReportGeneration.defaultFolder(file), true));
            job.addJobChangeListener(new JobChangeAdapter() {
                @Override
                public void done(IJobChangeEvent done) {
                    if (done.getResult().isOK()) {
                        display.asyncExec(() -> ReportNotice.show(file, job.written()));
                    }
                }
            });
            job.schedule();
        }
        return null;
    }

    /**
     * The model of the active editor when that is a .premortem file (saved first if it has changes, as the report is
     * made from the file), else the .premortem files selected, else the model of the editor in front (a view such as
     * Problems may be the active part while the analysis is open); empty when the user cancelled the save.
     */
    private static Optional<List<IFile>> files(ExecutionEvent event) throws ExecutionException {
        if (HandlerUtil.getActivePart(event) instanceof IEditorPart editor && PremortemFiles.of(editor) != null) {
            return saved(editor);
        }
        List<IFile> selected;
        try {
            selected = PremortemFiles.in(HandlerUtil.getCurrentSelection(event)).stream()
                    .filter(PremortemFiles::isModel).toList();
        } catch (CoreException e) {
            throw new ExecutionException(e.getMessage(), e);
        }
        IEditorPart front = HandlerUtil.getActiveEditor(event);
        if (selected.isEmpty() && PremortemFiles.of(front) != null) {
            return saved(front);
        }
        return Optional.of(selected);
    }

    private static Optional<List<IFile>> saved(IEditorPart editor) {
        if (editor.isDirty()) {
            editor.getSite().getPage().saveEditor(editor, true);
        }
        return editor.isDirty() ? Optional.empty() : Optional.of(List.of(PremortemFiles.of(editor)));
    }
}
