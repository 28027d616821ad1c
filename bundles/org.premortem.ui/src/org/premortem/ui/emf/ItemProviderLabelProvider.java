/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.ui.emf;

import java.net.URL;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.edit.provider.ComposedImage;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.resource.LocalResourceManager;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.swt.graphics.Image;

/**
 * Labels of model elements from their EMF.Edit item providers ("UCA-3: Enactor does not ..."); icons from
 * {@link ElementIcons} (one per kind: a sensor differs from a controller), else from the item providers.
 */
public class ItemProviderLabelProvider extends LabelProvider {

    private final AdapterFactory adapterFactory;
    private final LocalResourceManager images = new LocalResourceManager(JFaceResources.getResources());

    public ItemProviderLabelProvider(AdapterFactory adapterFactory) {
        this.adapterFactory = Objects.requireNonNull(adapterFactory, "adapterFactory");
    }

    @Override
    public String getText(Object element) {
        Object provider = adapterFactory.adapt(element, IItemLabelProvider.class);
        return provider instanceof IItemLabelProvider label ? label.getText(element) : String.valueOf(element);
    }

    @Override
    public Image getImage(Object element) {
        Optional<ImageDescriptor> own = ElementIcons.of(element);
        if (own.isPresent()) {
            return images.create(own.get());
        }
        Object provider = adapterFactory.adapt(element, IItemLabelProvider.class);
        return provider instanceof IItemLabelProvider label ? image(label.getImage(element)) : null;
    }

    /** The image of {@code descriptor}, made once and disposed with this label provider. */
    protected Image imageOf(ImageDescriptor descriptor) {
        return images.create(descriptor);
    }

    /** Turns what item providers return as an image (a URL, or a composed image of URLs) into an SWT image. */
    Image image(Object image) {
        Object base = image;
        if (image instanceof ComposedImage composed) {
            List<Object> parts = composed.getImages();
            base = parts.isEmpty() ? null : parts.get(0);
        }
        if (base instanceof URL url) {
            return images.create(ImageDescriptor.createFromURL(url));
        }
        return null;
    }

    @Override
    public void dispose() {
        images.dispose();
        super.dispose();
    }
}
