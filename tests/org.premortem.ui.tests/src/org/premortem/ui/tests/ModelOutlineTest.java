/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
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
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.jface.action.IAction;
import org.eclipse.ui.actions.ActionFactory;
import org.premortem.model.stpa.Analysis;
import org.premortem.model.stpa.ControlAction;
import org.premortem.model.stpa.Hazard;
import org.premortem.model.stpa.StpaFactory;
import org.premortem.model.stpa.StpaPackage;
import org.premortem.model.stpa.SystemConstraint;
import org.premortem.model.stpa.UcaType;
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

    /**
     * After a command the outline reads again only the entries it changed: after adding a UCA to a hazard, undo, redo,
     * moving it to another hazard, giving it a scenario and renaming it, each hazard lists what the model gives it.
     */
    @Test
    void outlineShowsEachEditUndoAndRedo() throws Exception {
        Analysis analysis = editor.analysis();
        Hazard first = analysis.getHazards().get(0);
        Hazard second = analysis.getHazards().get(1);
        assertTrue(topItem(first).getExpanded() && topItem(second).getExpanded(), "a small analysis opens expanded");
        assertHazardsAsTheModelSays("at open");
        ControlAction action = editor.ucaTablePage().rows().get(0);
        editor.ucaTablePage().addUca(action, UcaType.PROVIDED, "Added for the outline", List.of(first));
        ExampleProject.settle();
        UnsafeControlAction added = analysis.getUnsafeControlActions().get(analysis.getUnsafeControlActions().size()
                - 1);
        assertTrue(childLabels(first).stream().anyMatch(label -> label.startsWith(id(added))), "the new UCA shows");
        assertHazardsAsTheModelSays("after add");
        run(ActionFactory.UNDO);
        assertHazardsAsTheModelSays("after undo");
        run(ActionFactory.REDO);
        assertHazardsAsTheModelSays("after redo");
        execute(SetCommand.create(editor.getEditingDomain(), added,
                StpaPackage.Literals.UNSAFE_CONTROL_ACTION__HAZARDS, List.of(second)));
        assertTrue(childLabels(first).stream().noneMatch(label -> label.startsWith(id(added))), "moved away");
        assertHazardsAsTheModelSays("after moving it to another hazard");
        LossScenario scenario = StpaFactory.eINSTANCE.createLossScenario();
        scenario.setUnsafeControlAction(added);
        scenario.setText("A scenario for the outline");
        execute(AddCommand.create(editor.getEditingDomain(), analysis,
                StpaPackage.Literals.ANALYSIS__LOSS_SCENARIOS, scenario));
        execute(SetCommand.create(editor.getEditingDomain(), added,
                StpaPackage.Literals.UNSAFE_CONTROL_ACTION__TEXT, "Renamed for the outline"));
        assertTrue(childLabels(second).stream().anyMatch(label -> label.startsWith(id(added))
                && label.contains("Renamed for the outline")), "its label follows: " + childLabels(second));
        Robot.play("outline-scenario", robot -> {
            TreeUser tree = new TreeUser(robot, outline);
            TreeItem ucaItem = tree.item(id(second), id(added));
            tree.expand(ucaItem);
            assertEquals(1, tree.labels(ucaItem).size(), "the new scenario under its UCA: " + tree.labels(ucaItem));
            assertTrue(tree.labels(ucaItem).get(0).startsWith(id(scenario)), tree.labels(ucaItem).toString());
        });
        run(ActionFactory.UNDO);
        run(ActionFactory.UNDO);
        assertHazardsAsTheModelSays("after undoing rename and scenario");
    }

    /** Every expanded hazard lists the ids the model gives it, in the outline's order. */
    private void assertHazardsAsTheModelSays(String when) {
        for (Hazard hazard : editor.analysis().getHazards()) {
            TreeItem item = topItem(hazard);
            if (item.getExpanded()) {
                List<String> shown = childLabels(hazard).stream().map(label -> label.substring(0,
                        label.indexOf(':') + 1)).toList();
                assertEquals(expectedChildren(hazard), shown, when + ", " + hazard.getDisplayId());
            }
        }
    }

    /** The outline's order: constraints naming the hazard, sub-hazards, UCAs, scenarios without a UCA. */
    private List<String> expectedChildren(Hazard hazard) {
        Analysis analysis = editor.analysis();
        List<String> ids = new ArrayList<>();
        constraintsNaming(hazard, analysis.getSystemConstraints(), ids);
        hazard.getSubHazards().forEach(sub -> ids.add(id(sub)));
        analysis.getUnsafeControlActions().stream().filter(uca -> uca.getHazards().contains(hazard))
                .forEach(uca -> ids.add(id(uca)));
        analysis.getLossScenarios().stream().filter(s -> s.getUnsafeControlAction() == null
                && s.getHazards().contains(hazard)).forEach(s -> ids.add(id(s)));
        return ids;
    }

    private static void constraintsNaming(Hazard hazard, List<SystemConstraint> constraints, List<String> ids) {
        for (SystemConstraint constraint : constraints) {
            if (constraint.getHazards().contains(hazard)) {
                ids.add(id(constraint));
            }
            constraintsNaming(hazard, constraint.getSubConstraints(), ids);
        }
    }

    private TreeItem topItem(Hazard hazard) {
        for (TreeItem item : outline.getItems()) {
            if (item.getText().startsWith(id(hazard))) {
                return item;
            }
        }
        throw new AssertionError("no outline entry for " + hazard.getDisplayId());
    }

    private List<String> childLabels(Hazard hazard) {
        List<String> labels = new ArrayList<>();
        for (TreeItem item : topItem(hazard).getItems()) {
            if (item.getData() != null) {
                labels.add(item.getText());
            }
        }
        return labels;
    }

    private void execute(Command command) throws InterruptedException {
        editor.getEditingDomain().getCommandStack().execute(command);
        ExampleProject.settle();
    }

    private void run(ActionFactory factory) throws InterruptedException {
        IAction action = editor.getEditorSite().getActionBars().getGlobalActionHandler(factory.getId());
        assertTrue(action != null && action.isEnabled(), factory.getId() + " is enabled");
        action.run();
        ExampleProject.settle();
    }

    private static String id(org.premortem.model.stpa.IdentifiedElement element) {
        return element.getDisplayId() + ":";
    }

    private IStructuredSelection editorSelection() {
        return (IStructuredSelection) editor.getSite().getSelectionProvider().getSelection();
    }
}
