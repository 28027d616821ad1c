/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.tables;

import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.viewers.ISelectionProvider;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Text;
import org.premortem.core.query.UcaCategories;
import org.premortem.model.stpa.Analysis;
import org.premortem.model.stpa.ControlAction;
import org.premortem.model.stpa.Hazard;
import org.premortem.model.stpa.NotApplicableEntry;
import org.premortem.model.stpa.UcaCategory;
import org.premortem.model.stpa.UcaType;
import org.premortem.model.stpa.UnsafeControlAction;

/**
 * Page "UCA table" of the editor: the Handbook's UCA table on a NatTable (see {@link UcaTableModel}). A cell's
 * context menu adds a UCA with the standard wording pre-filled and hazards picked from a chooser, marks the cell
 * not applicable with a rationale, edits or deletes its entries; double-clicking a cell (or F2) edits its UCA's text
 * in place. The public operations below are what those menus call; every one is a single command on the editor's
 * stack.
 */
public final class UcaTablePage {

    private final Analysis analysis;
    private final EditingDomain domain;
    private final TableCommands commands;
    private final UcaTableModel model;
    private final PageSelection selection = new PageSelection();
    private final Composite control;
    private final TableGrid grid;
    private final ModelRefresher refresher;
    private InPlaceTextEditor inPlace;
    /** The element just added to the selected cell, which alone is the selection until another cell is chosen. */
    private Object focus;

