/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.report.ui;

import java.lang.reflect.InvocationTargetException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.IExportWizard;
import org.eclipse.ui.IWorkbench;
import org.premortem.ui.report.WorkbenchReports;
import org.premortem.ui.validation.PremortemFiles;

/**
 * File > Export > Premortem report: choose the analysis, the formats and the folder; the reports are written, and a
 * notice says which files ({@link ReportNotice}).
 */
public final class ReportExportWizard extends Wizard implements IExportWizard {

    private ReportExportPage page;
    private IFile initial;

    public ReportExportWizard() {
        setWindowTitle(Messages.ExportWizard_title);
        setNeedsProgressMonitor(true);
    }

    @Override
    public void init(IWorkbench workbench, IStructuredSelection selection) {
        try {
            List<IFile> files = PremortemFiles.in(selection);
            initial = files.isEmpty() ? null : files.get(0);
        } catch (CoreException e) {
            initial = null;
        }
    }

    @Override
    public void addPages() {
        page = new ReportExportPage(WorkbenchReports.registry().all(), initial);
        addPage(page);
    }

    /** The wizard's page, for tests that fill it in as a user would. */
    public ReportExportPage page() {
        return page;
    }

    @Override
    public boolean performFinish() {
        ReportGeneration.Request request = page.request();
        List<Path> written = new ArrayList<>();
        try {
            getContainer().run(true, false, monitor -> {
                try {
                    written.addAll(ReportGeneration.run(request, monitor));
                } catch (CoreException e) {
                    throw new InvocationTargetException(e);
                }
            });
            getShell().getDisplay().asyncExec(() -> ReportNotice.show(request.model(), written));
            return true;
        } catch (InvocationTargetException e) {
            Throwable cause = e.getCause() instanceof CoreException core ? core : e.getCause();
            String message = cause instanceof CoreException core ? core.getStatus().getMessage()
                    : String.valueOf(cause);
            page.setErrorMessage(NLS.bind(Messages.ExportPage_failed, message));
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
