/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.examples.ui;

import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

/** Asks for the name of the project the example goes into; refuses names that are invalid or taken. */
final class ProjectNamePage extends WizardPage {

    private final String initialName;
    private Text name;

    ProjectNamePage(String initialName) {
        super("projectName");
        this.initialName = initialName;
        setTitle(Messages.Page_title);
        setDescription(Messages.Page_description);
    }

    @Override
    public void createControl(Composite parent) {
        Composite area = new Composite(parent, SWT.NONE);
        area.setLayout(new GridLayout(2, false));
        new Label(area, SWT.NONE).setText(Messages.Page_projectName);
        name = new Text(area, SWT.BORDER);
        name.setText(initialName);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(name);
        name.addModifyListener(event -> validate());
        Label about = new Label(area, SWT.WRAP);
        about.setText(Messages.Page_about);
        GridDataFactory.fillDefaults().span(2, 1).grab(true, false).hint(480, SWT.DEFAULT).applyTo(about);
        setControl(area);
        validate();
    }

    String projectName() {
        return name.getText().strip();
    }

    /** Sets the project name (what typing it does). */
    void setProjectName(String projectName) {
        name.setText(projectName);
    }

    private void validate() {
        String candidate = projectName();
        IStatus status = ResourcesPlugin.getWorkspace().validateName(candidate, IResource.PROJECT);
        String error = null;
        if (!status.isOK()) {
            error = status.getMessage();
        } else if (ResourcesPlugin.getWorkspace().getRoot().getProject(candidate).exists()) {
            error = Messages.bind(Messages.Installer_exists, candidate);
        }
        setErrorMessage(error);
        setPageComplete(error == null);
    }
}
