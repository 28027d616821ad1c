/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.editor;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.Viewer;
import org.premortem.model.stpa.Analysis;
import org.premortem.model.stpa.Hazard;
import org.premortem.model.stpa.LossScenario;
import org.premortem.model.stpa.Requirement;
import org.premortem.model.stpa.SystemConstraint;
import org.premortem.model.stpa.UnsafeControlAction;

/**
 * The Outline's view of an analysis, by hazard: each hazard with its system-level constraints, its sub-hazards,
 * the UCAs that lead to it and the loss scenarios of those UCAs (and scenarios that name the hazard without a
 * UCA), each scenario with the requirements that answer it. An element linked twice shows twice, so entries
 * are paths ({@link Entry}), equal when they lead to the same element the same way.
 */
final class HazardTrace implements ITreeContentProvider {

    /** One entry of the outline: {@code element}, reached through {@code parent} ({@code null} at the top). */
    record Entry(Entry parent, EObject element) {
    }

    private Links links;

    @Override
    public Object[] getElements(Object input) {
        if (!(input instanceof Analysis analysis)) {
            return new Object[0];
        }
        return analysis.getHazards().stream().map(hazard -> new Entry(null, hazard)).toArray();
    }

    @Override
    public Object[] getChildren(Object parent) {
        return parent instanceof Entry entry ? children(entry).stream().map(e -> new Entry(entry, e)).toArray()
                : new Object[0];
    }

    @Override
    public Object getParent(Object element) {
        return element instanceof Entry entry ? entry.parent() : null;
    }

    @Override
    public boolean hasChildren(Object element) {
        return element instanceof Entry entry && !children(entry).isEmpty();
    }

    /** Forgets what the outline knows of the analysis: the next question reads it again (after every change). */
    void invalidate() {
        links = null;
    }

    /** Reads again the children of the elements a change gave other children ({@link TraceChanges#parents()}). */
    void update(TraceChanges changes) {
        if (links != null) {
            changes.parents().forEach(links::recompute);
        }
    }

    @Override
    public void inputChanged(Viewer viewer, Object oldInput, Object newInput) {
        invalidate();
    }

    private List<EObject> children(Entry entry) {
        Analysis analysis = analysisOf(entry.element());
        if (analysis == null) {
            return List.of();
        }
        if (links == null || links.analysis() != analysis) {
            links = Links.of(analysis);
        }
        return links.children(entry.element());
    }

    /**
     * The outline's links read in one pass over the analysis, so that a tree of thousands of entries does not scan
     * every UCA, scenario and requirement again for each entry (at 10k UCAs that took minutes to open the editor).
     * The children of each element are in the order of the analysis's lists, as a scan would find them.
     */
    private record Links(Analysis analysis, Map<EObject, List<EObject>> children) {

        static Links of(Analysis analysis) {
            Map<EObject, List<EObject>> children = new IdentityHashMap<>();
            Map<EObject, List<EObject>> constraints = new IdentityHashMap<>();
            constraints(analysis.getSystemConstraints(), constraints);
            Map<EObject, List<EObject>> ucas = new IdentityHashMap<>();
            for (UnsafeControlAction uca : analysis.getUnsafeControlActions()) {
                uca.getHazards().forEach(hazard -> add(ucas, hazard, uca));
            }
            Map<EObject, List<EObject>> hazardScenarios = new IdentityHashMap<>();
            for (LossScenario scenario : analysis.getLossScenarios()) {
                if (scenario.getUnsafeControlAction() == null) {
                    scenario.getHazards().forEach(hazard -> add(hazardScenarios, hazard, scenario));
                } else {
                    add(children, scenario.getUnsafeControlAction(), scenario);
                }
            }
            for (Requirement requirement : analysis.getRequirements()) {
                requirement.getLossScenarios().forEach(scenario -> add(children, scenario, requirement));
            }
            Set<EObject> hazards = Collections.newSetFromMap(new IdentityHashMap<>());
            hazards.addAll(constraints.keySet());
            hazards.addAll(ucas.keySet());
            hazards.addAll(hazardScenarios.keySet());
            withSubHazards(analysis.getHazards(), hazards);
            for (EObject element : hazards) {
                Hazard hazard = (Hazard) element;
                List<EObject> list = new ArrayList<>(constraints.getOrDefault(hazard, List.of()));
                list.addAll(hazard.getSubHazards());
                list.addAll(ucas.getOrDefault(hazard, List.of()));
                list.addAll(hazardScenarios.getOrDefault(hazard, List.of()));
                children.put(hazard, list);
            }
            return new Links(analysis, children);
        }