    public UcaTablePage(Composite parent, Analysis analysis, EditingDomain domain) {
        this.analysis = Objects.requireNonNull(analysis);
        this.domain = Objects.requireNonNull(domain);
        this.commands = new TableCommands(domain, analysis);
        this.model = new UcaTableModel(analysis);
        control = new Composite(parent, SWT.NONE);
        control.setLayout(new GridLayout(2, false));
        refresher = ModelRefresher.install(analysis, control, this::changed);
        Text filter = FilterField.create(control);
        filter.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        FilterField.connect(filter, this::setFilter);
        grid = new TableGrid(control, model.body(), model.columnHeader(), model.rowHeader(), true);
        grid.table().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 2, 1));
        grid.setColumnWidths(110, 220);
        grid.setRowHeaderColumnWidth(1, 140);
        grid.setColumnHeaderHeight(40);
        grid.onSelection(this::selectionChanged);
        UcaCellMenu menu = new UcaCellMenu(this);
        MenuManager manager = menu.manager();
        grid.table().setMenu(manager.createContextMenu(grid.table()));
        grid.table().addListener(SWT.MouseDown, event -> {
            if (event.button == 3) {
                grid.bodyCellAt(event.x, event.y).ifPresent(cell -> grid.selectCell(cell.x, cell.y));
            }
        });
        grid.table().addListener(SWT.MouseDoubleClick, event -> grid.bodyCellAt(event.x, event.y)
                .filter(cell -> cell.y < model.rows().size())
                .ifPresent(cell -> menu.editInPlace(model.rows().get(cell.y), UcaTableModel.category(cell.x),
                        grid.table().toDisplay(event.x, event.y))));
        grid.table().addListener(SWT.KeyDown, event -> {
            if (event.keyCode == SWT.F2) {
                selectedCell().ifPresent(cell -> menu.editInPlace(cell.action(), cell.category(),
                        grid.table().getDisplay().getCursorLocation()));
            }
        });
    }

    public Control control() {
        return control;
    }

    /** The model elements of the selected cell, for Outline and Properties. */
    public ISelectionProvider selectionProvider() {
        return selection;
    }

    /** The control actions shown, one per row, grouped by controller. */
    public List<ControlAction> rows() {
        refresher.flush();
        return model.rows();
    }

    /** The text of a cell, as painted. */
    public String cellText(ControlAction action, UcaCategory category) {
        refresher.flush();
        return model.cellText(action, category);
    }

    /** The UCAs listed in a cell. */
    public List<UnsafeControlAction> ucas(ControlAction action, UcaCategory category) {
        refresher.flush();
        return model.ucas(action, category);
    }

    /** Shows only the rows whose controller, action or cells contain {@code text} (ignoring case). */
    public void setFilter(String text) {
        model.setFilter(text);
        grid.refresh();
    }

    /**
     * Adds a UCA to the cell of {@code type}'s category, then selects the cell, scrolled into view, with the new UCA
     * as the page's selection (so Outline and Properties show it).
     */
    public void addUca(ControlAction action, UcaType type, String text, Collection<Hazard> hazards) {
        Command command = commands.addUca(action, type, text, hazards);
        execute(command);
        added(command, action, UcaCategories.categoryOf(type));
    }

    /** Marks a cell not applicable, with the analyst's rationale, and selects the new entry as {@link #addUca} does. */
    public void markNotApplicable(ControlAction action, UcaCategory category, String rationale) {
        Command command = commands.markNotApplicable(action, category, rationale);
        execute(command);
        added(command, action, category);
    }

    /** Shows what {@code command} added to a cell: the cell selected and in view, the element the selection. */
    private void added(Command command, ControlAction action, UcaCategory category) {
        refresher.flush();
        focus = command.getResult().stream() // what it added, not an entry it replaced (no longer contained)
                .filter(element -> element instanceof UnsafeControlAction || element instanceof NotApplicableEntry)
                .filter(element -> ((EObject) element).eContainer() != null).findFirst().orElse(null);
        selectCell(action, category);
        selectionChanged();
        grid.table().setFocus();
    }

    /** Replaces a UCA's text. */
    public void editText(UnsafeControlAction uca, String text) {
        execute(commands.editText(uca, text));
    }

    /**
     * Opens a text field over the UCA's cell to edit its text in place (what a double-click on the cell, F2 or
     * "Edit UCA-n" does): Enter commits it as one command, Escape cancels. Empty if the UCA has no cell shown.
     */
    public Optional<Text> editInPlace(UnsafeControlAction uca) {
        closeInPlaceEditor();
        if (uca.getControlAction() == null || uca.getType() == null) {
            return Optional.empty();
        }
        UcaCategory category = UcaCategories.categoryOf(uca.getType());
        selectCell(uca.getControlAction(), category);
        return cellBounds(uca.getControlAction(), category).map(bounds -> {
            inPlace = InPlaceTextEditor.open(grid.table(), bounds, uca.getText(), text -> editText(uca, text));
            return inPlace.field();
        });
    }

    /** Where a cell is, in the coordinates of the table control; empty if it is filtered out or not in view. */
    public Optional<Rectangle> cellBounds(ControlAction action, UcaCategory category) {
        refresher.flush();
        int row = model.rows().indexOf(action);
        return row < 0 ? Optional.empty() : grid.bodyCellBounds(category.getValue(), row);
    }

    /** The table control itself (a NatTable), where the mouse acts. */
    public Control tableControl() {
        return grid.table();
    }

    private void closeInPlaceEditor() {
        if (inPlace != null && inPlace.isOpen()) {
            inPlace.commit();
        }
        inPlace = null;
    }

    /** Replaces a UCA's hazards. */
    public void setHazards(UnsafeControlAction uca, Collection<Hazard> hazards) {
        execute(commands.setHazards(uca, hazards));
    }

    /** Deletes UCAs or not-applicable entries, with every reference to them. */
    public void delete(Collection<? extends EObject> elements) {
        execute(commands.delete(elements));
    }

    /** Selects a cell (as a click does), and with it the cell's elements (or its control action). */
    public void selectCell(ControlAction action, UcaCategory category) {
        refresher.flush();
        int row = model.rows().indexOf(action);
        if (row >= 0) {
            grid.selectCell(category.getValue(), row);
        }
    }

    /** The selected cell: its control action and category. */
    public Optional<Cell> selectedCell() {
        refresher.flush();
        return grid.selectedCell().filter(cell -> cell.y >= 0 && cell.y < model.rows().size())
                .map(cell -> new Cell(model.rows().get(cell.y), UcaTableModel.category(cell.x)));
    }

    /** A cell of the UCA table. */
    public record Cell(ControlAction action, UcaCategory category) {
    }

    Analysis analysis() {
        return analysis;
    }

    /** Shows the scenario assistant's candidates for {@code uca} as a checklist to accept or reject. */
    public void suggestScenarios(UnsafeControlAction uca) {
        new ScenarioSuggestions(analysis, domain).suggest(control().getShell(), uca);
    }

    UcaTableModel model() {
        return model;
    }

    private void execute(Command command) {
        domain.getCommandStack().execute(command);
    }

    /**
     * The page's selection: the elements of the selected cell (or its control action, if it is empty); only the
     * one just added while the cell it was added to stays selected.
     */
    private void selectionChanged() {
        selection.set(selectedCell().map(cell -> {
            List<Object> elements = model.elements(cell.action(), cell.category());
            if (focus != null && elements.contains(focus)) {
                return List.of(focus);
            }
            focus = null;
            return elements.isEmpty() ? List.<Object>of(cell.action()) : elements;
        }).orElse(List.of()));
    }

    /** After changes of the model: the cells they touched (or all rows, see {@link UcaTableModel#changed}). */
    private void changed(List<Notification> notifications) {
        model.changed(notifications);
        grid.refresh();
        selectionChanged();
    }
}
