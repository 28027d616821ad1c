/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.editor;

import java.util.Collection;
import java.util.function.Consumer;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.ui.IWorkbenchActionConstants;

/** The model tree's context menu: New Child, New Sibling (every kind the item providers allow), Delete. */
final class ModelMenu {

    private ModelMenu() {
    }

    static void fill(IMenuManager menu, EditingDomain domain, IStructuredSelection selection, IAction delete,
            Consumer<Collection<?>> reveal) {
        if (selection.size() == 1 && selection.getFirstElement() instanceof EObject selected) {
            MenuManager children = new MenuManager(Messages.Menu_newChild);
            for (Object descriptor : domain.getNewChildDescriptors(selected, null)) {
                children.add(new CreateChildAction(domain, selected, descriptor, selected, reveal));
            }
            menu.add(children);
            Object parent = domain.getParent(selected);
            if (parent instanceof EObject) {
                MenuManager siblings = new MenuManager(Messages.Menu_newSibling);
                for (Object descriptor : domain.getNewChildDescriptors(null, selected)) {
                    siblings.add(new CreateChildAction(domain, parent, descriptor, selected, reveal));
                }
                menu.add(siblings);
            }
        }
        menu.add(new Separator());
        menu.add(delete);
        menu.add(new Separator(IWorkbenchActionConstants.MB_ADDITIONS));
    }
}
