/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.rcp;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IWorkspace;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.resources.WorkspaceJob;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.ui.IStartup;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.osgi.service.prefs.BackingStoreException;
import org.premortem.examples.ui.ExampleInstaller;

/**
 * The first time the Premortem product starts on an empty workspace, it installs the DynamoDB DNS outage example
 * and opens it, so a newcomer has a real analysis at hand. It happens once per workspace; a workspace that already
 * has projects is never touched.
 */
public final class FirstStartExample implements IStartup {

    /** Job family of the installation, so tests can wait for it. */
    public static final Object FAMILY = FirstStartExample.class;

    /** Set to true to start without the example (the UI tests do, to start from a clean workspace). */
    public static final String SKIP_PROPERTY = "premortem.skipFirstStartExample";

    private static final String DONE = "firstStartExampleOffered";

    @Override
    public void earlyStartup() {
        if (!Boolean.getBoolean(SKIP_PROPERTY)) {
            offerExample(ResourcesPlugin.getWorkspace());
        }
    }

    /** Installs and opens the example if this workspace is empty and never had it offered. */
    public static void offerExample(IWorkspace workspace) {
        IEclipsePreferences preferences = InstanceScope.INSTANCE.getNode("org.premortem.rcp");
        if (preferences.getBoolean(DONE, false) || workspace.getRoot().getProjects().length > 0) {
            return;
        }
        preferences.putBoolean(DONE, true);
        try {
            preferences.flush();
        } catch (BackingStoreException e) {
            return; // without a place to remember, better not to install at every start
        }
        new WorkspaceJob(Messages.FirstStart_job) {
            @Override
            public boolean belongsTo(Object family) {
                return family == FAMILY;
            }

            @Override
            public IStatus runInWorkspace(IProgressMonitor monitor) throws CoreException {
                IProject project = ExampleInstaller.install(workspace, ExampleInstaller.DYNAMODB_DNS,
                        ExampleInstaller.DYNAMODB_DNS, monitor);
                PlatformUI.getWorkbench().getDisplay().asyncExec(() -> open(project));
                return Status.OK_STATUS;
            }
        }.schedule();
    }

    private static void open(IProject project) {
        IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
        if (window == null || window.getActivePage() == null) {
            return;
        }
        try {
            IDE.openEditor(window.getActivePage(), ExampleInstaller.model(project));
        } catch (PartInitException e) {
            // The project is there; the user opens the model from the Project Explorer.
        }
    }
}
