/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.Platform;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.part.ISetSelectionTarget;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.premortem.core.persistence.AnalysisStore;
import org.premortem.core.query.AnalysisQuery;
import org.premortem.core.validation.ValidationRule;
import org.premortem.model.stpa.ControlAction;
import org.premortem.ui.validation.ProblemMarkers;
import org.premortem.ui.validation.RuleExtensionReader;
import org.premortem.ui.validation.ValidateHandler;

/**
 * Validation in the workbench: rules come from the extension point, the Validate command and saving a model put
 * findings into the Problems view with rule and element ids, and the settings file next to a model is honoured.
 */
class ValidationWorkbenchTest {

    private ExampleProject example;
    private IProject project;
    private IFile model;

    @BeforeEach
    void createProjectWithTheExample() throws Exception {
        example = new ExampleProject("dns");
        project = example.project;
        model = example.model;
        waitForValidation();
    }

    @AfterEach
    void deleteProject() throws Exception {
        waitForValidation();
        for (Shell shell : Display.getCurrent().getShells()) {
            if (!shell.isDisposed() && "Validate".equals(shell.getText())) {
                shell.close(); // the command's summary (FeedbackTest reads it)
            }
        }
        example.delete();
    }

    @Test
    void rulesAreContributedThroughTheExtensionPoint() {
        List<String> ids = RuleExtensionReader.read(Platform.getExtensionRegistry()).rules().stream()
                .map(ValidationRule::id).toList();
        assertEquals(31, ids.size(), ids.toString());
        assertTrue(ids.contains("stpa.uca-without-scenario"));
        assertTrue(ids.contains("structure.conflicting-controllers"));
    }

    @Test
    void savingAModelValidatesIt() throws Exception {
        IMarker destructive = marker("structure.destructive-action");
        assertEquals(deletePlanId(), destructive.getAttribute(ProblemMarkers.ELEMENT_ID));
        assertEquals(IMarker.SEVERITY_WARNING, destructive.getAttribute(IMarker.SEVERITY));
        assertTrue(destructive.getAttribute(IMarker.MESSAGE, "").startsWith("CA-4: "));
        assertTrue(destructive.getAttribute(IMarker.LINE_NUMBER, 0) > 1);
    }

    @Test
    void validateCommandOnTheProjectExplorerSelection() throws Exception {
        model.deleteMarkers(ProblemMarkers.TYPE, false, IResource.DEPTH_ZERO);
        assertEquals(0, markers().length);
        IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        IViewPart explorer = page.showView("org.eclipse.ui.navigator.ProjectExplorer");
        ((ISetSelectionTarget) explorer).selectReveal(new StructuredSelection(model));
        page.activate(explorer);

        PlatformUI.getWorkbench().getService(IHandlerService.class).executeCommand(ValidateHandler.COMMAND_ID, null);
        waitForValidation();

        assertEquals("CMP-3", marker("structure.conflicting-controllers").getAttribute(IMarker.LOCATION));
        assertTrue(markers().length > 10);
    }

    @Test
    void settingsFileNextToTheModelIsHonoured() throws Exception {
        IFile settings = project.getFile("premortem-validation.properties");
        settings.create(new ByteArrayInputStream("structure.destructive-action = error\nstpa.uca-without-scenario = off\n"
                .getBytes(StandardCharsets.UTF_8)), true, null);
        waitForValidation();

        assertEquals(IMarker.SEVERITY_ERROR, marker("structure.destructive-action").getAttribute(IMarker.SEVERITY));
        assertFalse(Arrays.stream(markers()).anyMatch(m -> "stpa.uca-without-scenario"
                .equals(m.getAttribute(ProblemMarkers.RULE_ID, ""))));
    }

    @Test
    void aFileThatDoesNotLoadGetsOneErrorWithItsLine() throws Exception {
        model.setContents(new ByteArrayInputStream("<?xml version=\"1.0\"?>\n<nope/>\n".getBytes(StandardCharsets.UTF_8)),
                true, false, null);
        waitForValidation();

        IMarker[] markers = markers();
        assertEquals(1, markers.length);
        assertEquals(ProblemMarkers.LOAD_PROBLEM, markers[0].getAttribute(ProblemMarkers.RULE_ID));
        assertEquals(IMarker.SEVERITY_ERROR, markers[0].getAttribute(IMarker.SEVERITY));
        assertEquals(2, markers[0].getAttribute(IMarker.LINE_NUMBER));
        assertTrue(markers[0].getAttribute(IMarker.MESSAGE, "").contains("not a Premortem analysis"));
    }

    private IMarker marker(String ruleId) throws CoreException {
        return Arrays.stream(markers()).filter(m -> ruleId.equals(m.getAttribute(ProblemMarkers.RULE_ID, "")))
                .findFirst().orElseThrow(() -> new AssertionError("no marker of " + ruleId));
    }

    private IMarker[] markers() throws CoreException {
        return model.findMarkers(ProblemMarkers.TYPE, false, IResource.DEPTH_ZERO);
    }

    private static String deletePlanId() throws Exception {
        return new AnalysisQuery(AnalysisStore.load(ExampleProject.EXAMPLE)).controlActions().stream()
                .filter(action -> "Delete plan i".equals(action.getName())).map(ControlAction::getId)
                .findFirst().orElseThrow();
    }

    private static void waitForValidation() throws InterruptedException {
        ExampleProject.settle();
    }
}
