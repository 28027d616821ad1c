/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.editor.wizards;

import java.util.Arrays;

import org.eclipse.core.resources.IContainer;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IWorkspace;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.IAdaptable;
import org.eclipse.core.runtime.IPath;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

/**
 * Where the new analysis goes: a project (an existing one, or a new one that Finish creates, so the wizard works
 * on an empty workspace), an optional folder inside it, and the file name.
 */
final class AnalysisLocationPage extends WizardPage {

    static final String DEFAULT_PROJECT = "STPA";

    private final IStructuredSelection selection;
    private Combo project;
    private Text folder;
    private Text fileName;

    AnalysisLocationPage(IStructuredSelection selection) {
        super("location");
        this.selection = selection;
        setTitle(Messages.NewAnalysis_pageTitle);
        setDescription(Messages.NewAnalysis_pageDescription);
    }

    @Override
    public void createControl(Composite parent) {
        Composite area = new Composite(parent, SWT.NONE);
        area.setLayout(new GridLayout(2, false));
        project = new Combo(labelled(area, Messages.NewAnalysis_project), SWT.DROP_DOWN);
        project.setItems(Arrays.stream(workspace().getRoot().getProjects()).filter(IProject::isOpen)
                .map(IProject::getName).sorted(String.CASE_INSENSITIVE_ORDER).toArray(String[]::new));
        folder = new Text(labelled(area, Messages.NewAnalysis_folder), SWT.BORDER);
        fileName = new Text(labelled(area, Messages.NewAnalysis_fileName), SWT.BORDER);
        for (var control : new org.eclipse.swt.widgets.Control[] { project, folder, fileName }) {
            control.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        }
        Label hint = new Label(area, SWT.WRAP);
        hint.setText(Messages.NewAnalysis_projectHint);
        hint.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1));
        initialValues();
        project.addListener(SWT.Modify, event -> validate());
        folder.addListener(SWT.Modify, event -> validate());
        fileName.addListener(SWT.Modify, event -> validate());
        setControl(area);
        validate();
        setErrorMessage(null);
        fileName.setFocus();
        fileName.setSelection(0, fileName.getText().length() - ".premortem".length());
    }

    private static Composite labelled(Composite area, String label) {
        new Label(area, SWT.NONE).setText(label);
        return area;
    }

    private void initialValues() {
        IResource selected = selectedResource();
        if (selected != null) {
            project.setText(selected.getProject().getName());
            IContainer container = selected instanceof IContainer c ? c : selected.getParent();
            folder.setText(container.getProjectRelativePath().toString());
        } else {
            project.setText(project.getItemCount() > 0 ? project.getItem(0) : DEFAULT_PROJECT);
        }
        fileName.setText(uniqueName());
    }

    private IResource selectedResource() {
        Object first = selection == null ? null : selection.getFirstElement();
        if (first instanceof IResource resource && resource.getType() != IResource.ROOT) {
            return resource;
        }
        return first instanceof IAdaptable adaptable ? adaptable.getAdapter(IResource.class) : null;
    }

    private String uniqueName() {
        String name = "analysis.premortem";
        for (int n = 2; target(name).exists(); n++) {
            name = "analysis-" + n + ".premortem";
        }
        return name;
    }

    private void validate() {
        String error = problem();
        setErrorMessage(error);
        setPageComplete(error == null);
    }

    private String problem() {
        IWorkspace workspace = workspace();
        String projectName = project.getText().strip();
        if (projectName.isEmpty()) {
            return Messages.NewAnalysis_noProject;
        }
        IStatus projectStatus = workspace.validateName(projectName, IResource.PROJECT);
        if (!projectStatus.isOK()) {
            return projectStatus.getMessage();
        }
        IProject existing = workspace.getRoot().getProject(projectName);
        if (existing.exists() && !existing.isOpen()) {
            return NLS.bind(Messages.NewAnalysis_projectClosed, projectName);
        }
        String folderPath = folder.getText().strip();
        if (!folderPath.isEmpty() && !workspace.validatePath("/" + projectName + "/" + folderPath, IResource.FOLDER)
                .isOK()) {
            return NLS.bind(Messages.NewAnalysis_badFolder, folderPath);
        }
        String name = fileName.getText().strip();
        if (name.isEmpty() || name.equals(".premortem")) {
            return Messages.NewAnalysis_noFileName;
        }
        IStatus nameStatus = workspace.validateName(withExtension(name), IResource.FILE);
        if (!nameStatus.isOK()) {
            return nameStatus.getMessage();
        }
        if (target(name).exists()) {
            return NLS.bind(Messages.NewAnalysis_exists, target(name).getFullPath());
        }
        return null;
    }

    /** The project named on the page (it may not exist yet). */
    IProject project() {
        return workspace().getRoot().getProject(project.getText().strip());
    }

    /** The file the analysis goes into. */
    IFile file() {
        return target(fileName.getText().strip());
    }

    /** The analysis's name: the file name without its extension. */
    String analysisName() {
        return file().getFullPath().removeFileExtension().lastSegment();
    }

    private IFile target(String name) {
        IPath path = IPath.fromOSString(folder.getText().strip()).append(withExtension(name));
        return project().getFile(path);
    }

    private static String withExtension(String name) {
        return name.endsWith(".premortem") ? name : name + ".premortem";
    }

    private static IWorkspace workspace() {
        return ResourcesPlugin.getWorkspace();
    }
}
