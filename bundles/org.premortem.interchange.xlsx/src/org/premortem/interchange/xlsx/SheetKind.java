/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.interchange.xlsx;

import java.util.List;
import java.util.Optional;

import org.eclipse.emf.ecore.EClass;
import org.premortem.model.stpa.StpaPackage;

/**
 * The sheets of the relational workbook, one per kind of element, in the order they are written and read: every
 * sheet comes after the sheets of the elements its rows can be part of.
 */
enum SheetKind {
    GOALS(false, STPA().getGoal()),
    ASSUMPTIONS(false, STPA().getAssumption()),
    LOSSES(false, STPA().getLoss()),
    HAZARDS(true, STPA().getHazard()),
    CONSTRAINTS(true, STPA().getSystemConstraint()),
    STRUCTURES(false, STPA().getControlStructure()),
    COMPONENTS(true, STPA().getComponent()),
    RESPONSIBILITIES(true, STPA().getResponsibility()),
    VARIABLES(true, STPA().getProcessModelVariable()),
    CONNECTIONS(true, STPA().getControlAction(), STPA().getFeedback(), STPA().getInputOutput()),
    UCAS(false, STPA().getUnsafeControlAction()),
    NOT_APPLICABLE(false, STPA().getNotApplicableEntry()),
    CONTROLLER_CONSTRAINTS(false, STPA().getControllerConstraint()),
    SCENARIOS(false, STPA().getLossScenario()),
    REQUIREMENTS(false, STPA().getRequirement());

    private final boolean partOf;
    private final List<EClass> classes;

    SheetKind(boolean partOf, EClass... classes) {
        this.partOf = partOf;
        this.classes = List.of(classes);
    }

    private static StpaPackage STPA() {
        return StpaPackage.eINSTANCE;
    }

    /** The name of the sheet. */
    String sheetName() {
        return Messages.get("sheet." + name());
    }

    /** The classes of its rows' elements; more than one means the sheet has a "Kind of element" column. */
    List<EClass> classes() {
        return classes;
    }

    /** Whether its rows say what they are part of (a sub-hazard's hazard, a component's structure, ...). */
    boolean hasPartOf() {
        return partOf;
    }

    /** Whether the sheet holds elements of this class. */
    boolean holds(EClass eClass) {
        return classes.contains(eClass);
    }

    static Optional<SheetKind> of(EClass eClass) {
        for (SheetKind kind : values()) {
            if (kind.holds(eClass)) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }

    static Optional<SheetKind> named(String sheetName) {
        for (SheetKind kind : values()) {
            if (kind.sheetName().equalsIgnoreCase(sheetName.strip())) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }
}
