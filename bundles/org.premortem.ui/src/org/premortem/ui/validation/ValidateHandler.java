/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.ui.validation;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.jobs.IJobChangeEvent;
import org.eclipse.core.runtime.jobs.JobChangeAdapter;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.HandlerUtil;
import org.premortem.ui.Messages;
import org.premortem.ui.Notice;

/**
 * Premortem > Validate: validates the selected .premortem files (or those in the selected folders and projects),
 * or the file of the active editor, shows the findings in the Problems view and, once done, a notice that counts
 * them by severity.
 */
public final class ValidateHandler extends AbstractHandler {

    /** The command's id, as declared in plugin.xml. */
    public static final String COMMAND_ID = "org.premortem.ui.validate";

    @Override
    public Object execute(ExecutionEvent event) throws ExecutionException {
        List<IFile> files = new ArrayList<>();
        try {
            files.addAll(PremortemFiles.in(HandlerUtil.getCurrentSelection(event)));
        } catch (CoreException e) {
            throw new ExecutionException(e.getMessage(), e);
        }
        IFile front = PremortemFiles.of(HandlerUtil.getActiveEditor(event));
        if (files.isEmpty() && front != null) {
            files.add(front);
        }
        if (files.isEmpty()) {
            MessageDialog.openInformation(HandlerUtil.getActiveShell(event), Messages.ValidateHandler_title,
                    Messages.ValidateHandler_nothingSelected);
            return null;
        }
        ValidationJob job = new ValidationJob(files);
        job.setUser(true);
        Display display = PlatformUI.getWorkbench().getDisplay();
        job.addJobChangeListener(new JobChangeAdapter() {
            @Override
            public void done(IJobChangeEvent done) {
                if (done.getResult().isOK()) {
                    display.asyncExec(() -> tell(job.summary(), files));
                }
            }
        });
        job.schedule();
        return null;
    }

    /** The summary the command ends with: what was validated and how many findings of each severity it has. */
    public static String summaryText(ValidationJob.Summary summary, List<IFile> files) {
        String counts = MessageFormat.format(Messages.ValidateHandler_counts, summary.errors(), summary.warnings(),
                summary.infos());
        String validated = files.size() == 1 ? NLS.bind(Messages.ValidateHandler_summaryOne, files.get(0).getName(),
                counts) : NLS.bind(Messages.ValidateHandler_summaryMany, summary.files(), counts);
        return validated + ' ' + Messages.ValidateHandler_problems;
    }

    private static void tell(ValidationJob.Summary summary, List<IFile> files) {
        IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
        if (window == null) {
            return;
        }
        Notice.open(window.getShell(), Messages.ValidateHandler_title, summaryText(summary, files), List.of(
                new Notice.Action(Messages.ValidateHandler_showProblems, () -> showProblems(window))));
    }

    private static void showProblems(IWorkbenchWindow window) {
        try {
            window.getActivePage().showView(IPageLayout.ID_PROBLEM_VIEW);
        } catch (PartInitException e) {
            ILog.of(ValidateHandler.class).error("The Problems view did not open", e); //$NON-NLS-1$
        }
    }
}
