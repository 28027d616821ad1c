/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.ui.interchange;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;

import org.eclipse.core.resources.IContainer;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.ILog;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.IImportWizard;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.ide.IDE;
import org.premortem.core.interchange.AnalysisImporter;
import org.premortem.core.interchange.ImportException;
import org.premortem.core.interchange.ImportNotice;
import org.premortem.core.interchange.ImportRequest;
import org.premortem.core.interchange.ImportResult;
import org.premortem.core.persistence.AnalysisStore;

/**
 * File &gt; Import &gt; Premortem &gt; Analysis from another tool: one wizard for every importer contributed to
 * {@code org.premortem.importers}. The new {@code .premortem} file is created in the workspace; errors keep the
 * wizard open with the first of them (FILE:LINE:COLUMN) and create nothing; the new analysis is opened and the
 * notices are shown after the import.
 */
public final class ImportWizard extends Wizard implements IImportWizard {

    private ImportPage page;
    private IContainer initialFolder;
    private IWorkbench workbench;

    public ImportWizard() {
        setWindowTitle(Messages.ImportWizard_title);
        setNeedsProgressMonitor(true);
    }

    @Override
    public void init(IWorkbench currentWorkbench, IStructuredSelection selection) {
        workbench = currentWorkbench;
        Object first = selection == null ? null : selection.getFirstElement();
        IResource resource = first instanceof IResource r ? r : null;
        initialFolder = resource instanceof IContainer container ? container
                : resource != null ? resource.getParent() : null;
    }

    @Override
    public void addPages() {
        page = new ImportPage(WorkbenchImporters.registry().all(), initialFolder);
        addPage(page);
    }

    /** The wizard's page, for tests that fill it in as a user would. */
    public ImportPage page() {
        return page;
    }

    @Override
    public boolean performFinish() {
        AnalysisImporter importer = page.importer();
        Path source = page.source();
        IFile target = page.target();
        AtomicReference<ImportResult> result = new AtomicReference<>();
        try {
            getContainer().run(true, false, monitor -> {
                try {
                    ImportResult read = importer.read(ImportRequest.of(source));
                    byte[] bytes = AnalysisStore.serialize(read.analysis());
                    target.create(new ByteArrayInputStream(bytes), IResource.NONE, monitor);
                    result.set(read);
                } catch (ImportException | IOException | CoreException e) {
                    throw new InvocationTargetException(e);
                }
            });
        } catch (InvocationTargetException e) {
            page.setErrorMessage(NLS.bind(Messages.ImportPage_failed, describe(e.getCause())));
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
        openEditor(target);
        List<ImportNotice> notices = result.get().notices();
        if (!notices.isEmpty()) {
            String lines = notices.stream().map(ImportNotice::toString).collect(Collectors.joining("\n"));
            MessageDialog.openInformation(getShell(), Messages.ImportNotices_title,
                    NLS.bind(Messages.ImportNotices_message, target.getFullPath(), lines));
        }
        return true;
    }

    /** Opens the new analysis, as File > New does; the file exists whether or not an editor opens. */
    private void openEditor(IFile target) {
        IWorkbenchWindow window = workbench == null ? null : workbench.getActiveWorkbenchWindow();
        if (window != null && window.getActivePage() != null) {
            try {
                IDE.openEditor(window.getActivePage(), target);
            } catch (PartInitException e) {
                ILog.of(getClass()).error("Cannot open " + target.getFullPath(), e);
            }
        }
    }

    private static String describe(Throwable cause) {
        if (cause instanceof ImportException error) {
            List<ImportNotice> errors = error.errors();
            return errors.size() == 1 ? errors.get(0).toString()
                    : NLS.bind(Messages.ImportPage_errors, errors.get(0), errors.size() - 1);
        }
        if (cause instanceof CoreException core) {
            return core.getStatus().getMessage();
        }
        return String.valueOf(cause.getMessage());
    }
}
