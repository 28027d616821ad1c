/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.editor;

import java.util.Objects;
import java.util.Optional;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.ColumnViewerEditor;
import org.eclipse.jface.viewers.ColumnViewerEditorActivationEvent;
import org.eclipse.jface.viewers.ColumnViewerEditorActivationStrategy;
import org.eclipse.jface.viewers.ICellModifier;
import org.eclipse.jface.viewers.TextCellEditor;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.jface.viewers.TreeViewerEditor;
import org.eclipse.swt.SWT;
import org.eclipse.swt.events.KeyAdapter;
import org.eclipse.swt.events.KeyEvent;
import org.eclipse.swt.widgets.Item;
import org.eclipse.ui.IWorkbenchCommandConstants;
import org.premortem.model.stpa.NotApplicableEntry;
import org.premortem.model.stpa.StpaPackage.Literals;

/**
 * Rename in place in the model tree: F2 (or the context menu's Rename) opens a text field over the selected
 * element's label holding its name (components, connections, structures, variables) or text (losses, hazards,
 * constraints, UCAs, scenarios, requirements, ...). Enter sets it with one command (undoable), Escape cancels.
 */
final class TreeRename {

    private static final String PROPERTY = "label";

    private final TreeViewer viewer;
    private final EditingDomain domain;
    private final Action action = new Action(Messages.Menu_rename) {
        @Override
        public void run() {
            rename(viewer.getStructuredSelection().getFirstElement());
        }
    };

    private TreeRename(TreeViewer viewer, EditingDomain domain) {
        this.viewer = viewer;
        this.domain = domain;
        action.setActionDefinitionId(IWorkbenchCommandConstants.FILE_RENAME);
    }

    /** Lets the tree's elements be renamed in place (F2, and {@link #action()} for the context menu). */
    static TreeRename install(TreeViewer viewer, EditingDomain domain) {
        TreeRename rename = new TreeRename(viewer, domain);
        viewer.setColumnProperties(new String[] { PROPERTY });
        viewer.setCellEditors(new CellEditor[] { new TextCellEditor(viewer.getTree(), SWT.SINGLE) });
        viewer.setCellModifier(rename.new Modifier());
        TreeViewerEditor.create(viewer, new ColumnViewerEditorActivationStrategy(viewer) {
            @Override
            protected boolean isEditorActivationEvent(ColumnViewerEditorActivationEvent event) {
                return event.eventType == ColumnViewerEditorActivationEvent.PROGRAMMATIC;
            }
        }, ColumnViewerEditor.KEYBOARD_ACTIVATION);
        viewer.getTree().addKeyListener(new KeyAdapter() {
            @Override
            public void keyPressed(KeyEvent event) {
                if (event.keyCode == SWT.F2 && (event.stateMask & SWT.MODIFIER_MASK) == 0) {
                    event.doit = false;
                    rename.rename(viewer.getStructuredSelection().getFirstElement());
                }
            }
        });
        viewer.addSelectionChangedListener(event -> rename.update());
        rename.update();
        return rename;
    }

    /** The context menu's Rename. */
    Action action() {
        return action;
    }

    /** Opens the text field over {@code element}, if it has a name or text. */
    void rename(Object element) {
        if (element != null && feature(element).isPresent()) {
            viewer.editElement(element, 0);
        }
    }

    private void update() {
        action.setEnabled(viewer.getStructuredSelection().size() == 1
                && feature(viewer.getStructuredSelection().getFirstElement()).isPresent());
    }

    /** The attribute rename edits: name, else text; a not-applicable entry's rationale. */
    static Optional<EAttribute> feature(Object element) {
        if (!(element instanceof EObject object)) {
            return Optional.empty();
        }
        if (object instanceof NotApplicableEntry) {
            return Optional.of(Literals.NOT_APPLICABLE_ENTRY__RATIONALE);
        }
        for (String name : new String[] { "name", "text" }) {
            EStructuralFeature feature = object.eClass().getEStructuralFeature(name);
            if (feature instanceof EAttribute attribute && attribute.isChangeable() && !attribute.isMany()
                    && attribute.getEAttributeType().getInstanceClass() == String.class) {
                return Optional.of(attribute);
            }
        }
        return Optional.empty();
    }

    /** Reads and writes the edited attribute; an absent value (null) is edited as an empty text. */
    private final class Modifier implements ICellModifier {

        @Override
        public boolean canModify(Object element, String property) {
            return feature(element).isPresent();
        }

        @Override
        public Object getValue(Object element, String property) {
            Object value = feature(element).map(((EObject) element)::eGet).orElse(null);
            return value == null ? "" : value.toString();
        }

        @Override
        public void modify(Object item, String property, Object value) {
            Object element = item instanceof Item widget ? widget.getData() : item;
            Optional<EAttribute> feature = feature(element);
            if (feature.isEmpty() || !(value instanceof String text)) {
                return;
            }
            EObject object = (EObject) element;
            Object old = object.eGet(feature.get());
            if (Objects.equals(old == null ? "" : old, text)) {
                return;
            }
            Command command = SetCommand.create(domain, object, feature.get(), text);
            if (command.canExecute()) {
                domain.getCommandStack().execute(command);
            }
        }
    }
}
