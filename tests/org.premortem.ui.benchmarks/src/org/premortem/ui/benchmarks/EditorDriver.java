/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.ui.benchmarks;

import java.util.List;
import java.util.Objects;

import org.eclipse.core.resources.IFile;
import org.eclipse.jface.action.IAction;
import org.eclipse.nebula.widgets.nattable.NatTable;
import org.eclipse.nebula.widgets.nattable.grid.layer.DefaultGridLayer;
import org.eclipse.nebula.widgets.nattable.viewport.ViewportLayer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.custom.CTabItem;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.ToolBar;
import org.eclipse.swt.widgets.ToolItem;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.ide.IDE;
import org.premortem.editor.PremortemEditor;
import org.premortem.model.stpa.ControlAction;
import org.premortem.model.stpa.UcaType;
import org.premortem.tables.UcaTablePage;
import org.premortem.tables.UcaWording;

/**
 * Drives a Premortem editor as a user does, by the same paths a click takes: opens the file from the workspace,
 * selects a page by its tab (the tab folder's selection event, which the multi-page editor answers), scrolls the UCA
 * table's viewport, adds a UCA through the UCA table page (what the cell menu's "Add UCA" does once its dialogs are
 * answered), Edit > Undo (the editor's global undo action), File > Save, and the diagram's Lay out button.
 */
final class EditorDriver {

    /** The pages in tab order, as PremortemEditor adds them. */
    static final List<String> PAGES = List.of("Model", "Control structure", "UCA table", "Traceability", "Scenarios",
            "Context tables");
    static final int DIAGRAM = 1;
    static final int UCA_TABLE = 2;

    private final IWorkbenchPage page;
    private final IFile file;
    private PremortemEditor editor;

    EditorDriver(IWorkbenchPage page, IFile file) {
        this.page = Objects.requireNonNull(page);
        this.file = Objects.requireNonNull(file);
    }

    void open() {
        try {
            editor = (PremortemEditor) IDE.openEditor(page, file, PremortemEditor.ID, true);
        } catch (PartInitException e) {
            throw new IllegalStateException(e);
        }
    }

    PremortemEditor editor() {
        return editor;
    }

    /** The page the editor shows first (the model tree). */
    Control firstPage() {
        return editor.modelTree();
    }

    /** The editor's page tabs (the model tree's parent: the first page, always built at open). */
    private CTabFolder tabs() {
        return (CTabFolder) editor.modelTree().getParent();
    }

    /** The control of page {@code index} (in tab order). */
    Control pageControl(int index) {
        return tabs().getItem(index).getControl();
    }

    /** Selects a page by its tab, as a click on the tab does. */
    void showPage(int index) {
        CTabFolder tabs = tabs();
        CTabItem item = tabs.getItem(index);
        tabs.setSelection(item);
        Event event = new Event();
        event.item = item;
        tabs.notifyListeners(SWT.Selection, event);
    }

    UcaTablePage ucaTable() {
        return editor.ucaTablePage();
    }

    NatTable ucaTableControl() {
        return (NatTable) editor.ucaTablePage().tableControl();
    }

    /** The body's viewport of the UCA table: its origin is what the vertical scroll bar moves. */
    ViewportLayer ucaTableViewport() {
        return ((DefaultGridLayer) ucaTableControl().getLayer()).getBodyLayer().getViewportLayer();
    }

    /** A control action in the middle of the table, where an analyst would add a UCA. */
    ControlAction middleAction() {
        List<ControlAction> rows = ucaTable().rows();
        return rows.get(rows.size() / 2);
    }

    /** Adds a UCA of a "not provided" type with the standard wording completed and the first hazard. */
    void addUca(ControlAction action) {
        String text = UcaWording.standard(action, UcaType.NOT_PROVIDED).replace("\u2026", "the plant is above limit");
        ucaTable().addUca(action, UcaType.NOT_PROVIDED, text, List.of(editor.analysis().getHazards().get(0)));
    }

    /** Edit > Undo. */
    void undo() {
        IAction undo = editor.getEditorSite().getActionBars().getGlobalActionHandler(ActionFactory.UNDO.getId());
        if (undo == null || !undo.isEnabled()) {
            throw new IllegalStateException("Undo is not enabled");
        }
        undo.run();
    }

    /** File > Save (the workbench's save of the active editor). */
    void save() {
        if (!page.saveEditor(editor, false)) {
            throw new IllegalStateException("the editor did not save");
        }
    }

    boolean isDirty() {
        return editor.isDirty();
    }

    /** Presses the diagram page's "Lay out" button. */
    void layOut() {
        ToolItem button = find((Composite) pageControl(DIAGRAM), "Lay out");
        button.notifyListeners(SWT.Selection, new Event());
    }

    private static ToolItem find(Composite root, String text) {
        for (Control child : root.getChildren()) {
            if (child instanceof ToolBar bar) {
                for (ToolItem item : bar.getItems()) {
                    if (text.equals(item.getText())) {
                        return item;
                    }
                }
            }
            if (child instanceof Composite composite) {
                ToolItem found = findOrNull(composite, text);
                if (found != null) {
                    return found;
                }
            }
        }
        throw new IllegalStateException("no tool item '" + text + "'");
    }

    private static ToolItem findOrNull(Composite root, String text) {
        try {
            return find(root, text);
        } catch (IllegalStateException e) {
            return null;
        }
    }

    void close() {
        if (editor != null) {
            page.closeEditor(editor, false);
            editor = null;
        }
    }
}
