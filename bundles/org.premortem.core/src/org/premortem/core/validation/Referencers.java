/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.core.validation;

import java.util.ArrayList;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.premortem.model.stpa.StpaPackage;

/**
 * Who refers to an element through one reference kind, kept as one identity map per kind. A target with one
 * referencer (the usual case) costs two slots of the map's table and no object of its own; only targets with several
 * referencers get a list (see {@link Holders}). {@code EcoreUtil.CrossReferencer}, which this replaces, made a map
 * entry, a collection and often a setting object for every reference of every kind, wanted or not: at 100k UCAs that
 * was millions of small objects the collector copied again and again.
 * <p>
 * Built from the elements of the analysis: a kind on the first question about it, or every kind at once for an index
 * that edits keep current ({@link #indexAll}), after which the elements are let go and the kinds change only through
 * {@link #linked}, {@link #unlinked}, {@link #added} and {@link #removed}. Not thread-safe, like the index that
 * holds it.
 */
final class Referencers {

    /** Every link of the metamodel (non-containment, stored): what an index kept by edits holds. */
    static final List<EReference> LINKS = StpaPackage.eINSTANCE.getEClassifiers().stream()
            .filter(EClass.class::isInstance).flatMap(c -> ((EClass) c).getEReferences().stream())
            .filter(r -> !r.isContainment() && !r.isContainer() && !r.isDerived() && !r.isTransient()).toList();

    /** The elements of each class, in document order; classes in the order they first occur. Null once all indexed. */
    private Map<EClass, List<EObject>> byClass = new LinkedHashMap<>();
    private final Map<EReference, Map<EObject, Object>> byKind = new IdentityHashMap<>();

    /** @param elements every element of the analysis, in document order */
    Referencers(List<EObject> elements) {
        for (EObject element : elements) {
            byClass.computeIfAbsent(element.eClass(), key -> new ArrayList<>()).add(element);
        }
    }

    /** The elements whose {@code reference} points at {@code target}: in document order when built, edits append. */
    List<EObject> of(EObject target, EReference reference) {
        return Holders.list(kind(reference).get(target));
    }

    boolean any(EObject target, EReference reference) {
        return kind(reference).containsKey(target);
    }

    /** Indexes every kind of {@code kinds} now, and lets the elements go: from here on, edits keep the kinds. */
    void indexAll(Collection<EReference> kinds) {
        kinds.forEach(this::kind);
        byClass = null;
    }

    /** {@code referencer}'s {@code reference} now points at {@code target} too. */
    void linked(EObject referencer, EReference reference, EObject target) {
        Map<EObject, Object> map = byKind.get(reference);
        if (map != null) {
            map.put(target, Holders.with(map.get(target), referencer));
        }
    }

    /** {@code referencer}'s {@code reference} no longer points at {@code target}. */
    void unlinked(EObject referencer, EReference reference, EObject target) {
        Map<EObject, Object> map = byKind.get(reference);
        if (map != null) {
            Object rest = Holders.without(map.get(target), referencer);
            if (rest == null) {
                map.remove(target);
            } else {
                map.put(target, rest);
            }
        }
    }

    /** {@code element} came into the analysis: its links count. */
    void added(EObject element) {
        forEachLink(element, (reference, target) -> linked(element, reference, target));
    }

    /** {@code element} left the analysis: its links no longer count. */
    void removed(EObject element) {
        forEachLink(element, (reference, target) -> unlinked(element, reference, target));
    }

    private void forEachLink(EObject element, BiConsumer<EReference, EObject> action) {
        for (Map.Entry<EReference, Map<EObject, Object>> kind : byKind.entrySet()) {
            EReference reference = kind.getKey();
            if (reference.getEContainingClass().isSuperTypeOf(element.eClass())) {
                for (EObject target : targets(element, reference)) {
                    action.accept(reference, target);
                }
            }
        }
    }

    private Map<EObject, Object> kind(EReference reference) {
        Map<EObject, Object> map = byKind.get(reference);
        if (map == null) {
            if (byClass == null) {
                throw new IllegalStateException("not indexed, and the elements are gone: " + reference.getName());
            }
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
                    for (EObject target : targets(element, reference)) {
                        map.put(target, Holders.appended(map.get(target), element));
                    }
                }
            }
        }
        return map;
    }

    private static List<EObject> targets(EObject element, EReference reference) {
        Object value = element.eGet(reference);
        if (reference.isMany()) {
            @SuppressWarnings("unchecked")
            EList<EObject> targets = (EList<EObject>) value;
            return targets;
        }
        return value == null ? List.of() : List.of((EObject) value);
    }
}
