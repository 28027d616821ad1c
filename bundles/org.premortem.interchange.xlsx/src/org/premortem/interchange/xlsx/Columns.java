/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.interchange.xlsx;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.premortem.model.stpa.StpaPackage;

/**
 * The columns of each relational sheet, derived from the metamodel: the display id first, then the kind of element
 * and what the element is part of where that varies, then every attribute and reference of the element's class that
 * the workbook holds, and the permanent id last. What a sheet does not hold: the contained elements that have sheets
 * of their own (sub-hazards, components, ...), diagram layouts, rejected scenario candidates, context tables (and a
 * UCA's link to a context-table row) and merge-conflict records.
 */
final class Columns {

    private static final StpaPackage STPA = StpaPackage.eINSTANCE;
    private static final Set<EStructuralFeature> NOT_HELD = Set.of(STPA.getIdentifiedElement_Id(),
            STPA.getIdentifiedElement_DisplayId(), STPA.getUnsafeControlAction_ContextTableRow());

    private Columns() {
    }

    /** The columns of a sheet, in order. */
    static List<Column> of(SheetKind kind) {
        List<Column> columns = new ArrayList<>();
        columns.add(new Column(Messages.get("column.id"), Column.Role.ID, null));
        if (kind.classes().size() > 1) {
            columns.add(new Column(Messages.get("column.class"), Column.Role.CLASS, null));
        }
        if (kind.hasPartOf()) {
            columns.add(new Column(Messages.get("column.parent"), Column.Role.PART_OF, null));
        }
        Set<EStructuralFeature> features = new LinkedHashSet<>();
        for (EClass eClass : kind.classes()) {
            for (EStructuralFeature feature : eClass.getEAllStructuralFeatures()) {
                if (isHeld(feature)) {
                    features.add(feature);
                }
            }
        }
        for (EStructuralFeature feature : features) {
            columns.add(new Column(header(feature), roleOf(feature), feature));
        }
        columns.add(new Column(Messages.get("column.permanentId"), Column.Role.PERMANENT_ID, null));
        return List.copyOf(columns);
    }

    /** The column of a header text, case and surrounding blanks aside. */
    static Optional<Column> find(List<Column> columns, String header) {
        String wanted = header.strip().toLowerCase(Locale.ROOT);
        return columns.stream().filter(c -> c.header().toLowerCase(Locale.ROOT).equals(wanted)).findFirst();
    }

    private static boolean isHeld(EStructuralFeature feature) {
        if (NOT_HELD.contains(feature) || feature.isDerived() || feature.isTransient() || !feature.isChangeable()) {
            return false;
        }
        if (feature instanceof EReference reference && reference.isContainment()) {
            return feature == STPA.getLossScenario_CausalFactors()
                    || feature == STPA.getUnsafeControlAction_ContextConditions();
        }
        return feature instanceof EAttribute || feature instanceof EReference;
    }

    private static Column.Role roleOf(EStructuralFeature feature) {
        if (feature == STPA.getLossScenario_CausalFactors()) {
            return Column.Role.CAUSAL_FACTORS;
        }
        if (feature == STPA.getUnsafeControlAction_ContextConditions()) {
            return Column.Role.CONTEXT_CONDITIONS;
        }
        return Column.Role.FEATURE;
    }

    private static String header(EStructuralFeature feature) {
        String owner = feature.getEContainingClass().getName();
        return Messages.find("column." + owner + "." + feature.getName())
                .or(() -> Messages.find("column." + feature.getName()))
                .orElse(feature.getName());
    }
}
