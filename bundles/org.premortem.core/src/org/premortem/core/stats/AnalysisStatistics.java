/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.core.stats;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;
import org.premortem.core.query.AnalysisQuery;
import org.premortem.model.stpa.Analysis;
import org.premortem.model.stpa.Component;
import org.premortem.model.stpa.ControlAction;
import org.premortem.model.stpa.ControlStructure;
import org.premortem.model.stpa.ControllerConstraint;
import org.premortem.model.stpa.Feedback;
import org.premortem.model.stpa.Hazard;
import org.premortem.model.stpa.Loss;
import org.premortem.model.stpa.LossScenario;
import org.premortem.model.stpa.NotApplicableEntry;
import org.premortem.model.stpa.Requirement;
import org.premortem.model.stpa.SystemConstraint;
import org.premortem.model.stpa.UnsafeControlAction;

/**
 * Counts of an analysis's elements per kind, in one pass. Hazards and system constraints include their
 * refinements; components include nested ones.
 */
public record AnalysisStatistics(String formatVersion, int losses, int hazards, int systemConstraints,
        int controlStructures, int components, int controllers, int controlActions, int feedback, int ucas,
        int notApplicable, int controllerConstraints, int lossScenarios, int requirements) {

    public static AnalysisStatistics of(Analysis analysis) {
        Objects.requireNonNull(analysis, "analysis");
        Counter counter = new Counter();
        for (TreeIterator<EObject> it = analysis.eAllContents(); it.hasNext();) {
            counter.count(it.next());
        }
        int controllers = new AnalysisQuery(analysis).controllers().size();
        return new AnalysisStatistics(analysis.getFormatVersion(), counter.losses, counter.hazards,
                counter.systemConstraints, counter.controlStructures, counter.components, controllers,
                counter.controlActions, counter.feedback, counter.ucas, counter.notApplicable,
                counter.controllerConstraints, counter.lossScenarios, counter.requirements);
    }

    /** The counts by their stable names (the keys of {@code premortem stats --format json}), in a fixed order. */
    public Map<String, Integer> counts() {
        Map<String, Integer> counts = new LinkedHashMap<>();
        counts.put("losses", losses);
        counts.put("hazards", hazards);
        counts.put("systemConstraints", systemConstraints);
        counts.put("controlStructures", controlStructures);
        counts.put("components", components);
        counts.put("controllers", controllers);
        counts.put("controlActions", controlActions);
        counts.put("feedback", feedback);
        counts.put("ucas", ucas);
        counts.put("notApplicable", notApplicable);
        counts.put("controllerConstraints", controllerConstraints);
        counts.put("lossScenarios", lossScenarios);
        counts.put("requirements", requirements);
        return counts;
    }

    private static final class Counter {
        int losses;
        int hazards;
        int systemConstraints;
        int controlStructures;
        int components;
        int controlActions;
        int feedback;
        int ucas;
        int notApplicable;
        int controllerConstraints;
        int lossScenarios;
        int requirements;

        void count(EObject element) {
            switch (element) {
                case Loss l -> losses++;
                case Hazard h -> hazards++;
                case SystemConstraint c -> systemConstraints++;
                case ControlStructure s -> controlStructures++;
                case Component c -> components++;
                case ControlAction a -> controlActions++;
                case Feedback f -> feedback++;
                case UnsafeControlAction u -> ucas++;
                case NotApplicableEntry n -> notApplicable++;
                case ControllerConstraint c -> controllerConstraints++;
                case LossScenario s -> lossScenarios++;
                case Requirement r -> requirements++;
                default -> {
                    // Other kinds (goals, variables, rows, ...) are not counted.
                }
            }
        }
    }
}
