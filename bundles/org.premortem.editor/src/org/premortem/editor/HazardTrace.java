/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.editor;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.viewers.ITreeContentProvider;
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

    private static List<EObject> children(Entry entry) {
        List<EObject> children = new ArrayList<>();
        Analysis analysis = analysisOf(entry.element());
        if (analysis == null) {
            return children;
        }
        switch (entry.element()) {
            case Hazard hazard -> {
                constraints(analysis.getSystemConstraints(), hazard, children);
                children.addAll(hazard.getSubHazards());
                analysis.getUnsafeControlActions().stream().filter(uca -> uca.getHazards().contains(hazard))
                        .forEach(children::add);
                analysis.getLossScenarios().stream()
                        .filter(s -> s.getUnsafeControlAction() == null && s.getHazards().contains(hazard))
                        .forEach(children::add);
            }
            case UnsafeControlAction uca -> analysis.getLossScenarios().stream()
                    .filter(s -> s.getUnsafeControlAction() == uca).forEach(children::add);
            case LossScenario scenario -> analysis.getRequirements().stream()
                    .filter(r -> r.getLossScenarios().contains(scenario)).forEach(children::add);
            default -> {
                // constraints and requirements end a path
            }
        }
        return children;
    }

    private static void constraints(List<SystemConstraint> constraints, Hazard hazard, List<EObject> result) {
        for (SystemConstraint constraint : constraints) {
            if (constraint.getHazards().contains(hazard)) {
                result.add(constraint);
            }
            constraints(constraint.getSubConstraints(), hazard, result);
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
