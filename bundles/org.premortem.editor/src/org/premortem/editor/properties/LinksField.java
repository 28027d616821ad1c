/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.editor.properties;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.IItemPropertySource;
import org.eclipse.jface.viewers.ILabelProvider;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.views.properties.tabbed.TabbedPropertySheetWidgetFactory;

/**
 * A many-valued reference (a UCA's hazards, a requirement's scenarios): the linked elements, one per line, and
 * a "Choose…" button that opens a filterable checklist of the elements that may be linked.
 */
final class LinksField implements PropertyField {

    private final Object element;
    private final IItemPropertyDescriptor descriptor;
    private final ILabelProvider labels;
    private final Label shown;

    LinksField(Composite parent, TabbedPropertySheetWidgetFactory factory, Object element,
            IItemPropertyDescriptor descriptor, List<Object> choices, ILabelProvider labels) {
        this.element = element;
        this.descriptor = descriptor;
        this.labels = labels;
        Composite row = factory.createComposite(parent);
        GridLayout layout = new GridLayout(2, false);
        layout.marginWidth = 0;
        layout.marginHeight = 0;
        row.setLayout(layout);
        row.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        shown = factory.createLabel(row, "", SWT.WRAP);
        GridData data = new GridData(SWT.FILL, SWT.TOP, true, false);
        data.widthHint = 300;
        shown.setLayoutData(data);
        Button choose = factory.createButton(row, Messages.Properties_choose, SWT.PUSH);
        choose.setLayoutData(new GridData(SWT.END, SWT.TOP, false, false));
        choose.setEnabled(descriptor.canSetProperty(element));
        choose.addListener(SWT.Selection, event -> {
            ReferencePickerDialog dialog = new ReferencePickerDialog(choose.getShell(),
                    descriptor.getDisplayName(element), choices.stream().filter(c -> c != null).toList(), labels,
                    current());
            if (dialog.open() == Window.OK && !dialog.result().equals(current())) {
                descriptor.setPropertyValue(element, dialog.result());
            }
        });
        refresh();
    }

    private List<Object> current() {
        Object value = descriptor.getPropertyValue(element);
        Object plain = value instanceof IItemPropertySource source ? source.getEditableValue(element) : value;
        return plain instanceof Collection<?> collection ? new ArrayList<>(collection) : List.of();
    }

    @Override
    public void refresh() {
        if (!shown.isDisposed()) {
            List<Object> values = current();
            shown.setText(values.isEmpty() ? Messages.Properties_noLinks
                    : values.stream().map(labels::getText).map(LinksField::oneLine).collect(Collectors.joining("\n")));
            shown.getParent().getParent().layout(true, true);
        }
    }

    private static String oneLine(String label) {
        String line = label.replace('\n', ' ');
        return line.length() > 90 ? line.substring(0, 90) + "\u2026" : line;
    }
}
