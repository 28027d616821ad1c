/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.tables;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.premortem.model.stpa.IdentifiedElement;

/**
 * A titled element table with its filter field and Add / Delete buttons (Add clears the filter), and optionally one
 * more button before them.
 */
final class ElementSection<T extends IdentifiedElement> {

    private final ElementTable<T> table;

    ElementSection(Composite parent, String title, Function<Composite, ElementTable<T>> tableFactory, Runnable add,
            Consumer<List<T>> delete) {
        this(parent, title, tableFactory, add, delete, null, null);
    }

    /** A section with a further button, labelled {@code extraLabel}, that runs {@code extra}. */
    ElementSection(Composite parent, String title, Function<Composite, ElementTable<T>> tableFactory, Runnable add,
            Consumer<List<T>> delete, String extraLabel, Runnable extra) {
        int columns = extra == null ? 5 : 6;
        Composite section = new Composite(parent, SWT.NONE);
        section.setLayout(new GridLayout(columns, false));
        Label label = new Label(section, SWT.NONE);
        label.setText(title);
        label.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        Text filter = FilterField.create(section);
        filter.setLayoutData(new GridData(200, SWT.DEFAULT));
        if (extra != null) {
            Button extraButton = new Button(section, SWT.PUSH);
            extraButton.setText(extraLabel);
            extraButton.addListener(SWT.Selection, event -> extra.run());
        }
        Button addButton = new Button(section, SWT.PUSH);
        addButton.setText(Messages.Button_add);
        Button deleteButton = new Button(section, SWT.PUSH);
        deleteButton.setText(Messages.Button_delete);
        table = tableFactory.apply(section);
        table.control().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, columns, 1));
        FilterField.connect(filter, table::setFilter);
        addButton.addListener(SWT.Selection, event -> {
            filter.setText(""); // a new, empty row matches no filter: show it
            add.run();
        });
        deleteButton.addListener(SWT.Selection, event -> {
            List<T> selected = table.selectedElements();
            if (!selected.isEmpty()) {
                delete.accept(selected);
            }
        });
    }

    ElementTable<T> table() {
        return table;
    }
}
