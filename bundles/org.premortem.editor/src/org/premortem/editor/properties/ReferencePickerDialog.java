/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.editor.properties;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.CheckboxTableViewer;
import org.eclipse.jface.viewers.ILabelProvider;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.jface.viewers.ViewerFilter;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

/**
 * Chooses the elements a reference links to: a filter field over a checkbox list of every element that may be
 * linked. What is ticked stays ticked while the filter hides it.
 */
final class ReferencePickerDialog extends Dialog {

    private final String title;
    private final List<?> choices;
    private final ILabelProvider labels;
    private final Set<Object> checked;
    private CheckboxTableViewer list;
    private String filter = "";

    ReferencePickerDialog(Shell parent, String title, List<?> choices, ILabelProvider labels, List<?> current) {
        super(parent);
        this.title = title;
        this.choices = choices;
        this.labels = labels;
        this.checked = new LinkedHashSet<>(current);
    }

    @Override
    protected boolean isResizable() {
        return true;
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(title);
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        Text field = new Text(area, SWT.SEARCH | SWT.ICON_SEARCH | SWT.ICON_CANCEL | SWT.BORDER);
        field.setMessage(Messages.Properties_filter);
        field.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        list = CheckboxTableViewer.newCheckList(area, SWT.BORDER | SWT.V_SCROLL | SWT.H_SCROLL);
        GridData data = new GridData(SWT.FILL, SWT.FILL, true, true);
        data.widthHint = 520;
        data.heightHint = 320;
        list.getControl().setLayoutData(data);
        list.setContentProvider(ArrayContentProvider.getInstance());
        list.setLabelProvider(labels);
        list.addFilter(new ViewerFilter() {
            @Override
            public boolean select(Viewer viewer, Object parentElement, Object element) {
                return filter.isEmpty() || labels.getText(element).toLowerCase(Locale.ROOT).contains(filter);
            }
        });
        list.setInput(choices);
        list.setCheckedElements(checked.toArray());
        list.addCheckStateListener(event -> {
            if (event.getChecked()) {
                checked.add(event.getElement());
            } else {
                checked.remove(event.getElement());
            }
        });
        field.addListener(SWT.Modify, event -> {
            filter = field.getText().strip().toLowerCase(Locale.ROOT);
            list.refresh();
            list.setCheckedElements(checked.toArray());
        });
        return area;
    }

    /** The ticked elements, in the order of the choices. */
    List<Object> result() {
        List<Object> result = new ArrayList<>();
        for (Object choice : choices) {
            if (checked.contains(choice)) {
                result.add(choice);
            }
        }
        return result;
    }
}
