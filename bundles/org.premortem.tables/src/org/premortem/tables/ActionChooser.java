/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.tables;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.premortem.model.stpa.ControlAction;

/**
 * Chooses one control action among thousands: a filter field over a virtual list ("Controller → action", one a
 * line). Typing narrows the list to the actions whose line contains the text (ignoring case); a click on a line, or
 * Down and Enter in the field, chooses it. Only the lines in view are made, so a list of thousands of actions costs
 * next to nothing to fill or filter (a GTK combo of 2,500 actions took seconds to fill and to lay out).
 */
final class ActionChooser {

    private final Composite control;
    private final Text filter;
    private final Table list;
    private final Consumer<ControlAction> chosen;
    private List<ControlAction> actions = List.of();
    private List<String> lines = List.of();
    private List<ControlAction> shown = List.of();
    private List<String> shownLines = List.of();
    private ControlAction selected;

    ActionChooser(Composite parent, Consumer<ControlAction> chosen) {
        this.chosen = chosen;
        control = new Composite(parent, SWT.NONE);
        GridLayout layout = new GridLayout(1, false);
        layout.marginWidth = 0;
        layout.marginHeight = 0;
        control.setLayout(layout);
        new Label(control, SWT.NONE).setText(Messages.Context_action);
        filter = new Text(control, SWT.SEARCH | SWT.ICON_CANCEL | SWT.ICON_SEARCH);
        filter.setMessage(Messages.Context_filterActions);
        filter.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        list = new Table(control, SWT.VIRTUAL | SWT.SINGLE | SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL
                | SWT.H_SCROLL);
        // Both hints given: the layout never asks GTK to measure the thousands of lines.
        GridData listData = new GridData(SWT.FILL, SWT.FILL, true, true);
        listData.widthHint = 1;
        listData.heightHint = 1;
        list.setLayoutData(listData);
        list.addListener(SWT.SetData, event -> {
            TableItem item = (TableItem) event.item;
            int index = list.indexOf(item);
            if (index >= 0 && index < shownLines.size()) {
                item.setText(shownLines.get(index));
            }
        });
        list.addListener(SWT.Selection, event -> chooseAt(list.getSelectionIndex()));
        filter.addModifyListener(event -> applyFilter());
        filter.addListener(SWT.KeyDown, event -> {
            if (event.keyCode == SWT.ARROW_DOWN && !shown.isEmpty()) {
                event.doit = false;
                list.setFocus();
                if (list.getSelectionIndex() < 0) {
                    list.setSelection(0);
                    chooseAt(0);
                }
            }
        });
        filter.addListener(SWT.DefaultSelection, event -> {
            if (!shown.isEmpty()) {
                int index = Math.max(0, shown.indexOf(selected));
                list.setSelection(index);
                chooseAt(index);
            }
        });
    }

    Control control() {
        return control;
    }

    /** The filter field. */
    Text filter() {
        return filter;
    }

    /** The list of the actions that pass the filter. */
    Table list() {
        return list;
    }

    /** Replaces the actions to choose from and their lines (same order); keeps the filter. */
    void setActions(List<ControlAction> newActions, List<String> newLines) {
        if (newActions.equals(actions) && newLines.equals(lines)) {
            return;
        }
        actions = List.copyOf(newActions);
        lines = List.copyOf(newLines);
        applyFilter();
    }

    /** Marks {@code action} as the chosen one in the list (without telling the listener). */
    void select(ControlAction action) {
        selected = action;
        int index = shown.indexOf(action);
        if (index >= 0) {
            list.setSelection(index);
        } else {
            list.deselectAll();
        }
    }

    /** The actions the list shows (those that pass the filter), in order. */
    List<ControlAction> shown() {
        return shown;
    }

    private void chooseAt(int index) {
        if (index >= 0 && index < shown.size() && shown.get(index) != selected) {
            selected = shown.get(index);
            chosen.accept(selected);
        }
    }

    private void applyFilter() {
        String needle = filter.getText().strip().toLowerCase(Locale.ROOT);
        List<ControlAction> passing = new ArrayList<>();
        List<String> passingLines = new ArrayList<>();
        for (int i = 0; i < actions.size(); i++) {
            if (needle.isEmpty() || lines.get(i).toLowerCase(Locale.ROOT).contains(needle)) {
                passing.add(actions.get(i));
                passingLines.add(lines.get(i));
            }
        }
        shown = passing;
        shownLines = passingLines;
        list.setRedraw(false);
        try {
            list.clearAll();
            list.setItemCount(shown.size());
            select(selected);
        } finally {
            list.setRedraw(true);
        }
    }
}
