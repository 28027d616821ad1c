/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.tables;

import java.util.function.Consumer;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

/** The "Filter:" label and search field of a table. */
final class FilterField {

    private FilterField() {
    }

    /** Adds the label and the field to {@code parent} (two cells of its grid layout); returns the field. */
    static Text create(Composite parent) {
        new Label(parent, SWT.NONE).setText(Messages.Filter_label);
        return new Text(parent, SWT.SEARCH | SWT.ICON_CANCEL | SWT.ICON_SEARCH);
    }

    /** Tells {@code filter} every change of the field's text. */
    static void connect(Text field, Consumer<String> filter) {
        field.addModifyListener(event -> filter.accept(field.getText()));
    }
}
