/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.examples.ui;

import java.lang.reflect.InvocationTargetException;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.jface.dialogs.ErrorDialog;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.ui.INewWizard;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.actions.WorkspaceModifyOperation;
import org.eclipse.ui.ide.IDE;

/**
 * File > New > Examples > Premortem > DynamoDB DNS outage: installs the example project (the STPA of the AWS
 * DynamoDB DNS outage of October 2025) into the workspace and opens its analysis.
 */
public final class DynamoDbDnsExampleWizard extends Wizard implements INewWizard {

    /** The wizard's id, as declared in plugin.xml. */
    public static final String ID = "org.premortem.examples.ui.dynamodbDns";

    private IWorkbench workbench;
    private ProjectNamePage page;
    private IProject installed;

    @Override
    public void init(IWorkbench newWorkbench, IStructuredSelection selection) {
        this.workbench = newWorkbench;
        setWindowTitle(Messages.Wizard_title);
        setNeedsProgressMonitor(true);
    }

    @Override
    public void addPages() {
        page = new ProjectNamePage(ExampleInstaller.DYNAMODB_DNS);
        addPage(page);
    }

    @Override
    public boolean performFinish() {
        String name = page.projectName();
        try {
            getContainer().run(true, false, new WorkspaceModifyOperation() {
                @Override
                protected void execute(IProgressMonitor monitor) throws CoreException {
                    installed = ExampleInstaller.install(ResourcesPlugin.getWorkspace(), ExampleInstaller.DYNAMODB_DNS,
                            name, monitor);
                }
            });
        } catch (InvocationTargetException e) {
            Throwable cause = e.getCause();
            if (cause instanceof CoreException core) {
                ErrorDialog.openError(getShell(), Messages.Wizard_title, null, core.getStatus());
            } else {
                page.setErrorMessage(String.valueOf(cause));
            }
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
        try {
            IDE.openEditor(workbench.getActiveWorkbenchWindow().getActivePage(), ExampleInstaller.model(installed));
        } catch (PartInitException e) {
            ErrorDialog.openError(getShell(), Messages.Wizard_title, null, e.getStatus());
        }
        return true;
    }

    /** Chooses the project name, as typing it on the page does. */
    public void setProjectName(String name) {
        page.setProjectName(name);
    }

    /** The installed project, once the wizard finished. */
    public IProject installedProject() {
        return installed;
    }
}
