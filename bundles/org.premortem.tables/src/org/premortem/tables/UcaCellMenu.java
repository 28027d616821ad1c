/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.tables;

import java.util.List;

import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Shell;
import org.premortem.core.query.UcaCategories;
import org.premortem.model.stpa.ControlAction;
import org.premortem.model.stpa.NotApplicableEntry;
import org.premortem.model.stpa.UcaCategory;
import org.premortem.model.stpa.UcaType;
import org.premortem.model.stpa.UnsafeControlAction;

/**
 * The context menu of a UCA-table cell: add a UCA of each type of the cell's category (standard wording, then the
 * hazard chooser), mark the cell not applicable, and edit (in place, or in a dialog), re-link, suggest loss scenarios
 * for (the scenario assistant's checklist) or delete each entry of the cell.
 */
final class UcaCellMenu {

    private final UcaTablePage page;

    UcaCellMenu(UcaTablePage page) {
        this.page = page;
    }

    MenuManager manager() {
        MenuManager manager = new MenuManager();
        manager.setRemoveAllWhenShown(true);
        manager.addMenuListener(this::fill);
        return manager;
    }

    private void fill(IMenuManager menu) {
        page.selectedCell().ifPresent(cell -> {
            ControlAction action = cell.action();
            UcaCategory category = cell.category();
            for (UcaType type : UcaCategories.typesOf(category)) {
                menu.add(action(NLS.bind(Messages.Menu_addUca, UcaWording.typeName(type)), () -> add(action, type)));
            }
            menu.add(action(Messages.Menu_notApplicable, () -> markNotApplicable(action, category)));
            menu.add(new Separator());
            for (UnsafeControlAction uca : page.ucas(action, category)) {
                menu.add(action(NLS.bind(Messages.Menu_edit, uca.getDisplayId()), () -> editInPlaceLater(uca)));
                menu.add(action(NLS.bind(Messages.Menu_editInDialog, uca.getDisplayId()), () -> edit(uca)));
                menu.add(action(NLS.bind(Messages.Menu_hazards, uca.getDisplayId()), () -> chooseHazards(uca)));
                menu.add(action(NLS.bind(Messages.Suggest_menu, uca.getDisplayId()),
                        () -> page.suggestScenarios(uca)));
                menu.add(action(NLS.bind(Messages.Menu_delete, uca.getDisplayId()), () -> page.delete(List.of(uca))));
            }
            for (NotApplicableEntry entry : page.model().notApplicable(action, category)) {
                menu.add(action(NLS.bind(Messages.Menu_delete, entry.getLabel()), () -> page.delete(List.of(entry))));
            }
        });
    }

    /**
     * Edits a UCA of a cell in place (a double-click on the cell, or F2): its only UCA at once; with several, a
     * menu at {@code location} (display coordinates) asks which.
     */
    void editInPlace(ControlAction action, UcaCategory category, Point location) {
        List<UnsafeControlAction> ucas = page.ucas(action, category);
        if (ucas.size() == 1) {
            page.editInPlace(ucas.get(0));
        } else if (ucas.size() > 1) {
            Menu which = new Menu(page.control());
            for (UnsafeControlAction uca : ucas) {
                MenuItem item = new MenuItem(which, SWT.PUSH);
                item.setText(NLS.bind(Messages.Menu_edit, uca.getDisplayId()));
                item.addListener(SWT.Selection, event -> editInPlaceLater(uca));
            }
            which.setLocation(location);
            which.setVisible(true);
        }
    }

    /** Opens the in-place editor once the menu is gone, so the menu's closing does not take the focus from it. */
    private void editInPlaceLater(UnsafeControlAction uca) {
        page.control().getDisplay().asyncExec(() -> {
            if (!page.control().isDisposed()) {
                page.editInPlace(uca);
            }
        });
    }

    private void add(ControlAction action, UcaType type) {
        String title = Messages.Dialog_addUcaTitle;
        String message = NLS.bind(Messages.Dialog_addUcaMessage, action.getName(), UcaWording.typeName(type));
        String template = UcaWording.standard(action, type);
        TableDialogs.completing(shell(), title, message, template, UcaWording.openingOf(template))
                .ifPresent(text -> TableDialogs.hazards(shell(), page.analysis(), List.of())
                        .ifPresent(hazards -> page.addUca(action, type, text, hazards)));
    }

    private void markNotApplicable(ControlAction action, UcaCategory category) {
        String message = NLS.bind(Messages.Dialog_rationaleMessage, action.getName(),
                UcaWording.categoryName(category));
        TableDialogs.text(shell(), Messages.Dialog_rationaleTitle, message, "")
                .ifPresent(rationale -> page.markNotApplicable(action, category, rationale));
    }

    private void edit(UnsafeControlAction uca) {
        String message = NLS.bind(Messages.Dialog_editMessage, uca.getDisplayId());
        TableDialogs.text(shell(), Messages.Dialog_editTitle, message, uca.getText())
                .ifPresent(text -> page.editText(uca, text));
    }

    private void chooseHazards(UnsafeControlAction uca) {
        TableDialogs.hazards(shell(), page.analysis(), uca.getHazards())
                .ifPresent(hazards -> page.setHazards(uca, hazards));
    }

    private Shell shell() {
        return page.control().getShell();
    }

    private static Action action(String text, Runnable run) {
        return new Action(text) {
            @Override
            public void run() {
                run.run();
            }
        };
    }
}
