/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.tables;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.dialogs.ElementListSelectionDialog;
import org.eclipse.ui.dialogs.FilteredList;
import org.eclipse.ui.dialogs.ListSelectionDialog;
import org.premortem.core.query.IdOrder;
import org.premortem.model.stpa.Analysis;
import org.premortem.model.stpa.Hazard;
import org.premortem.model.stpa.IdentifiedElement;

/** The small dialogs of the table pages: a text to enter, the hazard chooser, and a chooser of one element. */
public final class TableDialogs {

    /** The height of the text field of {@link #text}, in lines. */
    private static final int TEXT_LINES = 4;

    private TableDialogs() {
    }

    /**
     * Asks for a text, stripped of leading and trailing white space; empty when cancelled. Enter confirms, as in the
     * tables' in-place editors; Shift+Enter starts a new line, and the field is tall enough to show it.
     */
    public static Optional<String> text(Shell shell, String title, String message, String initial) {
        return text(shell, title, message, initial, 0);
    }

    /**
     * Asks for a text that completes a template, as {@link #text} does, with the template's end from
     * {@code selectFrom} selected and the caret after it: what the user types replaces that end (the "…" of a UCA's
     * standard wording) and completes the rest.
     */
    public static Optional<String> completing(Shell shell, String title, String message, String template,
            int selectFrom) {
        return text(shell, title, message, template, selectFrom);
    }

    private static Optional<String> text(Shell shell, String title, String message, String initial, int selectFrom) {
        InputDialog dialog = new InputDialog(shell, title, message, initial, null) {
            @Override
            protected void createButtonsForButtonBar(Composite parent) {
                super.createButtonsForButtonBar(parent); // sets the text and selects all of it
                Text text = getText();
                int length = text.getCharCount();
                text.setSelection(Math.min(Math.max(selectFrom, 0), length), length);
            }

            @Override
            protected int getInputTextStyle() {
                return SWT.MULTI | SWT.WRAP | SWT.V_SCROLL | SWT.BORDER;
            }

            @Override
            protected Control createDialogArea(Composite parent) {
                Control area = super.createDialogArea(parent);
                Text text = getText();
                ((GridData) text.getLayoutData()).heightHint = text.getLineHeight() * TEXT_LINES;
                text.addListener(SWT.Traverse, event -> {
                    if (event.detail == SWT.TRAVERSE_RETURN && (event.stateMask & SWT.SHIFT) == 0) {
                        event.doit = false;
                        // buttonPressed, not okPressed: InputDialog takes the text's value only there.
                        buttonPressed(IDialogConstants.OK_ID);
                    }
                });
                return area;
            }
        };
        return dialog.open() == Window.OK ? Optional.of(dialog.getValue().strip()) : Optional.empty();
    }

    /** Lets the analyst check hazards (sub-hazards included), listed in id order; empty when cancelled. */
    static Optional<List<Hazard>> hazards(Shell shell, Analysis analysis, List<Hazard> preselected) {
        ListSelectionDialog dialog = ListSelectionDialog.of(byId(allHazards(analysis)))
                .contentProvider(ArrayContentProvider.getInstance())
                .labelProvider(LabelProvider.createTextProvider(o -> ((IdentifiedElement) o).getLabel()))
                .title(Messages.Dialog_hazardsTitle).message(Messages.Dialog_hazardsMessage)
                .preselect(preselected.toArray()).create(shell);
        if (dialog.open() != Window.OK) {
            return Optional.empty();
        }
        return Optional.of(Arrays.stream(dialog.getResult()).map(Hazard.class::cast).toList());
    }

    /**
     * Lets the analyst choose one of {@code choices} (typing filters the list), listed by label with ids in numeric
     * order (UCA-2 before UCA-10); empty when cancelled.
     */
    static <T> Optional<T> one(Shell shell, String title, String message, List<T> choices, Function<T, String> label,
            T current) {
        ElementListSelectionDialog dialog = new ElementListSelectionDialog(shell,
                LabelProvider.createTextProvider(element -> label.apply(choiceType(element)))) {
            @Override
            protected FilteredList createFilteredList(Composite parent) {
                FilteredList list = super.createFilteredList(parent);
                list.setComparator(IdOrder.INSTANCE); // the list sorts the labels; by default as plain text
                return list;
            }
        };
        dialog.setTitle(title);
        dialog.setMessage(message);
        dialog.setElements(choices.toArray());
        dialog.setMultipleSelection(false);
        if (current != null) {
            dialog.setInitialSelections(current);
        }
        if (dialog.open() != Window.OK || dialog.getFirstResult() == null) {
            return Optional.empty();
        }
        return Optional.of(choiceType(dialog.getFirstResult()));
    }

    @SuppressWarnings("unchecked")
    private static <T> T choiceType(Object element) {
        return (T) element;
    }

    /** Elements sorted by display id (H-1.2 before H-1.10). */
    static <T extends IdentifiedElement> List<T> byId(List<T> elements) {
        return elements.stream().sorted(IdOrder.byDisplayId()).toList();
    }

    /** Every hazard of the analysis, each followed by its sub-hazards. */
    static List<Hazard> allHazards(Analysis analysis) {
        List<Hazard> all = new ArrayList<>();
        addWithSubHazards(analysis.getHazards(), all);
        return all;
    }

    private static void addWithSubHazards(List<Hazard> hazards, List<Hazard> into) {
        for (Hazard hazard : hazards) {
            into.add(hazard);
            addWithSubHazards(hazard.getSubHazards(), into);
        }
    }
}