        List<EObject> children(EObject element) {
            return children.getOrDefault(element, List.of());
        }

        /**
         * Reads the children of one element again, as {@link #of} finds them (in the order of the analysis's lists),
         * with one pass over the lists that can name it: far less than reading the whole analysis after an edit.
         */
        void recompute(EObject element) {
            List<EObject> list = new ArrayList<>();
            switch (element) {
                case Hazard hazard -> {
                    Map<EObject, List<EObject>> constraints = new IdentityHashMap<>();
                    constraints(analysis.getSystemConstraints(), constraints);
                    list.addAll(constraints.getOrDefault(hazard, List.of()));
                    list.addAll(hazard.getSubHazards());
                    analysis.getUnsafeControlActions().stream().filter(uca -> uca.getHazards().contains(hazard))
                            .forEach(list::add);
                    analysis.getLossScenarios().stream().filter(scenario -> scenario.getUnsafeControlAction() == null
                            && scenario.getHazards().contains(hazard)).forEach(list::add);
                }
                case UnsafeControlAction uca -> analysis.getLossScenarios().stream()
                        .filter(scenario -> scenario.getUnsafeControlAction() == uca).forEach(list::add);
                case LossScenario scenario -> analysis.getRequirements().stream()
                        .filter(requirement -> requirement.getLossScenarios().contains(scenario)).forEach(list::add);
                default -> {
                    return;
                }
            }
            if (list.isEmpty()) {
                children.remove(element);
            } else {
                children.put(element, list);
            }
        }

        private static void withSubHazards(List<Hazard> level, Set<EObject> result) {
            for (Hazard hazard : level) {
                if (!hazard.getSubHazards().isEmpty()) {
                    result.add(hazard);
                    withSubHazards(hazard.getSubHazards(), result);
                }
            }
        }

        /** Constraints depth first, each before its sub-constraints, listed under each hazard they name. */
        private static void constraints(List<SystemConstraint> constraints, Map<EObject, List<EObject>> byHazard) {
            for (SystemConstraint constraint : constraints) {
                constraint.getHazards().forEach(hazard -> add(byHazard, hazard, constraint));
                constraints(constraint.getSubConstraints(), byHazard);
            }
        }

        /** Adds {@code child} under {@code parent}, once (a list naming the same element twice shows it once). */
        private static void add(Map<EObject, List<EObject>> map, EObject parent, EObject child) {
            List<EObject> list = map.computeIfAbsent(parent, key -> new ArrayList<>());
            if (list.isEmpty() || list.get(list.size() - 1) != child) {
                list.add(child);
            }
        }
    }

    /** The entry that shows {@code element} first, if the outline shows it at all. */
    static Optional<Entry> entryOf(EObject element) {
        return switch (element) {
            case Hazard hazard when hazard.eContainer() instanceof Hazard parent -> entryOf(parent)
                    .map(p -> new Entry(p, hazard));
            case Hazard hazard when hazard.eContainer() instanceof Analysis -> Optional.of(new Entry(null, hazard));
            case SystemConstraint constraint -> first(constraint.getHazards(), constraint);
            case UnsafeControlAction uca -> first(uca.getHazards(), uca);
            case LossScenario scenario when scenario.getUnsafeControlAction() != null -> entryOf(
                    scenario.getUnsafeControlAction()).map(p -> new Entry(p, scenario));
            case LossScenario scenario -> first(scenario.getHazards(), scenario);
            case Requirement requirement -> first(requirement.getLossScenarios(), requirement);
            default -> Optional.empty();
        };
    }

    private static Optional<Entry> first(List<? extends EObject> parents, EObject element) {
        for (EObject parent : parents) {
            Optional<Entry> entry = entryOf(parent);
            if (entry.isPresent()) {
                return entry.map(p -> new Entry(p, element));
            }
        }
        return Optional.empty();
    }

    private static Analysis analysisOf(EObject element) {
        EObject root = element;
        while (root.eContainer() != null) {
            root = root.eContainer();
        }
        return root instanceof Analysis analysis ? analysis : null;
    }
}
