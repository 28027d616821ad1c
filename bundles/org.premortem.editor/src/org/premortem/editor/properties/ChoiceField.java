/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.editor.properties;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.IItemPropertySource;
import org.eclipse.jface.viewers.ILabelProvider;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CCombo;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.views.properties.tabbed.TabbedPropertySheetWidgetFactory;

/**
 * One value out of a list: an enumeration shown in the analyst's words ("Controlled process"), a yes/no, or a
 * single reference to another element of the analysis ("H-1: …", or none). Choosing sets it, one command.
 */
final class ChoiceField implements PropertyField {

    private final Object element;
    private final IItemPropertyDescriptor descriptor;
    private final CCombo combo;
    private final List<Object> values = new ArrayList<>();

    ChoiceField(Composite parent, TabbedPropertySheetWidgetFactory factory, Object element,
            IItemPropertyDescriptor descriptor, List<Object> choices, ILabelProvider labels) {
        this(parent, factory, element, descriptor, choices, labels, Messages.Properties_none);
    }

    /** A choice whose empty value (null) reads {@code noneLabel}. */
    ChoiceField(Composite parent, TabbedPropertySheetWidgetFactory factory, Object element,
            IItemPropertyDescriptor descriptor, List<Object> choices, ILabelProvider labels, String noneLabel) {
        this.element = element;
        this.descriptor = descriptor;
        combo = factory.createCCombo(parent, SWT.READ_ONLY | SWT.BORDER);
        GridData data = new GridData(SWT.FILL, SWT.CENTER, true, false);
        data.widthHint = 300; // fills the view; a long choice (a UCA's text) must not widen the form beyond it
        combo.setLayoutData(data);
        values.addAll(choices);
        for (Object value : values) {
            String label = labels.getText(value);
            combo.add(value == null ? noneLabel : label);
        }
        combo.setVisibleItemCount(Math.min(15, Math.max(1, values.size())));
        combo.setEnabled(descriptor.canSetProperty(element));
        combo.addListener(SWT.Selection, event -> {
            int index = combo.getSelectionIndex();
            if (index >= 0 && values.get(index) != current()) {
                descriptor.setPropertyValue(element, values.get(index));
            }
        });
        refresh();
    }

    private Object current() {
        Object value = descriptor.getPropertyValue(element);
        return value instanceof IItemPropertySource source ? source.getEditableValue(element) : value;
    }

    @Override
    public void refresh() {
        if (!combo.isDisposed()) {
            combo.select(values.indexOf(current()));
        }
    }

    CCombo control() {
        return combo;
    }
}
