/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.Platform;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.dialogs.WizardNewFileCreationPage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.premortem.editor.PremortemEditor;
import org.premortem.editor.wizards.NewAnalysisWizard;
import org.premortem.examples.ui.DynamoDbDnsExampleWizard;
import org.premortem.examples.ui.ExampleInstaller;
import org.premortem.model.stpa.Analysis;

/** The New wizards do what a user gets from File > New, and the user guide is contributed to the help system. */
class WizardsTest {

    private final IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();

    @AfterEach
    void clean() throws Exception {
        page.closeAllEditors(false);
        for (IProject project : ResourcesPlugin.getWorkspace().getRoot().getProjects()) {
            project.delete(true, true, null);
        }
    }

    @Test
    void newAnalysisWizardCreatesAnAnalysisReadyForTheFourStepsAndOpensIt() throws Exception {
        IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject("doors");
        project.create(null);
        project.open(null);
        NewAnalysisWizard wizard = new NewAnalysisWizard();
        wizard.init(PlatformUI.getWorkbench(), new StructuredSelection(project));
        WizardDialog dialog = new WizardDialog(page.getWorkbenchWindow().getShell(), wizard);
        dialog.create();
        WizardNewFileCreationPage filePage = (WizardNewFileCreationPage) wizard.getPages()[0];
        filePage.setFileName("train-doors.premortem");

        assertTrue(wizard.performFinish());
        dialog.close();
        ExampleProject.settle();

        IFile file = project.getFile("train-doors.premortem");
        assertTrue(file.exists());
        IEditorPart editor = page.getActiveEditor();
        assertTrue(editor instanceof PremortemEditor, String.valueOf(editor));
        Analysis analysis = ((PremortemEditor) editor).analysis();
        assertEquals("train-doors", analysis.getName());
        assertEquals("CS-1", analysis.getControlStructures().get(0).getDisplayId());
        assertNotNull(analysis.getId());
    }

    @Test
    void exampleWizardInstallsTheProjectAndOpensItsModel() throws Exception {
        DynamoDbDnsExampleWizard wizard = new DynamoDbDnsExampleWizard();
        wizard.init(PlatformUI.getWorkbench(), StructuredSelection.EMPTY);
        WizardDialog dialog = new WizardDialog(page.getWorkbenchWindow().getShell(), wizard);
        dialog.create();
        wizard.setProjectName("dns-example");

        assertTrue(wizard.performFinish());
        dialog.close();
        ExampleProject.settle();

        IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject("dns-example");
        assertTrue(ExampleInstaller.model(project).exists());
        PremortemEditor editor = (PremortemEditor) page.getActiveEditor();
        assertEquals(13, editor.analysis().getUnsafeControlActions().size());
    }

    @Test
    void userGuideIsInTheHelpTableOfContents() throws Exception {
        assertTrue(Arrays.stream(Platform.getExtensionRegistry().getConfigurationElementsFor("org.eclipse.help.toc"))
                .anyMatch(element -> "org.premortem.help".equals(element.getContributor().getName())));
        Bundle guide = Platform.getBundle("org.premortem.help");
        String toc;
        try (InputStream in = guide.getEntry("toc.xml").openStream()) {
            toc = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Matcher href = Pattern.compile("(?:href|topic)=\"([^\"]+)\"").matcher(toc);
        int topics = 0;
        while (href.find()) {
            assertNotNull(guide.getEntry(href.group(1)), href.group(1) + " exists");
            topics++;
        }
        assertEquals(5, topics);
    }
}
