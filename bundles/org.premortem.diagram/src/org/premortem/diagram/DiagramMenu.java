/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.diagram;

import org.eclipse.core.commands.common.CommandException;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;
import org.premortem.model.stpa.Component;
import org.premortem.model.stpa.IdentifiedElement;

/**
 * The context menu of the diagram (right click): on a figure Rename, Delete, Add Control Action / Feedback /
 * Input/Output (connects from this component to the box clicked next), Show in Model Tree; everywhere Lay Out and
 * Validate.
 */
final class DiagramMenu {

    private static final String VALIDATE_COMMAND = "org.premortem.ui.validate";

    private final DiagramPage page;
    private final Canvas canvas;

    DiagramMenu(DiagramPage page, Canvas canvas) {
        this.page = page;
        this.canvas = canvas;
        MenuManager manager = new MenuManager("#PopUp");
        manager.setRemoveAllWhenShown(true);
        manager.addMenuListener(this::fill);
        canvas.setMenu(manager.createContextMenu(canvas));
        canvas.addDisposeListener(event -> manager.dispose());
    }

    private void fill(IMenuManager menu) {
        if (page.selectedElements().size() == 1) {
            IdentifiedElement element = page.selectedElements().iterator().next();
            menu.add(action(Messages.Menu_rename, page::renameSelection));
            Action delete = action(Messages.Menu_delete, page::deleteSelection);
            delete.setImageDescriptor(PlatformUI.getWorkbench().getSharedImages()
                    .getImageDescriptor(ISharedImages.IMG_TOOL_DELETE));
            menu.add(delete);
            if (element instanceof Component component) {
                menu.add(new Separator());
                menu.add(connect(Messages.Menu_addControlAction, Tool.CONTROL_ACTION, component));
                menu.add(connect(Messages.Menu_addFeedback, Tool.FEEDBACK, component));
                menu.add(connect(Messages.Menu_addInputOutput, Tool.INPUT_OUTPUT, component));
            }
            menu.add(new Separator());
            menu.add(action(Messages.Menu_showInModelTree, () -> page.showInModelTree(element)));
        } else if (page.selectedElements().size() > 1) {
            menu.add(action(Messages.Menu_delete, page::deleteSelection));
        }
        menu.add(new Separator());
        menu.add(action(Messages.Menu_layout, page::layOut));
        menu.add(action(Messages.Menu_validate, DiagramMenu::validate));
    }

    private Action connect(String label, Tool tool, Component source) {
        Action action = action(label, () -> page.startConnection(tool, source));
        action.setImageDescriptor(DiagramPalette.icon(tool));
        return action;
    }

    /** Premortem > Validate, on the active editor's file: the findings show in Problems and as badges. */
    private static void validate() {
        IHandlerService handlers = PlatformUI.getWorkbench().getService(IHandlerService.class);
        try {
            handlers.executeCommand(VALIDATE_COMMAND, null);
        } catch (CommandException e) {
            throw new IllegalStateException(e);
        }
    }

    /** An item doing {@code run} once the menu has closed (so that an editor it opens keeps the keyboard). */
    private Action action(String label, Runnable run) {
        return new Action(label) {
            @Override
            public void run() {
                canvas.getDisplay().asyncExec(() -> {
                    if (!canvas.isDisposed()) {
                        run.run();
                    }
                });
            }
        };
    }
}
