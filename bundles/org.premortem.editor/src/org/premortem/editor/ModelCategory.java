/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.editor;

import java.util.Optional;

import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.premortem.model.stpa.StpaPackage.Literals;

/**
 * The folders of the model tree: one per containment of the analysis, in the order of the STPA steps, so every
 * element of the analysis is reachable and none is hidden. (The display-id counters are bookkeeping, not content.)
 */
enum ModelCategory {
    GOALS(Literals.ANALYSIS__GOALS, Messages.Folder_goals, Messages.Kind_goal),
    ASSUMPTIONS(Literals.ANALYSIS__ASSUMPTIONS, Messages.Folder_assumptions, Messages.Kind_assumption),
    LOSSES(Literals.ANALYSIS__LOSSES, Messages.Folder_losses, Messages.Kind_loss),
    HAZARDS(Literals.ANALYSIS__HAZARDS, Messages.Folder_hazards, Messages.Kind_hazard),
    SYSTEM_CONSTRAINTS(Literals.ANALYSIS__SYSTEM_CONSTRAINTS, Messages.Folder_systemConstraints,
            Messages.Kind_systemConstraint),
    CONTROL_STRUCTURES(Literals.ANALYSIS__CONTROL_STRUCTURES, Messages.Folder_controlStructures,
            Messages.Kind_controlStructure),
    UCAS(Literals.ANALYSIS__UNSAFE_CONTROL_ACTIONS, Messages.Folder_ucas, Messages.Kind_uca),
    NOT_APPLICABLE(Literals.ANALYSIS__NOT_APPLICABLE, Messages.Folder_notApplicable, Messages.Kind_notApplicable),
    CONTEXT_TABLES(Literals.ANALYSIS__CONTEXT_TABLES, Messages.Folder_contextTables, Messages.Kind_contextTable),
    CONTROLLER_CONSTRAINTS(Literals.ANALYSIS__CONTROLLER_CONSTRAINTS, Messages.Folder_controllerConstraints,
            Messages.Kind_controllerConstraint),
    LOSS_SCENARIOS(Literals.ANALYSIS__LOSS_SCENARIOS, Messages.Folder_lossScenarios, Messages.Kind_lossScenario),
    REQUIREMENTS(Literals.ANALYSIS__REQUIREMENTS, Messages.Folder_requirements, Messages.Kind_requirement);

    private final EReference feature;
    private final String label;
    private final String kind;

    ModelCategory(EReference feature, String label, String kind) {
        this.feature = feature;
        this.label = label;
        this.kind = kind;
    }

    /** The containment of the analysis this folder shows. */
    EReference feature() {
        return feature;
    }

    /** The folder's name ("Losses"). */
    String label() {
        return label;
    }

    /** The name of one element of this folder ("Loss"). */
    String kind() {
        return kind;
    }

    /** Whether {@code element} may live in this folder. */
    boolean accepts(Object element) {
        return feature.getEReferenceType().isInstance(element);
    }

    /** The folder of the elements an analysis holds in {@code containment}. */
    static Optional<ModelCategory> of(EStructuralFeature containment) {
        for (ModelCategory category : values()) {
            if (category.feature == containment) {
                return Optional.of(category);
            }
        }
        return Optional.empty();
    }
}
