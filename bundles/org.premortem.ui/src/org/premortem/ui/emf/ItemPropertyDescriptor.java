/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.ui.emf;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.ILabelProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.TextCellEditor;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.views.properties.IPropertyDescriptor;
import org.premortem.core.terms.ModelTerms;

/**
 * One property of a model element in the Properties view, with the cell editor its feature needs: text for
 * strings and numbers, a list of choices for enumerations and single references, a chooser for many-valued
 * references and lists. Reference choices are limited to elements of the element's own analysis.
 */
public class ItemPropertyDescriptor implements IPropertyDescriptor {

    private final Object object;
    private final IItemPropertyDescriptor descriptor;

    public ItemPropertyDescriptor(Object object, IItemPropertyDescriptor descriptor) {
        this.object = object;
        this.descriptor = descriptor;
    }

    @Override
    public CellEditor createPropertyEditor(Composite parent) {
        if (!descriptor.canSetProperty(object)) {
            return null;
        }
        Object feature = descriptor.getFeature(object);
        ILabelProvider labels = getLabelProvider();
        if (descriptor.isMany(object)) {
            if (feature instanceof EAttribute attribute && attribute.getEAttributeType().getInstanceClass() == String.class) {
                return new StringListCellEditor(parent, getDisplayName());
            }
            return new ReferenceListCellEditor(parent, getDisplayName(), allowedValues(), labels);
        }
        Collection<?> choices = descriptor.getChoiceOfValues(object);
        if (choices != null) {
            return new ChoiceCellEditor(parent, allowedValues(), labels);
        }
        if (feature instanceof EAttribute attribute) {
            return textEditor(parent, attribute.getEAttributeType());
        }
        return null;
    }

    private CellEditor textEditor(Composite parent, EDataType type) {
        if (type.getInstanceClass() == String.class) {
            return new TextCellEditor(parent) {
                @Override
                protected void doSetValue(Object value) {
                    // A text never set is null; JFace's text editor accepts only strings.
                    super.doSetValue(value == null ? "" : value);
                }
            };
        }
        TextCellEditor editor = new TextCellEditor(parent) {
            @Override
            protected Object doGetValue() {
                String text = (String) super.doGetValue();
                return EcoreUtil.createFromString(type, text);
            }

            @Override
            protected void doSetValue(Object value) {
                super.doSetValue(value == null ? "" : EcoreUtil.convertToString(type, value));
            }
        };
        editor.setValidator(value -> {
            try {
                EcoreUtil.createFromString(type, String.valueOf(value));
                return null;
            } catch (RuntimeException e) {
                return "'" + value + "' is not a valid " + type.getName();
            }
        });
        return editor;
    }

    /** The allowed values; references only to elements of the same analysis (and "none" when optional). */
    public List<Object> allowedValues() {
        Collection<?> all = descriptor.getChoiceOfValues(object);
        List<Object> result = new ArrayList<>();
        EObject root = object instanceof EObject element ? EcoreUtil.getRootContainer(element) : null;
        if (all != null) {
            for (Object choice : all) {
                if (!(choice instanceof EObject candidate) || root == null
                        || EcoreUtil.getRootContainer(candidate) == root) {
                    result.add(choice);
                }
            }
        }
        return result;
    }

    @Override
    public String getCategory() {
        return descriptor.getCategory(object);
    }

    @Override
    public String getDescription() {
        return descriptor.getDescription(object);
    }

    @Override
    public String getDisplayName() {
        return descriptor.getDisplayName(object);
    }

    @Override
    public String[] getFilterFlags() {
        return descriptor.getFilterFlags(object);
    }

    @Override
    public Object getHelpContextIds() {
        return descriptor.getHelpContextIds(object);
    }

    @Override
    public Object getId() {
        return descriptor.getId(object);
    }

    @Override
    public ILabelProvider getLabelProvider() {
        IItemLabelProvider itemLabels = descriptor.getLabelProvider(object);
        return new LabelProvider() {
            @Override
            public String getText(Object element) {
                if (element instanceof Collection<?> values) {
                    return values.stream().map(this::getText).reduce((a, b) -> a + ", " + b).orElse("");
                }
                if (ModelTerms.names(element)) {
                    return ModelTerms.label((Enum<?>) element);
                }
                return element == null ? "" : itemLabels.getText(element);
            }
        };
    }

    @Override
    public boolean isCompatibleWith(IPropertyDescriptor other) {
        return false;
    }

    /** The EMF feature this property edits. */
    public EStructuralFeature feature() {
        return descriptor.getFeature(object) instanceof EStructuralFeature feature ? feature : null;
    }
}
