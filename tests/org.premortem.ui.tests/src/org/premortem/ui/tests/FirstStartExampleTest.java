/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IWorkspace;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.ui.IEditorReference;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;
import org.premortem.editor.PremortemEditor;
import org.premortem.examples.ui.ExampleInstaller;
import org.premortem.rcp.FirstStartExample;

/** The product's first start on an empty workspace installs the DynamoDB example and opens it; only once. */
class FirstStartExampleTest {

    @Test
    void emptyWorkspaceGetsTheExampleOpenedOnce() throws Exception {
        IWorkspace workspace = ResourcesPlugin.getWorkspace();
        for (IProject project : workspace.getRoot().getProjects()) {
            project.delete(true, true, null);
        }
        InstanceScope.INSTANCE.getNode("org.premortem.rcp").remove("firstStartExampleOffered");

        FirstStartExample.offerExample(workspace);
        Job.getJobManager().join(FirstStartExample.FAMILY, null);
        ExampleProject.settle();

        IProject project = workspace.getRoot().getProject(ExampleInstaller.DYNAMODB_DNS);
        assertTrue(project.isOpen());
        assertTrue(ExampleInstaller.model(project).exists());
        IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        IEditorReference[] editors = page.getEditorReferences();
        assertEquals(1, Arrays.stream(editors).filter(e -> PremortemEditor.ID.equals(e.getId())).count());

        project.delete(true, true, null);
        FirstStartExample.offerExample(workspace);
        Job.getJobManager().join(FirstStartExample.FAMILY, null);
        assertEquals(0, workspace.getRoot().getProjects().length, "offered once per workspace");
        page.closeAllEditors(false);
    }
}
