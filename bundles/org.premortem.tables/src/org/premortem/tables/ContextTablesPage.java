/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.tables;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.UnexecutableCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.ISelectionProvider;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.layout.RowData;
import org.eclipse.swt.layout.RowLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.premortem.core.query.AnalysisQuery;
import org.premortem.model.stpa.Analysis;
import org.premortem.model.stpa.ContextTable;
import org.premortem.model.stpa.ContextTableRow;
import org.premortem.model.stpa.ControlAction;
import org.premortem.model.stpa.Hazard;
import org.premortem.model.stpa.ProcessModelVariable;
import org.premortem.model.stpa.StpaPackage;
import org.premortem.model.stpa.UcaType;
import org.premortem.model.stpa.UnsafeControlAction;
import org.premortem.model.stpa.VariableValue;

/**
 * Page "Context tables" of the editor: for the chosen control action, its context table — one row per combination
 * of the controller's process-model variable values, a column per UCA type (click to mark the row hazardous for
 * it), the row's hazards (click to choose), the UCAs generated from it and its rationale (edited in place); a
 * click on a column header sorts the rows, the filter narrows them. "Generate UCAs" turns every hazardous
 * (row, type) without a UCA into one, linked back to its row, and says how many it made.
 */
public final class ContextTablesPage {

    private static final List<UcaType> TYPES = UcaType.VALUES;
    private static final StpaPackage STPA = StpaPackage.eINSTANCE;

    private final Analysis analysis;
    private final EditingDomain domain;
    private final ContextTableCommands commands;
    private final PageSelection selection = new PageSelection();
    private final Composite control;
    private final ActionChooser chooser;
    private final ModelRefresher refresher;
    private final Label hint;
    private final ElementTable<ContextTableRow> rowTable;
    private List<ControlAction> choices = List.of();
    private ControlAction action;
    private Map<ContextTableRow, List<UnsafeControlAction>> ucasByRow = Map.of();

    public ContextTablesPage(Composite parent, Analysis analysis, EditingDomain domain) {
        this.analysis = Objects.requireNonNull(analysis);
        this.domain = Objects.requireNonNull(domain);
        this.commands = new ContextTableCommands(domain, analysis);
        control = new Composite(parent, SWT.NONE);
        control.setLayout(new GridLayout(2, false));
        // The control actions to choose from (thousands in a large analysis) in a filtered virtual list on the left;
        // the chosen action's table on the right.
        chooser = new ActionChooser(control, this::showAction);
        GridData chooserData = new GridData(SWT.FILL, SWT.FILL, false, true);
        chooserData.widthHint = 240;
        chooser.control().setLayoutData(chooserData);
        Composite main = new Composite(control, SWT.NONE);
        GridLayout mainLayout = new GridLayout(1, false);
        mainLayout.marginWidth = 0;
        mainLayout.marginHeight = 0;
        main.setLayout(mainLayout);
        main.setLayoutData(narrow(new GridData(SWT.FILL, SWT.FILL, true, true)));
        // The controls above the table wrap onto a second line in a narrow editor rather than widen the page, which
        // would push the table's right part (and its scroll bar's end) out of sight.
        Composite bar = new Composite(main, SWT.NONE);
        RowLayout barLayout = new RowLayout(SWT.HORIZONTAL);
        barLayout.center = true;
        barLayout.marginLeft = 0;
        barLayout.marginRight = 0;
        bar.setLayout(barLayout);
        bar.setLayoutData(narrow(new GridData(SWT.FILL, SWT.TOP, true, false)));
        Button create = new Button(bar, SWT.PUSH);
        create.setText(Messages.Context_create);
        create.addListener(SWT.Selection, event -> createTable());
        Button generate = new Button(bar, SWT.PUSH);
        generate.setText(Messages.Context_generate);
        generate.addListener(SWT.Selection, event -> tellGenerated(generateUcas()));
        Text filter = FilterField.create(bar);
        filter.setLayoutData(new RowData(200, SWT.DEFAULT));
        hint = new Label(main, SWT.WRAP);
        hint.setText(Messages.Context_none);
        hint.setLayoutData(narrow(new GridData(SWT.FILL, SWT.TOP, true, false)));
        rowTable = new ElementTable<>(main, analysis, domain, this::rows, this::columns);
        rowTable.control().setLayoutData(narrow(new GridData(SWT.FILL, SWT.FILL, true, true)));
        rowTable.showRowLabels(row -> Integer.toString(rows().indexOf(row) + 1), 40);
        rowTable.onSelection(() -> selection.set(rowTable.selectedElements()));
        FilterField.connect(filter, rowTable::setFilter);
        refresher = ModelRefresher.install(analysis, control, this::refresh);
        refresh();
    }

