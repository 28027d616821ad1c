/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.editor;

import java.util.List;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.command.DragAndDropCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.util.LocalSelectionTransfer;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.dnd.DND;
import org.eclipse.swt.dnd.DragSourceAdapter;
import org.eclipse.swt.dnd.DragSourceEvent;
import org.eclipse.swt.dnd.DropTargetAdapter;
import org.eclipse.swt.dnd.DropTargetEvent;
import org.eclipse.swt.dnd.Transfer;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.TreeItem;

/**
 * Drag and drop in the model tree: move (or copy, with Ctrl) elements before, after or into another element, or
 * onto the folder of their kind (to its end), as one undoable EMF DragAndDropCommand; the item providers decide
 * what may go where. Folders themselves are not dragged.
 */
final class TreeDragAndDrop {

    private static final int OPERATIONS = DND.DROP_MOVE | DND.DROP_COPY;
    /** Where in a row a drop means "into" (above a quarter: before, below three quarters: after). */
    private static final float ON = 0.5f;

    private TreeDragAndDrop() {
    }

    static void install(TreeViewer viewer, EditingDomain domain) {
        Transfer[] transfers = { LocalSelectionTransfer.getTransfer() };
        viewer.addDragSupport(OPERATIONS, transfers, new DragSourceAdapter() {
            @Override
            public void dragStart(DragSourceEvent event) {
                IStructuredSelection selection = viewer.getStructuredSelection();
                LocalSelectionTransfer.getTransfer().setSelection(selection);
                event.doit = !selection.isEmpty() && selection.stream().allMatch(EObject.class::isInstance);
            }

            @Override
            public void dragFinished(DragSourceEvent event) {
                LocalSelectionTransfer.getTransfer().setSelection(null);
            }
        });
        viewer.addDropSupport(OPERATIONS, transfers, new DropTargetAdapter() {
            @Override
            public void dragOver(DropTargetEvent event) {
                event.feedback = DND.FEEDBACK_SCROLL | DND.FEEDBACK_EXPAND | DND.FEEDBACK_SELECT;
                Command command = command(viewer, domain, event);
                if (command == null || !command.canExecute()) {
                    event.detail = DND.DROP_NONE;
                }
                if (command != null) {
                    command.dispose();
                }
            }

            @Override
            public void dragOperationChanged(DropTargetEvent event) {
                dragOver(event);
            }

            @Override
            public void drop(DropTargetEvent event) {
                Command command = command(viewer, domain, event);
                if (command != null && command.canExecute()) {
                    domain.getCommandStack().execute(command);
                } else {
                    event.detail = DND.DROP_NONE;
                }
            }
        });
    }

    private static Command command(TreeViewer viewer, EditingDomain domain, DropTargetEvent event) {
        if (!(event.item instanceof TreeItem item)
                || !(LocalSelectionTransfer.getTransfer().getSelection() instanceof IStructuredSelection dragged)
                || dragged.isEmpty()) {
            return null;
        }
        int operation = event.detail == DND.DROP_NONE ? DND.DROP_MOVE : event.detail;
        List<?> elements = List.copyOf(dragged.toList());
        if (item.getData() instanceof TreeFolder.Category folder) {
            // onto a folder: into the analysis, at the end of the folder's kind (nothing of another kind)
            return elements.stream().allMatch(folder.category()::accepts) ? DragAndDropCommand.create(domain,
                    folder.analysis(), ON, OPERATIONS, operation, elements) : null;
        }
        if (item.getData() instanceof TreeFolder) {
            return null;
        }
        Point point = viewer.getTree().toControl(event.x, event.y);
        Rectangle bounds = item.getBounds();
        float location = bounds.height == 0 ? ON : (float) (point.y - bounds.y) / bounds.height;
        return DragAndDropCommand.create(domain, item.getData(), location, OPERATIONS, operation, elements);
    }
}
