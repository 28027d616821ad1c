/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.core.compare;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.premortem.model.stpa.Analysis;
import org.premortem.model.stpa.IdentifiedElement;

/**
 * Builds an analysis from element states (the inverse of {@link ModelSnapshot#of}): every element with its permanent
 * id, attributes, parts, children in order and references. A state that names a feature its kind lacks, or a
 * reference to an element that is not there, is a bug of whoever made the states and fails here, before anything is
 * written.
 */
public final class SnapshotModel {

    private final Map<String, IdentifiedElement> objects = new HashMap<>();

    private SnapshotModel() {
    }

    public static Analysis build(String rootId, List<ElementState> states) {
        Objects.requireNonNull(rootId, "rootId");
        return new SnapshotModel().run(rootId, states);
    }

    private Analysis run(String rootId, List<ElementState> states) {
        for (ElementState state : states) {
            IdentifiedElement element = (IdentifiedElement) EcoreUtil.create(SnapshotFeatures.eClass(state.kind()));
            element.setId(state.id());
            state.attributes().forEach((name, values) -> setAttribute(element, name, values));
            if (objects.put(state.id(), element) != null) {
                throw new IllegalStateException("two states for " + state.id());
            }
        }
        for (ElementState state : states) {
            EObject element = objects.get(state.id());
            state.children().forEach((name, ids) -> setObjects(element, name, ids.stream().map(this::object).toList()));
            state.parts().forEach((name, parts) -> setObjects(element, name, parts.stream().map(this::part).toList()));
            state.references().forEach((name, ids) -> setObjects(element, name, ids.stream().map(this::object).toList()));
        }
        if (!(objects.get(rootId) instanceof Analysis analysis)) {
            throw new IllegalStateException("no analysis with id " + rootId);
        }
        for (IdentifiedElement element : objects.values()) {
            if (element != analysis && EcoreUtil.getRootContainer(element) != analysis) {
                throw new IllegalStateException("element " + element.getId() + " is not in the analysis");
            }
        }
        return analysis;
    }

    private IdentifiedElement object(String id) {
        IdentifiedElement element = objects.get(id);
        if (element == null) {
            throw new IllegalStateException("no element with id " + id);
        }
        return element;
    }

    private EObject part(Part part) {
        EObject object = EcoreUtil.create(SnapshotFeatures.eClass(part.kind()));
        part.features().forEach((name, values) -> {
            EStructuralFeature feature = feature(object, name);
            if (feature instanceof EAttribute) {
                setAttribute(object, name, values);
            } else {
                setObjects(object, name, values.stream().map(this::object).toList());
            }
        });
        return object;
    }

    private static void setAttribute(EObject object, String name, List<String> values) {
        EAttribute attribute = (EAttribute) feature(object, name);
        if (attribute.isMany()) {
            @SuppressWarnings("unchecked")
            EList<Object> list = (EList<Object>) object.eGet(attribute);
            for (String value : values) {
                list.add(EcoreUtil.createFromString(attribute.getEAttributeType(), value));
            }
        } else if (!values.isEmpty()) {
            object.eSet(attribute, EcoreUtil.createFromString(attribute.getEAttributeType(), values.get(0)));
        }
    }

    private static void setObjects(EObject object, String name, List<? extends EObject> values) {
        EStructuralFeature feature = feature(object, name);
        if (!(feature instanceof EReference)) {
            throw new IllegalStateException(name + " is not a reference of " + object.eClass().getName());
        }
        if (feature.isMany()) {
            @SuppressWarnings("unchecked")
            EList<EObject> list = (EList<EObject>) object.eGet(feature);
            list.addAll(values);
        } else if (!values.isEmpty()) {
            object.eSet(feature, values.get(0));
        }
    }

    private static EStructuralFeature feature(EObject object, String name) {
        EStructuralFeature feature = object.eClass().getEStructuralFeature(name);
        if (feature == null) {
            throw new IllegalStateException(object.eClass().getName() + " has no feature " + name);
        }
        return feature;
    }
}
