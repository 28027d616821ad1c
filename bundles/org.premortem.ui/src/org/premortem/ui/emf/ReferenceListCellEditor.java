/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.ui.emf;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.DialogCellEditor;
import org.eclipse.jface.viewers.ILabelProvider;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.ui.dialogs.ListSelectionDialog;

/** Edits a many-valued reference: a dialog with a checkbox per element of the analysis that may be linked. */
public class ReferenceListCellEditor extends DialogCellEditor {

    private final String title;
    private final List<Object> choices;
    private final ILabelProvider labels;

    public ReferenceListCellEditor(Composite parent, String title, List<Object> choices, ILabelProvider labels) {
        super(parent);
        this.title = title;
        this.choices = choices;
        this.labels = labels;
    }

    @Override
    protected Object openDialogBox(Control cellEditorWindow) {
        ListSelectionDialog dialog = ListSelectionDialog.of(choices.stream().filter(c -> c != null).toList())
                .contentProvider(ArrayContentProvider.getInstance())
                .labelProvider(labels)
                .title(title)
                .message(title)
                .preselect(current().toArray())
                .create(cellEditorWindow.getShell());
        if (dialog.open() != ListSelectionDialog.OK) {
            return null;
        }
        return new ArrayList<>(List.of(dialog.getResult()));
    }

    private Collection<?> current() {
        return getValue() instanceof Collection<?> values ? values : List.of();
    }
}
