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
    /** Where in a row a drop means "into"; above BEFORE it means before the row, below AFTER after it (EMF's bounds). */
    private static final float ON = 0.5f;
    private static final float BEFORE = 0.2f;
    private static final float AFTER = 0.8f;

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
                event.feedback = feedback(viewer, event);
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
        Object target = item.getData();
        float location = location(viewer, event, item);
        if (target instanceof TreeFolder.Category folder) {
            // onto a folder: to the end of its kind, as after its last element (nothing of another kind)
            if (!elements.stream().allMatch(folder.category()::accepts)) {
                return null;
            }
            List<?> present = folder.elements();
            if (present.isEmpty()) {
                return DragAndDropCommand.create(domain, folder.analysis(), ON, OPERATIONS, operation, elements);
            }
            target = present.getLast();
            location = 1f;
        } else if (target instanceof TreeFolder) {
            return null;
        }
        return DragAndDropCommand.create(domain, target, location, OPERATIONS, operation, elements);
    }

    /** Where in the row under the pointer: 0 its top, 1 its bottom. */
    private static float location(TreeViewer viewer, DropTargetEvent event, TreeItem item) {
        Point point = viewer.getTree().toControl(event.x, event.y);
        Rectangle bounds = item.getBounds();
        return bounds.height == 0 ? ON : (float) (point.y - bounds.y) / bounds.height;
    }

    /** What the drop will do, shown as EMF will do it: before, after, or into the row (a folder: into). */
    private static int feedback(TreeViewer viewer, DropTargetEvent event) {
        int feedback = DND.FEEDBACK_SCROLL | DND.FEEDBACK_EXPAND;
        if (!(event.item instanceof TreeItem item) || item.getData() instanceof TreeFolder) {
            return feedback | DND.FEEDBACK_SELECT;
        }
        float location = location(viewer, event, item);
        return feedback | (location < BEFORE ? DND.FEEDBACK_INSERT_BEFORE
                : location > AFTER ? DND.FEEDBACK_INSERT_AFTER : DND.FEEDBACK_SELECT);
    }
}
