/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.report.content;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;
import org.premortem.core.query.AnalysisQuery;
import org.premortem.core.query.UcaCategories;
import org.premortem.model.stpa.Analysis;
import org.premortem.model.stpa.ControlAction;
import org.premortem.model.stpa.Hazard;
import org.premortem.model.stpa.LossScenario;
import org.premortem.model.stpa.NotApplicableEntry;
import org.premortem.model.stpa.Requirement;
import org.premortem.model.stpa.SystemConstraint;
import org.premortem.model.stpa.UcaCategory;
import org.premortem.model.stpa.UnsafeControlAction;

/**
 * How far an analysis has been carried through: hazards with a system-level constraint, UCAs with a loss scenario,
 * loss scenarios with a requirement, and control-action categories (cells of the UCA tables) analysed, that is holding
 * a UCA or a not-applicable entry.
 */
public final class Coverage {

    /** One measure: what is covered out of what, and what is not. */
    public record Measure<T>(List<T> covered, List<T> missing) {

        public int total() {
            return covered.size() + missing.size();
        }

        /** The covered share in whole percent, rounded down; 100 when there is nothing to cover. */
        public int percent() {
            return total() == 0 ? 100 : (int) (100L * covered.size() / total());
        }
    }

    /** A cell of a UCA table: a control action and a category. */
    public record Cell(ControlAction action, UcaCategory category) {
    }

    private final Analysis analysis;
    private final AnalysisQuery query;

    public Coverage(Analysis analysis) {
        this.analysis = analysis;
        this.query = new AnalysisQuery(analysis);
    }

    /** Hazards (sub-hazards included) that a system-level constraint (or sub-constraint) names. */
    public Measure<Hazard> hazardsWithConstraints() {
        Set<Hazard> constrained = new LinkedHashSet<>();
        for (TreeIterator<EObject> it = analysis.eAllContents(); it.hasNext();) {
            if (it.next() instanceof SystemConstraint constraint) {
                constrained.addAll(constraint.getHazards());
            }
        }
        return split(allHazards(), constrained);
    }

    public Measure<UnsafeControlAction> ucasWithScenarios() {
        Set<UnsafeControlAction> explained = new LinkedHashSet<>();
        for (LossScenario scenario : analysis.getLossScenarios()) {
            if (scenario.getUnsafeControlAction() != null) {
                explained.add(scenario.getUnsafeControlAction());
            }
        }
        return split(analysis.getUnsafeControlActions(), explained);
    }

    public Measure<LossScenario> scenariosWithRequirements() {
        Set<LossScenario> addressed = new LinkedHashSet<>();
        for (Requirement requirement : analysis.getRequirements()) {
            addressed.addAll(requirement.getLossScenarios());
        }
        return split(analysis.getLossScenarios(), addressed);
    }

    public Measure<Cell> categoriesAnalysed() {
        List<Cell> covered = new ArrayList<>();
        List<Cell> missing = new ArrayList<>();
        for (ControlAction action : query.controlActions()) {
            for (UcaCategory category : UcaCategory.values()) {
                boolean analysed = query.ucasOf(action).stream()
                        .anyMatch(uca -> uca.getType() != null && UcaCategories.categoryOf(uca.getType()) == category)
                        || query.notApplicableOf(action).stream().map(NotApplicableEntry::getCategory)
                                .anyMatch(category::equals);
                (analysed ? covered : missing).add(new Cell(action, category));
            }
        }
        return new Measure<>(covered, missing);
    }

    private List<Hazard> allHazards() {
        List<Hazard> hazards = new ArrayList<>();
        for (TreeIterator<EObject> it = analysis.eAllContents(); it.hasNext();) {
            if (it.next() instanceof Hazard hazard) {
                hazards.add(hazard);
            }
        }
        return hazards;
    }

    private static <T> Measure<T> split(List<T> all, Set<T> covered) {
        List<T> in = new ArrayList<>();
        List<T> out = new ArrayList<>();
        for (T element : all) {
            (covered.contains(element) ? in : out).add(element);
        }
        return new Measure<>(in, out);
    }
}
