/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.editor;

import java.util.Collection;
import java.util.List;
import java.util.function.Consumer;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.ui.IWorkbenchActionConstants;

/**
 * The model tree's context menu. On an element: New Child and New Sibling (each kind by its name), Rename, Delete.
 * On a folder: New &lt;kind&gt; for the kind it holds.
 */
final class ModelMenu {

    private ModelMenu() {
    }

    static void fill(IMenuManager menu, EditingDomain domain, IStructuredSelection selection, IAction rename,
            IAction delete, Consumer<Collection<?>> created) {
        if (selection.size() == 1 && selection.getFirstElement() instanceof EObject selected) {
            List<?> single = List.of(selected);
            MenuManager children = new MenuManager(Messages.Menu_newChild);
            for (NewElements.Choice choice : NewElements.children(domain, selected)) {
                children.add(new CreateChildAction(domain, choice, single, created));
            }
            menu.add(children);
            List<NewElements.Choice> siblings = NewElements.siblings(domain, selected);
            if (!siblings.isEmpty()) {
                MenuManager siblingMenu = new MenuManager(Messages.Menu_newSibling);
                for (NewElements.Choice choice : siblings) {
                    siblingMenu.add(new CreateChildAction(domain, choice, single, created));
                }
                menu.add(siblingMenu);
            }
        } else if (selection.size() == 1 && selection.getFirstElement() instanceof TreeFolder folder) {
            for (NewElements.Choice choice : NewElements.inFolder(domain, folder)) {
                menu.add(new CreateChildAction(domain, choice, List.of(folder.analysis()), created));
            }
        }
        menu.add(new Separator());
        menu.add(rename);
        menu.add(delete);
        menu.add(new Separator(IWorkbenchActionConstants.MB_ADDITIONS));
    }
}
