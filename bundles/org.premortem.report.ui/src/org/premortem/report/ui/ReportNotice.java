/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.report.ui;

import java.net.MalformedURLException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.premortem.ui.Browsers;
import org.premortem.ui.Notice;

/**
 * Tells the user that a model's report is written: which files (as the workspace names them, when they are in it),
 * with Open (the HTML page, in the workbench's browser or the desktop's) and Open Folder (the desktop's file
 * manager). Generate Report and the export wizard end with it.
 */
public final class ReportNotice {

    private ReportNotice() {
    }

    /** Shows the notice in the active workbench window (on the UI thread); nothing if nothing was written. */
    public static void show(IFile model, List<Path> written) {
        IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
        if (window == null || written.isEmpty()) {
            return;
        }
        Shell shell = window.getShell();
        Path page = written.stream().filter(p -> p.getFileName().toString().endsWith(".html")).findFirst() //$NON-NLS-1$
                .orElse(written.get(0));
        Path folder = page.toAbsolutePath().getParent();
        String files = written.stream().map(ReportNotice::shown).collect(Collectors.joining("\n")); //$NON-NLS-1$
        Notice.open(shell, Messages.ReportNotice_title, NLS.bind(Messages.ReportNotice_message, model.getName(), files),
                List.of(new Notice.Action(Messages.ReportNotice_open, () -> open(shell, page)),
                        new Notice.Action(Messages.ReportNotice_openFolder, () -> openFolder(shell, folder))));
    }

    /** A written file as the user knows it: its workspace path if the workspace holds it, else its file path. */
    static String shown(Path file) {
        IFile[] inWorkspace = ResourcesPlugin.getWorkspace().getRoot()
                .findFilesForLocationURI(file.toAbsolutePath().toUri());
        return inWorkspace.length > 0 ? inWorkspace[0].getFullPath().toString() : file.toAbsolutePath().toString();
    }

    private static void open(Shell shell, Path page) {
        boolean opened;
        try {
            opened = Browsers.open(page.toUri().toURL(), page.getFileName().toString());
        } catch (MalformedURLException e) {
            opened = false;
        }
        if (!opened) {
            cannotOpen(shell, page);
        }
    }

    private static void openFolder(Shell shell, Path folder) {
        if (!Browsers.openOutside(folder.toString())) {
            cannotOpen(shell, folder);
        }
    }

    private static void cannotOpen(Shell shell, Path target) {
        MessageDialog.openError(shell.isDisposed() ? null : shell, Messages.ReportNotice_title,
                NLS.bind(Messages.ReportNotice_cannotOpen, target));
    }
}
