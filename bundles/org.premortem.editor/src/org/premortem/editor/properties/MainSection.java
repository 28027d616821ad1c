/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.editor.properties;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.impl.AdapterImpl;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.IItemPropertySource;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.views.properties.tabbed.AbstractPropertySection;
import org.eclipse.ui.views.properties.tabbed.TabbedPropertySheetPage;
import org.eclipse.ui.views.properties.tabbed.TabbedPropertySheetWidgetFactory;
import org.premortem.core.query.IdOrder;
import org.premortem.model.stpa.IdentifiedElement;
import org.premortem.ui.emf.ItemPropertyDescriptor;

/**
 * The Main tab of Properties: a form with a labelled field per property of the selected element — texts in
 * multi-line fields, enumerations in the analyst's words, references with pickers. Every change is one command on
 * the editor's stack; the form follows changes made anywhere else at once.
 */
public final class MainSection extends AbstractPropertySection {

    /** Properties shown on one line; every other text gets several. */
    private static final Set<String> ONE_LINE = Set.of("name", "displayId", "id", "value", "unit");
    /** Derived or internal: not for the form. */
    private static final Set<String> HIDDEN = Set.of("label");

    private final List<PropertyField> fields = new ArrayList<>();
    private final AdapterImpl follower = new AdapterImpl() {
        @Override
        public void notifyChanged(Notification notification) {
            if (!notification.isTouch() && form != null && !form.isDisposed()) {
                form.getDisplay().asyncExec(MainSection.this::refresh);
            }
        }
    };
    private Composite form;
    private TabbedPropertySheetPage sheet;
    private IdentifiedElement element;

    @Override
    public void createControls(Composite parent, TabbedPropertySheetPage page) {
        super.createControls(parent, page);
        sheet = page;
        form = getWidgetFactory().createFlatFormComposite(parent);
        form.setLayout(new GridLayout(2, false));
    }

    @Override
    public void setInput(IWorkbenchPart part, ISelection selection) {
        super.setInput(part, selection);
        SectionInput input = SectionInput.of(part, selection).orElse(null);
        IdentifiedElement shown = input == null ? null : input.element();
        if (shown == element && !fields.isEmpty()) {
            return;
        }
        follow(shown);
        rebuild(input);
    }

    private void follow(IdentifiedElement next) {
        if (element != null) {
            element.eAdapters().remove(follower);
        }
        element = next;
        if (element != null) {
            element.eAdapters().add(follower);
        }
    }

    private void rebuild(SectionInput input) {
        for (Control child : form.getChildren()) {
            child.dispose();
        }
        fields.clear();
        if (input != null) {
            Object source = input.adapterFactory().adapt(input.element(), IItemPropertySource.class);
            if (source instanceof IItemPropertySource properties) {
                for (IItemPropertyDescriptor descriptor : properties.getPropertyDescriptors(input.element())) {
                    addField(input.element(), descriptor);
                }
            }
        }
        form.layout(true, true);
        sheet.resizeScrolledComposite();
    }

    private void addField(Object object, IItemPropertyDescriptor descriptor) {
        Object feature = descriptor.getFeature(object);
        if (!(feature instanceof EStructuralFeature structural) || HIDDEN.contains(structural.getName())) {
            return;
        }
        TabbedPropertySheetWidgetFactory factory = getWidgetFactory();
        Label label = factory.createLabel(form, descriptor.getDisplayName(object) + ":");
        label.setLayoutData(new GridData(SWT.FILL, SWT.TOP, false, false));
        label.setToolTipText(descriptor.getDescription(object));
        ItemPropertyDescriptor adapted = new ItemPropertyDescriptor(object, descriptor);
        var labels = adapted.getLabelProvider();
        if (descriptor.isMany(object)) {
            if (structural instanceof EAttribute attribute) {
                fields.add(new TextField(form, factory, object, descriptor, TextCodec.of(attribute), true));
            } else {
                fields.add(new LinksField(form, factory, object, descriptor, inIdOrder(adapted.allowedValues()), labels));
            }
        } else if (structural.getEType().getInstanceClass() == Boolean.class) {
            // A yes/no the analyst may leave unset (destructive, irreversible): unset, the wording decides.
            List<Object> choices = new ArrayList<>();
            choices.add(null);
            choices.add(Boolean.TRUE);
            choices.add(Boolean.FALSE);
            fields.add(new ChoiceField(form, factory, object, descriptor, choices, labels,
                    Messages.Properties_fromWording));
        } else if (descriptor.getChoiceOfValues(object) != null || isBoolean(structural)) {
            List<Object> choices = isBoolean(structural) ? List.of(Boolean.TRUE, Boolean.FALSE)
                    : withNone(inIdOrder(adapted.allowedValues()), structural);
            fields.add(new ChoiceField(form, factory, object, descriptor, choices, labels));
        } else if (structural instanceof EAttribute attribute) {
            fields.add(new TextField(form, factory, object, descriptor, TextCodec.of(attribute),
                    !ONE_LINE.contains(structural.getName()) && attribute.getEAttributeType().getInstanceClass() == String.class));
        }
    }

    /** Elements with display ids in the order people read ids (H-2 before H-10); other values as they come. */
    private static List<Object> inIdOrder(List<Object> values) {
        if (!values.stream().allMatch(value -> value == null || value instanceof IdentifiedElement)) {
            return values;
        }
        List<Object> sorted = new ArrayList<>(values);
        sorted.sort(Comparator.nullsFirst(Comparator.comparing(value -> (IdentifiedElement) value,
                IdOrder.byDisplayId())));
        return sorted;
    }

    private static boolean isBoolean(EStructuralFeature feature) {
        Class<?> type = feature.getEType().getInstanceClass();
        return type == boolean.class || type == Boolean.class;
    }

    private static List<Object> withNone(List<Object> choices, EStructuralFeature feature) {
        if (feature instanceof EAttribute || choices.contains(null)) {
            return choices;
        }
        List<Object> result = new ArrayList<>();
        result.add(null);
        result.addAll(choices);
        return result;
    }

    @Override
    public void refresh() {
        fields.forEach(PropertyField::refresh);
    }

    @Override
    public boolean shouldUseExtraSpace() {
        return true;
    }

    @Override
    public void dispose() {
        follow(null);
        super.dispose();
    }
}
