/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.editor.wizards;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import org.eclipse.core.resources.IFile;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.ui.INewWizard;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.dialogs.WizardNewFileCreationPage;
import org.eclipse.ui.ide.IDE;
import org.premortem.core.persistence.AnalysisStore;

/**
 * File > New > Premortem > STPA Analysis: a new .premortem file holding an analysis ready for the four steps
 * (its name, and a first control structure), opened in the Premortem editor.
 */
public final class NewAnalysisWizard extends Wizard implements INewWizard {

    /** The wizard's id, as declared in plugin.xml. */
    public static final String ID = "org.premortem.editor.wizards.newAnalysis";

    private IWorkbench workbench;
    private IStructuredSelection selection;
    private FilePage page;

    @Override
    public void init(IWorkbench newWorkbench, IStructuredSelection newSelection) {
        this.workbench = newWorkbench;
        this.selection = newSelection;
        setWindowTitle(Messages.NewAnalysis_title);
        setNeedsProgressMonitor(true);
    }

    @Override
    public void addPages() {
        page = new FilePage(selection);
        addPage(page);
    }

    @Override
    public boolean performFinish() {
        IFile file = page.createNewFile();
        if (file == null) {
            return false;
        }
        IWorkbenchPage active = workbench.getActiveWorkbenchWindow().getActivePage();
        try {
            IDE.openEditor(active, file);
        } catch (PartInitException e) {
            page.setErrorMessage(e.getMessage());
            return false;
        }
        return true;
    }

    /** The container and file name page; the file's first content is the new analysis. */
    private static final class FilePage extends WizardNewFileCreationPage {

        FilePage(IStructuredSelection selection) {
            super("file", selection);
            setTitle(Messages.NewAnalysis_pageTitle);
            setDescription(Messages.NewAnalysis_pageDescription);
            setFileExtension("premortem");
            setFileName("analysis.premortem");
        }

        @Override
        protected InputStream getInitialContents() {
            String name = getFileName().replaceFirst("\\.premortem$", "");
            try {
                return new ByteArrayInputStream(AnalysisStore.serialize(NewAnalysis.create(name)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
