/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.editor.properties;

import java.util.Objects;

import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.views.properties.tabbed.TabbedPropertySheetWidgetFactory;

/**
 * A text property: one line for names and ids, several wrapped lines for texts, descriptions and rationales.
 * Enter (Ctrl+Enter in a multi-line field) or leaving the field sets the value, one undoable command; Escape
 * gives back the value shown before. A text never set (null) is edited like an empty one.
 */
final class TextField implements PropertyField {

    private final Object element;
    private final IItemPropertyDescriptor descriptor;
    private final Text text;
    private final TextCodec codec;
    private String shown = "";

    TextField(Composite parent, TabbedPropertySheetWidgetFactory factory, Object element,
            IItemPropertyDescriptor descriptor, TextCodec codec, boolean multiLine) {
        this.element = element;
        this.descriptor = descriptor;
        this.codec = codec;
        int style = multiLine ? SWT.MULTI | SWT.WRAP | SWT.V_SCROLL : SWT.SINGLE;
        text = factory.createText(parent, "", style | SWT.BORDER);
        GridData data = new GridData(SWT.FILL, SWT.TOP, true, false);
        data.widthHint = 300; // fills the view; a long value must not widen the form beyond it
        if (multiLine) {
            data.heightHint = text.getLineHeight() * 4 + 6;
        }
        text.setLayoutData(data);
        text.setEditable(descriptor.canSetProperty(element));
        text.addListener(SWT.DefaultSelection, event -> commit());
        text.addListener(SWT.FocusOut, event -> commit());
        text.addListener(SWT.KeyDown, event -> {
            if (event.keyCode == SWT.ESC) {
                text.setText(shown);
            } else if (multiLine && (event.keyCode == SWT.CR || event.keyCode == SWT.KEYPAD_CR || event.character == '\r')
                    && (event.stateMask & SWT.MOD1) != 0) {
                event.doit = false;
                commit();
            }
        });
        refresh();
    }

    private void commit() {
        if (text.isDisposed() || !text.getEditable() || text.getText().equals(shown)) {
            return;
        }
        String typed = text.getText();
        Object value;
        try {
            value = codec.fromText(typed);
        } catch (RuntimeException e) {
            text.setToolTipText(e.getMessage());
            text.setText(shown);
            return;
        }
        text.setToolTipText(null);
        shown = typed;
        descriptor.setPropertyValue(element, value);
    }

    @Override
    public void refresh() {
        if (text.isDisposed()) {
            return;
        }
        Object value = descriptor.getPropertyValue(element);
        Object plain = value instanceof org.eclipse.emf.edit.provider.IItemPropertySource source
                ? source.getEditableValue(element) : value;
        String current = codec.toText(plain);
        if (!Objects.equals(current, shown) && !(text.isFocusControl() && !text.getText().equals(shown))) {
            shown = current;
            text.setText(current);
        }
    }

    Text control() {
        return text;
    }
}
