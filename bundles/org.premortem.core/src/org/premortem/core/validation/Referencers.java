/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.core.validation;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;

/**
 * Who refers to an element through one reference kind: built on the first question about that kind, from the elements
 * of the analysis in document order, and kept as one identity map per kind. A target with one referencer (the usual
 * case) costs two slots of the map's table and no object of its own; only targets with several referencers get a
 * list. {@code EcoreUtil.CrossReferencer}, which this replaces, made a map entry, a collection and often a setting
 * object for every reference of every kind, wanted or not: at 100k UCAs that was millions of small objects the
 * collector copied again and again. Not thread-safe, like the index that holds it: one validation run asks it.
 */
final class Referencers {

    /** The elements of each class, in document order; classes in the order they first occur. */
    private final Map<EClass, List<EObject>> byClass = new LinkedHashMap<>();
    private final Map<EReference, Map<EObject, Object>> byKind = new IdentityHashMap<>();

    /** @param elements every element of the analysis, in document order */
    Referencers(List<EObject> elements) {
        for (EObject element : elements) {
            byClass.computeIfAbsent(element.eClass(), key -> new ArrayList<>()).add(element);
        }
    }

    /** The elements whose {@code reference} points at {@code target}, in document order within each class. */
    List<EObject> of(EObject target, EReference reference) {
        Object found = kind(reference).get(target);
        if (found == null) {
            return List.of();
        }
        if (found instanceof EObject single) {
            return List.of(single);
        }
        @SuppressWarnings("unchecked")
        List<EObject> several = (List<EObject>) found;
        return several;
    }

    boolean any(EObject target, EReference reference) {
        return kind(reference).containsKey(target);
    }

    private Map<EObject, Object> kind(EReference reference) {
        Map<EObject, Object> map = byKind.get(reference);
        if (map == null) {
            map = index(reference);
            byKind.put(reference, map);
        }
        return map;
    }

    /** Only the elements of the classes that have the reference are read: a kind costs what it holds. */
    private Map<EObject, Object> index(EReference reference) {
        EClass owner = reference.getEContainingClass();
        Map<EObject, Object> map = new IdentityHashMap<>();
        for (Map.Entry<EClass, List<EObject>> kind : byClass.entrySet()) {
            if (owner.isSuperTypeOf(kind.getKey())) {
                for (EObject element : kind.getValue()) {
                    read(map, element, reference);
                }
            }
        }
        return map;
    }

    private static void read(Map<EObject, Object> map, EObject element, EReference reference) {
        Object value = element.eGet(reference);
        if (reference.isMany()) {
            EList<?> targets = (EList<?>) value;
            for (int i = 0; i < targets.size(); i++) {
                add(map, (EObject) targets.get(i), element);
            }
        } else if (value != null) {
            add(map, (EObject) value, element);
        }
    }

    private static void add(Map<EObject, Object> map, EObject target, EObject referencer) {
        Object known = map.putIfAbsent(target, referencer);
        if (known == null) {
            return;
        }
        if (known instanceof EObject single) {
            if (single == referencer) {
                return;
            }
            List<EObject> several = new ArrayList<>(2);
            several.add(single);
            several.add(referencer);
            map.put(target, several);
        } else {
            @SuppressWarnings("unchecked")
            List<EObject> several = (List<EObject>) known;
            if (several.get(several.size() - 1) != referencer) {
                several.add(referencer);
            }
        }
    }
}
