/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.views.contentoutline.IContentOutlinePage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.premortem.editor.PremortemEditor;
import org.premortem.model.stpa.Hazard;
import org.premortem.model.stpa.LossScenario;
import org.premortem.model.stpa.Requirement;
import org.premortem.model.stpa.UnsafeControlAction;
import org.premortem.ui.tests.robot.Robot;

/**
 * The Outline as a user drives it: the analysis by hazard (hazard, its constraints, the UCAs leading to it, their
 * loss scenarios, the scenarios' requirements); a click on an entry selects that element in the editor.
 */
class ModelOutlineTest {

    private ExampleProject example;
    private PremortemEditor editor;
    private Tree outline;

    @BeforeEach
    void openTheExampleAndTheOutline() throws Exception {
        example = new ExampleProject("outline-test");
        IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        editor = (PremortemEditor) IDE.openEditor(page, example.model);
        page.showView(IPageLayout.ID_OUTLINE);
        page.activate(editor);
        ExampleProject.settle();
        outline = (Tree) editor.getAdapter(IContentOutlinePage.class).getControl();
    }

    @AfterEach
    void close() throws Exception {
        editor.getSite().getPage().closeEditor(editor, false);
        example.delete();
    }

    @Test
    void outlineTracesHazardsToRequirementsAndSelectsInTheEditor() throws Exception {
        // a requirement that answers a scenario of a UCA that leads to a hazard
        Requirement requirement = editor.analysis().getRequirements().stream()
                .filter(r -> r.getLossScenarios().stream().anyMatch(s -> s.getUnsafeControlAction() != null
                        && !s.getUnsafeControlAction().getHazards().isEmpty()))
                .findFirst().orElseThrow();
        LossScenario scenario = requirement.getLossScenarios().stream()
                .filter(s -> s.getUnsafeControlAction() != null && !s.getUnsafeControlAction().getHazards().isEmpty())
                .findFirst().orElseThrow();
        UnsafeControlAction uca = scenario.getUnsafeControlAction();
        Hazard hazard = uca.getHazards().get(0);

        Robot.play("outline", robot -> {
            robot.fillScreen(robot.ui(editor.getSite()::getShell));
            TreeUser tree = new TreeUser(robot, outline);
            assertEquals(List.of("H-1: The currently active DNS plan is not good", "H-2: Route53 plan storage is near full"),
                    tree.labels(null), "hazards at the top");
            TreeItem hazardItem = tree.item(id(hazard));
            tree.expand(hazardItem);
            List<String> under = tree.labels(hazardItem);
            assertTrue(under.get(0).startsWith("SC-"), "first the hazard's constraints: " + under);
            assertTrue(under.stream().anyMatch(label -> label.startsWith(id(uca))), "then its UCAs: " + under);

            TreeItem requirementItem = tree.item(id(hazard), id(uca), id(scenario), id(requirement));
            tree.click(requirementItem);
            robot.waitUntil("the editor to select " + requirement.getDisplayId(),
                    () -> editorSelection().toList().equals(List.of(requirement)));
            assertEquals(List.of(requirement), robot.ui(() -> List.of(editor.modelTree().getSelection()[0].getData())),
                    "the model tree shows it, in its folder");

            // and the other way: a click in the model tree selects the element's first entry in the outline
            TreeUser model = new TreeUser(robot, robot.ui(editor::modelTree));
            String controller = uca.getSource().getName();
            model.click(model.item("AWS DynamoDB DNS outage", "UCAs", controller, uca.getControlAction().getName(),
                    id(uca)));
            robot.waitUntil("the outline to follow", () -> outline.getSelectionCount() == 1
                    && outline.getSelection()[0].getText().startsWith(id(uca))
                    && outline.getSelection()[0].getParentItem().getText().startsWith(id(hazard)));
        });
    }

    private static String id(org.premortem.model.stpa.IdentifiedElement element) {
        return element.getDisplayId() + ":";
    }

    private IStructuredSelection editorSelection() {
        return (IStructuredSelection) editor.getSite().getSelectionProvider().getSelection();
    }
}
