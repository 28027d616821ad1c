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
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.Platform;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.premortem.editor.PremortemEditor;
import org.premortem.examples.ui.DynamoDbDnsExampleWizard;
import org.premortem.examples.ui.ExampleInstaller;
import org.premortem.model.stpa.Analysis;
import org.premortem.ui.tests.robot.Robot;

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
    void newAnalysisOnAnEmptyWorkspaceCreatesItsProjectAndOpensIt() throws Exception {
        clean();
        assertEquals(0, ResourcesPlugin.getWorkspace().getRoot().getProjects().length, "an empty workspace");
        Shell window = page.getWorkbenchWindow().getShell();

        Robot.play("new-analysis", robot -> {
            robot.menu(window::getMenuBar, "File", "New", "STPA Analysis");
            Shell wizard = robot.shell("New STPA Analysis");
            Text fileName = robot.find(wizard, Text.class, t -> t.getText().endsWith(".premortem"));
            robot.click(fileName, 5, 5);
            robot.key('a', SWT.MOD1);
            robot.type("train-doors.premortem");
            robot.button(wizard, "Finish");
            robot.shellClosed("New STPA Analysis");
            robot.waitUntil("the new analysis opens", () -> page.getActiveEditor() instanceof PremortemEditor);
        });

        IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject("STPA");
        assertTrue(project.isOpen(), "the wizard created the project it was given");
        IFile file = project.getFile("train-doors.premortem");
        assertTrue(file.exists());
        Analysis analysis = ((PremortemEditor) page.getActiveEditor()).analysis();
        assertEquals("train-doors", analysis.getName());
        assertEquals("CS-1", analysis.getControlStructures().get(0).getDisplayId());
        assertNotNull(analysis.getId());
    }

    @Test
    void fileNewOffersProjectOnce() throws Exception {
        Shell window = page.getWorkbenchWindow().getShell();
        Robot.play("file-new", robot -> {
            List<String> labels = robot.menuLabels(window::getMenuBar, "File", "New");
            assertEquals(1, labels.stream().filter(label -> label.startsWith("Project")).count(), labels.toString());
            assertTrue(labels.contains("STPA Analysis"), labels.toString());
        });
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
