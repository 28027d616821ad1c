/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.tables;

import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.viewers.ISelectionProvider;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.premortem.core.query.AnalysisQuery;
import org.premortem.model.stpa.Analysis;
import org.premortem.model.stpa.ContextTable;
import org.premortem.model.stpa.ContextTableRow;
import org.premortem.model.stpa.ControlAction;
import org.premortem.model.stpa.Hazard;
import org.premortem.model.stpa.UcaType;
import org.premortem.model.stpa.VariableValue;

/**
 * Page "Context tables" of the editor: for the chosen control action, its context table — one row per combination
 * of the controller's process-model variable values, a column per UCA type (click to mark the row hazardous for
 * it), the row's hazards (click to choose) and the UCAs generated from it. "Generate UCAs" turns every hazardous
 * (row, type) without a UCA into one, linked back to its row.
 */
public final class ContextTablesPage {

    private static final List<UcaType> TYPES = UcaType.VALUES;

    private final Analysis analysis;
    private final EditingDomain domain;
    private final ContextTableCommands commands;
    private final PageSelection selection = new PageSelection();
    private final Composite control;
    private final Combo actions;
    private final Label hint;
    private final TableGrid grid;
    private List<ControlAction> choices = List.of();
    private ControlAction action;

    public ContextTablesPage(Composite parent, Analysis analysis, EditingDomain domain) {
        this.analysis = Objects.requireNonNull(analysis);
        this.domain = Objects.requireNonNull(domain);
        this.commands = new ContextTableCommands(domain, analysis);
        control = new Composite(parent, SWT.NONE);
        control.setLayout(new GridLayout(4, false));
        new Label(control, SWT.NONE).setText(Messages.Context_action);
        actions = new Combo(control, SWT.READ_ONLY);
        actions.addListener(SWT.Selection, event -> showAction(choices.get(actions.getSelectionIndex())));
        Button create = new Button(control, SWT.PUSH);
        create.setText(Messages.Context_create);
        create.addListener(SWT.Selection, event -> createTable());
        Button generate = new Button(control, SWT.PUSH);
        generate.setText(Messages.Context_generate);
        generate.addListener(SWT.Selection, event -> generateUcas());
        hint = new Label(control, SWT.WRAP);
        hint.setText(Messages.Context_none);
        hint.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 4, 1));
        grid = new TableGrid(control, new ReadOnlyData(this::columnCount, this::rowCount, this::cellText),
                new ReadOnlyData(this::columnCount, () -> 1, (c, r) -> header(c)),
                new ReadOnlyData(1, this::rowCount, (c, r) -> Integer.toString(r + 1)), true);
        grid.table().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 4, 1));
        grid.setColumnWidths(40, 110);
        grid.setColumnHeaderHeight(40);
        grid.table().addListener(SWT.MouseDown, event -> {
            if (event.button == 1 && (event.stateMask & SWT.MODIFIER_MASK) == 0) {
                grid.bodyCellAt(event.x, event.y).ifPresent(cell -> clicked(cell.x, cell.y));
            }
        });
        grid.onSelection(() -> selection.set(grid.selectedCell().filter(cell -> cell.y < rowCount())
                .<List<Object>>map(cell -> List.of(rows().get(cell.y))).orElse(List.of())));
        ModelRefresher.install(analysis, control, this::refresh);
        refresh();
    }

    public Control control() {
        return control;
    }

    /** The selected row, for Outline and Properties. */
    public ISelectionProvider selectionProvider() {
        return selection;
    }

    /** The control actions that can have a context table (those with a controller). */
    public List<ControlAction> controlActions() {
        return choices;
    }

    /** Shows the context table of a control action (as choosing it at the top does). */
    public void showAction(ControlAction shown) {
        action = shown;
        actions.select(choices.indexOf(shown));
        refresh();
    }

    /** The context table shown, if the chosen action has one. */
    public Optional<ContextTable> table() {
        return analysis.getContextTables().stream().filter(t -> action != null && t.getControlAction() == action)
                .findFirst();
    }

    /** The rows of the table shown. */
    public List<ContextTableRow> rows() {
        return table().map(ContextTable::getRows).<List<ContextTableRow>>map(List::copyOf).orElse(List.of());
    }

    /** Creates the chosen action's context table, with all combinations of its controller's variable values. */
    public void createTable() {
        if (action != null && table().isEmpty()) {
            execute(commands.create(action));
        }
    }

    /** Marks a row hazardous for a UCA type, or clears the mark (a click on the cell). */
    public void toggleHazardous(ContextTableRow row, UcaType type) {
        execute(commands.toggleHazardous(row, type));
    }

    /** Replaces the hazards of a row. */
    public void setHazards(ContextTableRow row, Collection<Hazard> hazards) {
        execute(commands.setHazards(row, hazards));
    }

    /** Turns the hazardous rows of the table shown into UCAs linked to their rows. */
    public void generateUcas() {
        table().ifPresent(table -> execute(commands.generateUcas(table)));
    }

    /** The text of a cell, as painted. */
    public String cellText(int column, int row) {
        ContextTable table = table().orElseThrow();
        ContextTableRow tableRow = table.getRows().get(row);
        int variables = table.getVariables().size();
        if (column < variables) {
            return tableRow.getValues().stream().filter(v -> v.getVariable() == table.getVariables().get(column))
                    .map(VariableValue::getValue).findFirst().orElse("");
        }
        if (column < variables + TYPES.size()) {
            return tableRow.getHazardousTypes().contains(TYPES.get(column - variables)) ? Messages.Matrix_linked : "";
        }
        if (column == variables + TYPES.size()) {
            return ElementColumn.ids(tableRow.getHazards());
        }
        return ElementColumn.ids(analysis.getUnsafeControlActions().stream()
                .filter(uca -> uca.getContextTableRow() == tableRow).toList());
    }

    private String header(int column) {
        ContextTable table = table().orElseThrow();
        int variables = table.getVariables().size();
        if (column < variables) {
            return UcaWording.nameOrUnnamed(table.getVariables().get(column).getName());
        }
        if (column < variables + TYPES.size()) {
            return NLS.bind(Messages.Column_hazardous, UcaWording.typeName(TYPES.get(column - variables)));
        }
        return column == variables + TYPES.size() ? Messages.Column_hazards : Messages.Column_rowUcas;
    }

    private int columnCount() {
        return table().map(t -> t.getVariables().size() + TYPES.size() + 2).orElse(0);
    }

    private int rowCount() {
        return table().map(t -> t.getRows().size()).orElse(0);
    }

    private void clicked(int column, int row) {
        ContextTable table = table().orElse(null);
        if (table == null || row >= table.getRows().size()) {
            return;
        }
        int type = column - table.getVariables().size();
        ContextTableRow tableRow = table.getRows().get(row);
        if (type >= 0 && type < TYPES.size()) {
            toggleHazardous(tableRow, TYPES.get(type));
        } else if (type == TYPES.size()) {
            TableDialogs.hazards(control.getShell(), analysis, tableRow.getHazards())
                    .ifPresent(hazards -> setHazards(tableRow, hazards));
        }
    }

    private void refresh() {
        choices = new AnalysisQuery(analysis).controlActions().stream().filter(a -> a.getSource() != null).toList();
        actions.setItems(choices.stream().map(a -> UcaWording.nameOf(a.getSource()) + " \u2192 "
                + UcaWording.nameOrUnnamed(a.getName())).toArray(String[]::new));
        if (action == null || !choices.contains(action)) {
            action = choices.isEmpty() ? null : choices.get(0);
        }
        actions.select(choices.indexOf(action));
        hint.setVisible(table().isEmpty());
        grid.refresh();
    }

    private void execute(Command command) {
        domain.getCommandStack().execute(command);
    }
}
