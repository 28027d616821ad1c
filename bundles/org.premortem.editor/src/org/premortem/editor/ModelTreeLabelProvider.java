/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.editor;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.swt.graphics.Image;
import org.premortem.model.stpa.IdentifiedElement;
import org.premortem.ui.emf.ElementIcons;
import org.premortem.ui.emf.ItemProviderLabelProvider;

/**
 * Labels and icons of the model tree: the elements' own (one icon per kind), and for the folders their name and
 * how many elements they hold ("Losses (1)"); a UCA group shows its controller's or control action's name and icon.
 */
final class ModelTreeLabelProvider extends ItemProviderLabelProvider {

    ModelTreeLabelProvider(AdapterFactory adapterFactory) {
        super(adapterFactory);
    }

    @Override
    public String getText(Object element) {
        return switch (element) {
            case TreeFolder.Category category -> Messages.bind(Messages.Folder_count, category.category().label(),
                    category.elements().size());
            case TreeFolder.Controller group -> Messages.bind(Messages.Folder_count,
                    group.controller() == null ? Messages.Folder_noController : name(group.controller()),
                    group.ucas().size());
            case TreeFolder.Action group -> Messages.bind(Messages.Folder_count,
                    group.action() == null ? Messages.Folder_noControlAction : name(group.action()),
                    group.children().size());
            default -> super.getText(element);
        };
    }

    @Override
    public Image getImage(Object element) {
        return switch (element) {
            case TreeFolder.Category category -> folderImage();
            case TreeFolder.Controller group -> group.controller() == null ? folderImage()
                    : super.getImage(group.controller());
            case TreeFolder.Action group -> group.action() == null ? folderImage() : super.getImage(group.action());
            default -> super.getImage(element);
        };
    }

    private Image folderImage() {
        return ElementIcons.descriptor(ElementIcons.FOLDER).map(this::imageOf).orElse(null);
    }

    private static String name(IdentifiedElement element) {
        String text = element.labelText();
        return text == null || text.isBlank() ? element.getDisplayId() : text;
    }
}
