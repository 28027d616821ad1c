/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.ui.emf;

import java.util.List;

import org.eclipse.jface.viewers.ComboBoxCellEditor;
import org.eclipse.jface.viewers.ILabelProvider;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;

/** A read-only drop-down over a list of objects (enumeration literals, references), shown by their labels. */
public class ChoiceCellEditor extends ComboBoxCellEditor {

    private final List<Object> choices;

    public ChoiceCellEditor(Composite parent, List<Object> choices, ILabelProvider labels) {
        super(parent, choices.stream().map(choice -> choice == null ? "" : labels.getText(choice)).toArray(String[]::new),
                SWT.READ_ONLY);
        this.choices = choices;
    }

    @Override
    protected Object doGetValue() {
        int index = (Integer) super.doGetValue();
        return index >= 0 && index < choices.size() ? choices.get(index) : null;
    }

    @Override
    protected void doSetValue(Object value) {
        super.doSetValue(Math.max(choices.indexOf(value), 0));
    }
}