    /**
     * The columns of the table shown: one per variable (its values), one per UCA type (a check where the row is
     * hazardous; a click toggles), the row's hazards (a click opens the chooser), its UCAs, and its rationale
     * (edited in place).
     */
    private List<ElementColumn<ContextTableRow>> columns() {
        ContextTable table = table().orElse(null);
        if (table == null) {
            return List.of();
        }
        ucasByRow = analysis.getUnsafeControlActions().stream().filter(uca -> uca.getContextTableRow() != null)
                .collect(Collectors.groupingBy(UnsafeControlAction::getContextTableRow));
        List<ElementColumn<ContextTableRow>> columns = new ArrayList<>();
        for (ProcessModelVariable variable : table.getVariables()) {
            columns.add(ElementColumn.shown(UcaWording.nameOrUnnamed(variable.getName()), 110,
                    row -> valueOf(row, variable)));
        }
        for (UcaType type : TYPES) {
            columns.add(ElementColumn.toggled(NLS.bind(Messages.Column_hazardous, UcaWording.typeName(type)), 110,
                    row -> row.getHazardousTypes().contains(type) ? Messages.Matrix_linked : "",
                    row -> toggleHazardous(row, type)));
        }
        columns.add(ElementColumn.clicked(Messages.Column_hazards, 110, row -> ElementColumn.ids(row.getHazards()),
                row -> TableDialogs.hazards(control.getShell(), analysis, row.getHazards())
                        .ifPresent(hazards -> setHazards(row, hazards))));
        columns.add(ElementColumn.shown(Messages.Column_rowUcas, 110,
                row -> ElementColumn.ids(ucasByRow.getOrDefault(row, List.of()))));
        columns.add(ElementColumn.edited(Messages.Column_rationale, 260, STPA.getContextTableRow_Rationale()));
        return columns;
    }

    private static String valueOf(ContextTableRow row, ProcessModelVariable variable) {
        return row.getValues().stream().filter(v -> v.getVariable() == variable).map(VariableValue::getValue)
                .findFirst().orElse("");
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
        refresher.flush();
        return choices;
    }

    /** Shows the context table of a control action (as choosing it at the top does). */
    public void showAction(ControlAction shown) {
        action = shown;
        chooser.select(shown);
        refresh();
    }

    /** The control action chosen (whose context table is shown, if it has one). */
    public ControlAction shownAction() {
        return action;
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

    /**
     * Creates the chosen action's context table, with all combinations of its controller's variable values, and
     * selects its first row.
     */
    public void createTable() {
        if (action != null && table().isEmpty()) {
            execute(commands.create(action));
            refresh();
            rows().stream().findFirst().ifPresent(first -> rowTable.select(first, 0));
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

    /**
     * Turns the hazardous rows of the table shown into UCAs linked to their rows (one command); returns how many it
     * made and how many already existed. The button then tells the user so.
     */
    public ContextTableCommands.Generation generateUcas() {
        return table().map(table -> {
            ContextTableCommands.Generation generation = commands.generateUcas(table);
            if (generation.generated() > 0) {
                execute(generation.command());
            }
            return generation;
        }).orElse(new ContextTableCommands.Generation(UnexecutableCommand.INSTANCE, 0, 0));
    }

    /** Says how many UCAs Generate made, or why it made none. */
    private void tellGenerated(ContextTableCommands.Generation generation) {
        if (table().isEmpty()) {
            return;
        }
        String message;
        if (generation.generated() == 0) {
            message = generation.existing() == 0 ? Messages.Context_noHazardousRow
                    : NLS.bind(Messages.Context_generatedNone, generation.existing());
        } else if (generation.generated() == 1) {
            message = NLS.bind(Messages.Context_generatedOne, generation.existing());
        } else {
            message = NLS.bind(Messages.Context_generated, generation.generated(), generation.existing());
        }
        MessageDialog.openInformation(control.getShell(), Messages.Context_generatedTitle, message);
    }

    /** The text of a cell of the table shown, as painted (rows as shown: filtered and sorted). */
    public String cellText(int column, int row) {
        refresher.flush();
        return rowTable.cellText(row, column);
    }

    /**
     * The rows of the table shown on the page: columns as {@link #cellText}; sorting, filtering, clicks and
     * in-place edits (the rationale) as the user does them.
     */
    public ElementTable<ContextTableRow> rowTable() {
        return rowTable;
    }

    private void refresh() {
        refresher.refreshed();
        choices = new AnalysisQuery(analysis).controlActions().stream().filter(a -> a.getSource() != null).toList();
        chooser.setActions(choices, choices.stream().map(a -> UcaWording.nameOf(a.getSource()) + " \u2192 "
                + UcaWording.nameOrUnnamed(a.getName())).toList());
        if (action == null || !choices.contains(action)) {
            action = choices.isEmpty() ? null : choices.get(0);
        }
        chooser.select(action);
        showHint(table().isEmpty());
        rowTable.refresh();
    }

    /** The control-action chooser's filter field (type to narrow the list). */
    public Text actionFilter() {
        return chooser.filter();
    }

    /** The control-action chooser's list (a click on a line chooses its action). */
    public Table actionList() {
        return chooser.list();
    }

    /** The control actions the chooser lists (those passing its filter), in order. */
    public List<ControlAction> listedActions() {
        return chooser.shown();
    }

    /** {@code data} asking for no width of its own: the control takes the page's width, whatever its content. */
    private static GridData narrow(GridData data) {
        data.widthHint = 1;
        return data;
    }

    /** Shows the hint only while there is no table, giving its room to the table otherwise. */
    private void showHint(boolean show) {
        if (hint.getVisible() != show) {
            hint.setVisible(show);
            ((GridData) hint.getLayoutData()).exclude = !show;
            hint.getParent().layout();
        }
    }

    private void execute(Command command) {
        domain.getCommandStack().execute(command);
    }
}
