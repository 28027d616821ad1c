/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.premortem.core.persistence.AnalysisStore;
import org.premortem.editor.PremortemEditor;
import org.premortem.model.stpa.Analysis;
import org.premortem.model.stpa.Hazard;
import org.premortem.ui.tests.robot.Robot;

/**
 * File > Import > Premortem > Analysis from another tool, as a person uses it: the wizard chosen in the Import
 * dialog's tree, a PASTA file's path typed, the format taken from its extension, Finish; the new analysis opens.
 */
class ImportWizardTest {

    private static final Path FIXTURE = Path.of("fixtures", "level-crossing.stpa").toAbsolutePath();

    private IProject project;
    private IWorkbenchPage page;

    @BeforeEach
    void aProject() throws Exception {
        project = ResourcesPlugin.getWorkspace().getRoot().getProject("import-test");
        project.create(null);
        project.open(null);
        page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        ExampleProject.settle();
    }

    @AfterEach
    void removeIt() throws Exception {
        page.closeAllEditors(false);
        ExampleProject.settle();
        project.delete(true, true, null);
    }

    @Test
    void aPastaFileIsImportedThroughTheFileMenu() throws Exception {
        Robot.play("import-wizard", robot -> {
            Shell window = robot.ui(() -> page.getWorkbenchWindow().getShell());
            robot.fillScreen(window);
            robot.menu(window::getMenuBar, "File", "Import...");
            Shell dialog = robot.shell("Import");
            TreeUser wizards = new TreeUser(robot, robot.find(dialog, Tree.class, tree -> true));
            wizards.click(wizards.item("Premortem", "Analysis from another tool"));
            robot.button(dialog, "Next >");

            Text file = field(robot, dialog, "File:");
            robot.click(file);
            robot.type(FIXTURE.toString());
            Combo format = robot.find(dialog, Combo.class, combo -> true);
            robot.waitUntil("the format taken from the extension", () -> format.getText().startsWith("PASTA"));
            Text folder = field(robot, dialog, "Into folder:");
            robot.click(folder);
            robot.key('a', SWT.MOD1);
            robot.type("/import-test");
            Text name = field(robot, dialog, "File name:");
            assertEquals("level-crossing.premortem", robot.ui(name::getText));
            robot.button(dialog, "Finish");
            robot.shellClosed("Import");
            // what had no place in Premortem is said in a notice; this file has nothing of that kind
            assertTrue(!robot.within(Duration.ofSeconds(2), () -> Arrays.stream(robot.display().getShells())
                    .anyMatch(shell -> shell.isVisible() && "Imported with Notes".equals(shell.getText()))),
                    "no notes for a file that fits Premortem");
            robot.waitUntil("the new analysis open", () -> page.getActiveEditor() instanceof PremortemEditor);
        });

        IFile imported = project.getFile("level-crossing.premortem");
        assertTrue(imported.exists(), "written into the project");
        Analysis analysis = AnalysisStore.parse(Path.of("level-crossing.premortem"),
                imported.getContents(true).readAllBytes());
        assertEquals(2, analysis.getLosses().size());
        assertEquals(List.of("H-1", "H-2"), analysis.getHazards().stream().map(Hazard::getDisplayId).toList());
        assertEquals(2, analysis.getSystemConstraints().size());
        IEditorPart editor = page.getActiveEditor();
        assertEquals("level-crossing.premortem", editor.getEditorInput().getName());
    }

    /** The text field after the label a person reads ({@code "File:"}; mnemonics aside). */
    private static Text field(Robot robot, Shell dialog, String label) {
        return robot.find(dialog, Text.class, text -> Robot.shown(PropertiesViewTest.labelBefore(text)).equals(label));
    }
}
