/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.core.stats;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.premortem.core.query.AnalysisQuery;
import org.premortem.model.stpa.Analysis;
import org.premortem.model.stpa.Component;
import org.premortem.model.stpa.Connection;
import org.premortem.model.stpa.ControlAction;
import org.premortem.model.stpa.ControlStructure;
import org.premortem.model.stpa.Feedback;
import org.premortem.model.stpa.Hazard;
import org.premortem.model.stpa.SystemConstraint;

/**
 * Counts of an analysis's elements per kind. Hazards and system constraints include their refinements; components
 * include nested ones. Each kind has one place in the metamodel (UCAs, scenarios, requirements and the like are held
 * by the analysis itself), so the counts are the sizes of those lists and of the small hierarchies: nothing walks the
 * hundreds of thousands of elements of a large analysis to count them.
 */
public record AnalysisStatistics(String formatVersion, int losses, int hazards, int systemConstraints,
        int controlStructures, int components, int controllers, int controlActions, int feedback, int ucas,
        int notApplicable, int controllerConstraints, int lossScenarios, int requirements) {

    public static AnalysisStatistics of(Analysis analysis) {
        Objects.requireNonNull(analysis, "analysis");
        int components = 0;
        int controlActions = 0;
        int feedback = 0;
        // Controllers as AnalysisQuery has them (of a controller kind, or the source of a control action), without
        // the relations it builds over every UCA, scenario and requirement.
        Set<Component> controllers = Collections.newSetFromMap(new IdentityHashMap<>());
        for (ControlStructure structure : analysis.getControlStructures()) {
            components += countComponents(structure.getComponents(), controllers);
            for (Connection connection : structure.getConnections()) {
                if (connection instanceof ControlAction action) {
                    controlActions++;
                    if (action.getSource() != null) {
                        controllers.add(action.getSource());
                    }
                } else if (connection instanceof Feedback) {
                    feedback++;
                }
            }
        }
        return new AnalysisStatistics(analysis.getFormatVersion(), analysis.getLosses().size(),
                countHazards(analysis.getHazards()), countConstraints(analysis.getSystemConstraints()),
                analysis.getControlStructures().size(), components, controllers.size(), controlActions, feedback,
                analysis.getUnsafeControlActions().size(), analysis.getNotApplicable().size(),
                analysis.getControllerConstraints().size(), analysis.getLossScenarios().size(),
                analysis.getRequirements().size());
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

    private static int countHazards(List<Hazard> hazards) {
        int count = hazards.size();
        for (Hazard hazard : hazards) {
            count += countHazards(hazard.getSubHazards());
        }
        return count;
    }

    private static int countConstraints(List<SystemConstraint> constraints) {
        int count = constraints.size();
        for (SystemConstraint constraint : constraints) {
            count += countConstraints(constraint.getSubConstraints());
        }
        return count;
    }

    private static int countComponents(List<Component> components, Set<Component> controllers) {
        int count = components.size();
        for (Component component : components) {
            if (AnalysisQuery.isControllerKind(component.getKind())) {
                controllers.add(component);
            }
            count += countComponents(component.getChildren(), controllers);
        }
        return count;
    }
}
