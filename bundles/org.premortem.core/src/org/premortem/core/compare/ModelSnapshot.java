/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.core.compare;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.premortem.model.stpa.Analysis;
import org.premortem.model.stpa.IdentifiedElement;

/**
 * An analysis as {@link ElementState}s by permanent id, in document order, with each element's label
 * ({@code UCA-3: text}) for messages. Taken from a loaded model, so every element has a unique permanent id and every
 * reference resolves (the loader's contract).
 */
public final class ModelSnapshot {

    private final String rootId;
    private final Map<String, ElementState> elements;
    private final Map<String, String> labels;

    public ModelSnapshot(String rootId, Map<String, ElementState> elements, Map<String, String> labels) {
        this.rootId = Objects.requireNonNull(rootId, "rootId");
        this.elements = Collections.unmodifiableMap(new LinkedHashMap<>(elements));
        this.labels = Collections.unmodifiableMap(new LinkedHashMap<>(labels));
    }

    /** The snapshot of a loaded analysis. */
    public static ModelSnapshot of(Analysis analysis) {
        Objects.requireNonNull(analysis, "analysis");
        Map<String, ElementState> elements = new LinkedHashMap<>();
        Map<String, String> labels = new LinkedHashMap<>();
        add(analysis, elements, labels);
        for (TreeIterator<EObject> it = analysis.eAllContents(); it.hasNext();) {
            EObject next = it.next();
            if (next instanceof IdentifiedElement element) {
                add(element, elements, labels);
            } else {
                it.prune();
            }
        }
        return new ModelSnapshot(analysis.getId(), elements, labels);
    }

    public String rootId() {
        return rootId;
    }

    /** Every element by permanent id, in document order. */
    public Map<String, ElementState> elements() {
        return elements;
    }

    public Optional<ElementState> get(String id) {
        return Optional.ofNullable(elements.get(id));
    }

    public boolean contains(String id) {
        return elements.containsKey(id);
    }

    /** The element's main text (its text or name), empty when it has none. */
    public String text(String id) {
        return labels.getOrDefault(id, "");
    }

    /**
     * How messages name an element: its display id (else its kind) and its text shortened to 60 characters,
     * {@code UCA-3 'Enactor does not …'}; the permanent id when the element is not in this snapshot.
     */
    public String name(String id) {
        ElementState element = elements.get(id);
        if (element == null) {
            return id;
        }
        String prefix = element.displayId().isEmpty() ? element.kind() : element.displayId();
        String text = text(id).strip().replaceAll("\\s+", " ");
        if (text.isEmpty()) {
            return prefix;
        }
        return prefix + " '" + (text.length() <= 60 ? text : text.substring(0, 59) + "\u2026") + "'";
    }

    /** The element's display id, else its permanent id. */
    public String shortName(String id) {
        ElementState element = elements.get(id);
        return element == null || element.displayId().isEmpty() ? id : element.displayId();
    }

    private static void add(IdentifiedElement element, Map<String, ElementState> elements, Map<String, String> labels) {
        Map<String, List<String>> attributes = new LinkedHashMap<>();
        Map<String, List<String>> references = new LinkedHashMap<>();
        Map<String, List<Part>> parts = new LinkedHashMap<>();
        Map<String, List<String>> children = new LinkedHashMap<>();
        for (EStructuralFeature feature : element.eClass().getEAllStructuralFeatures()) {
            if (!SnapshotFeatures.isCompared(feature) || !element.eIsSet(feature)) {
                continue;
            }
            if (feature instanceof EAttribute attribute) {
                attributes.put(feature.getName(), attributeValues(element, attribute));
            } else if (feature instanceof EReference reference && !reference.isContainment()) {
                references.put(feature.getName(), ids(valuesOf(element, feature)));
            } else if (SnapshotFeatures.holdsElements((EReference) feature)) {
                children.put(feature.getName(), ids(valuesOf(element, feature)));
            } else {
                parts.put(feature.getName(), ModelSnapshot.<EObject>valuesOf(element, feature).stream().map(ModelSnapshot::part).toList());
            }
        }
        EObject container = element.eContainer();
        String parentId = container instanceof IdentifiedElement parent ? parent.getId() : null;
        String containment = container == null ? null : element.eContainmentFeature().getName();
        elements.put(element.getId(), new ElementState(element.getId(), element.eClass().getName(), parentId,
                containment, attributes, references, parts, children));
        labels.put(element.getId(), element.labelText() == null ? "" : element.labelText());
    }

    private static Part part(EObject object) {
        Map<String, List<String>> features = new LinkedHashMap<>();
        for (EStructuralFeature feature : object.eClass().getEAllStructuralFeatures()) {
            if (!SnapshotFeatures.isCompared(feature) || !object.eIsSet(feature)) {
                continue;
            }
            if (feature instanceof EAttribute attribute) {
                features.put(feature.getName(), attributeValues(object, attribute));
            } else if (feature instanceof EReference reference && !reference.isContainment()) {
                features.put(feature.getName(), ids(valuesOf(object, feature)));
            } else {
                throw new IllegalStateException("unexpected containment in an element without id: " + feature);
            }
        }
        return new Part(object.eClass().getName(), features);
    }

    private static List<String> attributeValues(EObject object, EAttribute attribute) {
        List<String> values = new ArrayList<>();
        for (Object value : valuesOf(object, attribute)) {
            values.add(EcoreUtil.convertToString(attribute.getEAttributeType(), value));
        }
        return values;
    }

    @SuppressWarnings("unchecked")
    private static <T> List<T> valuesOf(EObject object, EStructuralFeature feature) {
        Object value = object.eGet(feature);
        if (feature.isMany()) {
            return new ArrayList<>((List<T>) value);
        }
        return value == null ? List.of() : List.of((T) value);
    }

    private static List<String> ids(List<Object> objects) {
        List<String> ids = new ArrayList<>(objects.size());
        for (Object object : objects) {
            ids.add(((IdentifiedElement) object).getId());
        }
        return ids;
    }
}
