/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.tables;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.premortem.core.scenarios.CandidateFactor;
import org.premortem.core.scenarios.ScenarioCandidate;
import org.premortem.core.terms.ModelTerms;
import org.premortem.model.stpa.UnsafeControlAction;

/**
 * The checklist of the scenario assistant's candidates for one UCA: one row per candidate (class and wording; its
 * causal factors and the elements it names in the tool tip), all checked at first. "Accept Checked" makes each checked
 * candidate a loss scenario; "Reject Checked…" remembers them as rejected; Cancel leaves everything as it was.
 */
final class SuggestScenariosDialog extends TitleAreaDialog {

    /** What the analyst decided: accept or reject the checked candidates. */
    enum Verdict {
        ACCEPT, REJECT
    }

    /** The checked candidates and what to do with them. */
    record Decision(Verdict verdict, List<ScenarioCandidate> candidates) {
    }

    private static final int REJECT_ID = IDialogConstants.CLIENT_ID + 1;
    private static final int SELECT_ALL_ID = IDialogConstants.CLIENT_ID + 2;
    private static final int SELECT_NONE_ID = IDialogConstants.CLIENT_ID + 3;

    private final UnsafeControlAction uca;
    private final List<ScenarioCandidate> candidates;
    private Table table;
    private Decision decision;

    SuggestScenariosDialog(Shell shell, UnsafeControlAction uca, List<ScenarioCandidate> candidates) {
        super(shell);
        this.uca = uca;
        this.candidates = List.copyOf(candidates);
        setShellStyle(getShellStyle() | SWT.RESIZE | SWT.MAX);
    }

    /** Opens the dialog; the decision, or empty when cancelled. */
    Optional<Decision> ask() {
        return open() == OK ? Optional.ofNullable(decision) : Optional.empty();
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(Messages.Suggest_title);
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        setTitle(NLS.bind(Messages.Suggest_heading, uca.getDisplayId()));
        setMessage(NLS.bind(Messages.Suggest_message, uca.getText() == null ? "" : uca.getText()));
        Composite content = new Composite(area, SWT.NONE);
        content.setLayout(new GridLayout(1, false));
        content.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        table = new Table(content, SWT.CHECK | SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL);
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        GridData layout = new GridData(SWT.FILL, SWT.FILL, true, true);
        layout.widthHint = 900;
        layout.heightHint = 380;
        table.setLayoutData(layout);
        column(Messages.Column_class, 190);
        column(Messages.Suggest_columnScenario, 690);
        for (ScenarioCandidate candidate : candidates) {
            TableItem item = new TableItem(table, SWT.NONE);
            item.setText(new String[] { ModelTerms.label(candidate.scenarioClass()), candidate.text() });
            item.setData(candidate);
            item.setChecked(true);
        }
        table.addListener(SWT.MouseHover, event -> {
            TableItem item = table.getItem(new Point(event.x, event.y));
            table.setToolTipText(item == null ? null : details((ScenarioCandidate) item.getData()));
        });
        return area;
    }

    private void column(String title, int width) {
        TableColumn column = new TableColumn(table, SWT.LEFT);
        column.setText(title);
        column.setWidth(width);
    }

    /** The tool tip of a row: the candidate's causal factors, one per line, and the elements it names. */
    static String details(ScenarioCandidate candidate) {
        String factors = candidate.factors().stream().map(SuggestScenariosDialog::factorLine)
                .collect(Collectors.joining("\n"));
        String names = candidate.namedElements().stream().map(element -> element.getLabel())
                .collect(Collectors.joining(", "));
        return factors + "\n" + NLS.bind(Messages.Suggest_names, names);
    }

    private static String factorLine(CandidateFactor factor) {
        return ModelTerms.of(factor.kind()) + ": " + factor.text();
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, SELECT_ALL_ID, Messages.Suggest_selectAll, false);
        createButton(parent, SELECT_NONE_ID, Messages.Suggest_selectNone, false);
        createButton(parent, IDialogConstants.OK_ID, Messages.Suggest_accept, true);
        createButton(parent, REJECT_ID, Messages.Suggest_reject, false);
        createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, false);
    }

    @Override
    protected void buttonPressed(int buttonId) {
        if (buttonId == SELECT_ALL_ID || buttonId == SELECT_NONE_ID) {
            for (TableItem item : table.getItems()) {
                item.setChecked(buttonId == SELECT_ALL_ID);
            }
        } else if (buttonId == IDialogConstants.OK_ID || buttonId == REJECT_ID) {
            List<ScenarioCandidate> checked = checked();
            if (checked.isEmpty()) {
                setErrorMessage(Messages.Suggest_noneChecked);
                return;
            }
            decision = new Decision(buttonId == REJECT_ID ? Verdict.REJECT : Verdict.ACCEPT, checked);
            setReturnCode(OK);
            close();
        } else {
            super.buttonPressed(buttonId);
        }
    }

    private List<ScenarioCandidate> checked() {
        List<ScenarioCandidate> checked = new ArrayList<>();
        for (TableItem item : table.getItems()) {
            if (item.getChecked()) {
                checked.add((ScenarioCandidate) item.getData());
            }
        }
        return checked;
    }
}
