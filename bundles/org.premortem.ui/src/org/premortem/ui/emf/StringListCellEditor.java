/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.ui.emf;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.viewers.DialogCellEditor;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Text;

/** Edits a list of strings (e.g. a process-model variable's values) as text, one value per line. */
public class StringListCellEditor extends DialogCellEditor {

    private final String title;

    public StringListCellEditor(Composite parent, String title) {
        super(parent);
        this.title = title;
    }

    @Override
    protected Object openDialogBox(Control cellEditorWindow) {
        Collection<?> values = getValue() instanceof Collection<?> list ? list : List.of();
        String text = String.join("\n", values.stream().map(String::valueOf).toList());
        InputDialog dialog = new InputDialog(cellEditorWindow.getShell(), title, title, text, null) {
            @Override
            protected int getInputTextStyle() {
                return SWT.MULTI | SWT.BORDER | SWT.V_SCROLL;
            }

            @Override
            protected Control createDialogArea(Composite parent) {
                Control area = super.createDialogArea(parent);
                Text input = getText();
                ((GridData) input.getLayoutData()).heightHint = 8 * input.getLineHeight();
                return area;
            }
        };
        if (dialog.open() != IDialogConstants.OK_ID) {
            return null;
        }
        List<String> result = new ArrayList<>();
        for (String line : dialog.getValue().split("\\R")) {
            if (!line.isBlank()) {
                result.add(line.strip());
            }
        }
        return result;
    }
}
