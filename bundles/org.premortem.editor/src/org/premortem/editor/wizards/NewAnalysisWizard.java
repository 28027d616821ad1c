/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.editor.wizards;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;

import org.eclipse.core.resources.IContainer;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IFolder;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.ui.INewWizard;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.ide.IDE;
import org.premortem.core.persistence.AnalysisStore;

/**
 * File > New > Premortem > STPA Analysis: a new .premortem file holding an analysis ready for the four steps
 * (its name, and a first control structure), opened in the Premortem editor. It works on an empty workspace too:
 * the project named on its page is created when it does not exist.
 */
public final class NewAnalysisWizard extends Wizard implements INewWizard {

    /** The wizard's id, as declared in plugin.xml. */
    public static final String ID = "org.premortem.editor.wizards.newAnalysis";

    private IWorkbench workbench;
    private IStructuredSelection selection;
    private AnalysisLocationPage page;

    @Override
    public void init(IWorkbench newWorkbench, IStructuredSelection newSelection) {
        this.workbench = newWorkbench;
        this.selection = newSelection;
        setWindowTitle(Messages.NewAnalysis_title);
        setNeedsProgressMonitor(true);
    }

    @Override
    public void addPages() {
        page = new AnalysisLocationPage(selection);
        addPage(page);
    }

    @Override
    public boolean performFinish() {
        IFile file = page.file();
        String name = page.analysisName();
        try {
            getContainer().run(false, false, monitor -> {
                try {
                    create(page.project(), file, name, monitor);
                } catch (CoreException | IOException e) {
                    throw new InvocationTargetException(e);
                }
            });
            IDE.openEditor(workbench.getActiveWorkbenchWindow().getActivePage(), file);
            return true;
        } catch (InvocationTargetException e) {
            page.setErrorMessage(e.getCause().getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (PartInitException e) {
            page.setErrorMessage(e.getMessage());
        }
        return false;
    }

    /** Creates the project (if new), the folders (if missing) and the file holding the new analysis. */
    static void create(IProject project, IFile file, String name, IProgressMonitor monitor)
            throws CoreException, IOException {
        if (!project.exists()) {
            project.create(monitor);
        }
        if (!project.isOpen()) {
            project.open(monitor);
        }
        createFolders(file.getParent(), monitor);
        byte[] content = AnalysisStore.serialize(NewAnalysis.create(name));
        file.create(new ByteArrayInputStream(content), true, monitor);
    }

    private static void createFolders(IContainer container, IProgressMonitor monitor) throws CoreException {
        if (container instanceof IFolder folder && !folder.exists()) {
            createFolders(folder.getParent(), monitor);
            folder.create(true, true, monitor);
        }
    }
}
