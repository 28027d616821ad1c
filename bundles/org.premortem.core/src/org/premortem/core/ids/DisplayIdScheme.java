/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.core.ids;

import java.util.Map;
import java.util.Optional;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.premortem.model.stpa.ContextTable;
import org.premortem.model.stpa.Hazard;
import org.premortem.model.stpa.IdentifiedElement;
import org.premortem.model.stpa.StpaPackage;
import org.premortem.model.stpa.SystemConstraint;

/**
 * The display-id patterns: {@code L-1}, {@code H-1}, sub-hazard {@code H-1.1}, {@code SC-1}, {@code R-1},
 * {@code UCA-1}, {@code C-1}, {@code LS-1}, {@code REQ-1}, and so on. A refinement (sub-hazard, sub-constraint,
 * context-table row) is numbered under its parent's display id.
 */
public final class DisplayIdScheme {

    private static final StpaPackage STPA = StpaPackage.eINSTANCE;

    private static final Map<EClass, String> PREFIXES = Map.ofEntries(
            Map.entry(STPA.getGoal(), "G"),
            Map.entry(STPA.getAssumption(), "A"),
            Map.entry(STPA.getLoss(), "L"),
            Map.entry(STPA.getHazard(), "H"),
            Map.entry(STPA.getSystemConstraint(), "SC"),
            Map.entry(STPA.getControlStructure(), "CS"),
            Map.entry(STPA.getComponent(), "CMP"),
            Map.entry(STPA.getResponsibility(), "R"),
            Map.entry(STPA.getProcessModelVariable(), "PMV"),
            Map.entry(STPA.getControlAction(), "CA"),
            Map.entry(STPA.getFeedback(), "F"),
            Map.entry(STPA.getInputOutput(), "IO"),
            Map.entry(STPA.getUnsafeControlAction(), "UCA"),
            Map.entry(STPA.getNotApplicableEntry(), "NA"),
            Map.entry(STPA.getContextTable(), "CT"),
            Map.entry(STPA.getControllerConstraint(), "C"),
            Map.entry(STPA.getLossScenario(), "LS"),
            Map.entry(STPA.getRequirement(), "REQ"));

    private DisplayIdScheme() {
    }

    /**
     * The counter key under which the element is numbered: {@code "H-"} for a top-level hazard, {@code "H-1."} for
     * a sub-hazard of H-1, {@code "CT-2."} for a row of context table CT-2. Empty for elements without display ids
     * (the analysis root) and for refinements whose parent has no display id yet.
     */
    public static Optional<String> counterKey(IdentifiedElement element) {
        EObject container = element.eContainer();
        boolean refinement = container instanceof Hazard && element instanceof Hazard
                || container instanceof SystemConstraint && element instanceof SystemConstraint
                || container instanceof ContextTable;
        if (refinement) {
            String parentId = ((IdentifiedElement) container).getDisplayId();
            return parentId == null || parentId.isEmpty() ? Optional.empty() : Optional.of(parentId + ".");
        }
        return Optional.ofNullable(PREFIXES.get(element.eClass())).map(prefix -> prefix + "-");
    }
}
