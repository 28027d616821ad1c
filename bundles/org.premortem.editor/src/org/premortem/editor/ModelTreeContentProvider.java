/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.editor;

import java.util.Arrays;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.ecore.EObject;
import org.premortem.model.stpa.Analysis;
import org.premortem.model.stpa.UnsafeControlAction;
import org.premortem.ui.emf.ItemProviderContentProvider;

/**
 * The model tree's content: under the analysis one folder per kind of element ({@link ModelCategory}), the UCAs
 * grouped by controller and control action; below that what the item providers give. Parents are the folders, so
 * selecting an element with reveal expands its folders.
 */
final class ModelTreeContentProvider extends ItemProviderContentProvider {

    ModelTreeContentProvider(AdapterFactory adapterFactory) {
        super(adapterFactory);
    }

    @Override
    public Object[] getChildren(Object parent) {
        if (parent instanceof Analysis analysis) {
            return Arrays.stream(ModelCategory.values()).map(c -> new TreeFolder.Category(analysis, c)).toArray();
        }
        if (parent instanceof TreeFolder folder) {
            return folder.children().toArray();
        }
        return super.getChildren(parent);
    }

    @Override
    public boolean hasChildren(Object element) {
        if (element instanceof Analysis) {
            return true;
        }
        if (element instanceof TreeFolder.Category category) {
            return !category.elements().isEmpty();
        }
        if (element instanceof TreeFolder) {
            return true; // groups exist only for the UCAs they hold
        }
        return super.hasChildren(element);
    }

    @Override
    public Object getParent(Object element) {
        if (element instanceof TreeFolder folder) {
            return folder.parent();
        }
        if (element instanceof EObject object && object.eContainer() instanceof Analysis analysis) {
            if (object instanceof UnsafeControlAction uca) {
                return TreeFolder.folderOf(analysis, uca);
            }
            return ModelCategory.of(object.eContainmentFeature())
                    .<Object>map(category -> new TreeFolder.Category(analysis, category))
                    .orElse(analysis);
        }
        return super.getParent(element);
    }
}
