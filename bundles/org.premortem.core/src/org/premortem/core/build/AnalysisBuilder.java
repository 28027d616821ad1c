/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.core.build;

import java.util.List;
import java.util.Objects;

import org.premortem.core.ids.IdAssigner;
import org.premortem.core.ids.IdSource;
import org.premortem.core.persistence.FormatVersion;
import org.premortem.model.stpa.Analysis;
import org.premortem.model.stpa.Assumption;
import org.premortem.model.stpa.CausalFactor;
import org.premortem.model.stpa.CausalFactorKind;
import org.premortem.model.stpa.ControlAction;
import org.premortem.model.stpa.ControllerConstraint;
import org.premortem.model.stpa.Goal;
import org.premortem.model.stpa.Hazard;
import org.premortem.model.stpa.IdentifiedElement;
import org.premortem.model.stpa.Loss;
import org.premortem.model.stpa.LossScenario;
import org.premortem.model.stpa.NotApplicableEntry;
import org.premortem.model.stpa.NotApplicableVerdict;
import org.premortem.model.stpa.Requirement;
import org.premortem.model.stpa.ScenarioClass;
import org.premortem.model.stpa.StpaFactory;
import org.premortem.model.stpa.SystemConstraint;
import org.premortem.model.stpa.UcaCategory;
import org.premortem.model.stpa.UcaType;
import org.premortem.model.stpa.UnsafeControlAction;

/**
 * Builds an analysis step by step, the way an analyst works through STPA: purpose (losses, hazards, constraints),
 * control structures, unsafe control actions, loss scenarios and requirements. Every element gets its permanent id
 * and display id as it is created. The returned elements are live model objects; set further attributes on them
 * directly.
 *
 * <pre>{@code
 * AnalysisBuilder b = AnalysisBuilder.create("Train doors", IdSource.random());
 * Loss death = b.loss("Loss of life or injury");
 * Hazard h1 = b.hazard("Doors open while the train moves", death);
 * b.systemConstraint("Doors must stay closed while the train moves", h1);
 * ControlStructureBuilder cs = b.controlStructure("Door control");
 * Analysis analysis = b.build();
 * }</pre>
 */
public final class AnalysisBuilder {

    private static final StpaFactory STPA = StpaFactory.eINSTANCE;

    private final Analysis analysis;
    private final IdAssigner ids;

    private AnalysisBuilder(String name, IdSource idSource) {
        analysis = STPA.createAnalysis();
        analysis.setName(Objects.requireNonNull(name, "name"));
        analysis.setFormatVersion(FormatVersion.CURRENT);
        ids = new IdAssigner(analysis, Objects.requireNonNull(idSource, "idSource"));
    }

    /** Starts a new analysis. */
    public static AnalysisBuilder create(String name, IdSource idSource) {
        return new AnalysisBuilder(name, idSource);
    }

    /** Continues building on an existing analysis (its ids are kept; new elements continue its numbering). */
    public static AnalysisBuilder extend(Analysis analysis, IdSource idSource) {
        return new AnalysisBuilder(analysis, idSource);
    }

    private AnalysisBuilder(Analysis existing, IdSource idSource) {
        analysis = Objects.requireNonNull(existing, "analysis");
        ids = new IdAssigner(analysis, Objects.requireNonNull(idSource, "idSource"));
    }

    public AnalysisBuilder description(String description) {
        analysis.setDescription(description);
        return this;
    }

    public Goal goal(String text) {
        Goal goal = STPA.createGoal();
        goal.setText(text);
        analysis.getGoals().add(goal);
        return ids.assign(goal);
    }

    public Assumption assumption(String text) {
        Assumption assumption = STPA.createAssumption();
        assumption.setText(text);
        analysis.getAssumptions().add(assumption);
        return ids.assign(assumption);
    }

    public Loss loss(String text) {
        Loss loss = STPA.createLoss();
        loss.setText(text);
        analysis.getLosses().add(loss);
        return ids.assign(loss);
    }

    /** A hazard: a system state that, with worst-case environment, leads to the given losses. */
    public Hazard hazard(String text, Loss... losses) {
        Hazard hazard = newHazard(text, losses);
        analysis.getHazards().add(hazard);
        return ids.assign(hazard);
    }

    /** A refinement of {@code parent}, numbered under it ({@code H-1.1}). */
    public Hazard subHazard(Hazard parent, String text, Loss... losses) {
        Hazard hazard = newHazard(text, losses);
        parent.getSubHazards().add(hazard);
        return ids.assign(hazard);
    }

    private static Hazard newHazard(String text, Loss... losses) {
        Hazard hazard = STPA.createHazard();
        hazard.setText(text);
        hazard.getLosses().addAll(List.of(losses));
        return hazard;
    }

    public SystemConstraint systemConstraint(String text, Hazard... hazards) {
        SystemConstraint constraint = newConstraint(text, hazards);
        analysis.getSystemConstraints().add(constraint);
        return ids.assign(constraint);
    }

    public SystemConstraint subConstraint(SystemConstraint parent, String text, Hazard... hazards) {
        SystemConstraint constraint = newConstraint(text, hazards);
        parent.getSubConstraints().add(constraint);
        return ids.assign(constraint);
    }

    private static SystemConstraint newConstraint(String text, Hazard... hazards) {
        SystemConstraint constraint = STPA.createSystemConstraint();
        constraint.setText(text);
        constraint.getHazards().addAll(List.of(hazards));
        return constraint;
    }

    /** A new control structure (one per abstraction level), built through the returned builder. */
    public ControlStructureBuilder controlStructure(String name) {
        return new ControlStructureBuilder(this, name);
    }

    /**
     * An unsafe control action of the control action's controller: {@code text} is the full standard wording,
     * {@code context} the condition that makes it unsafe.
     */
    public UnsafeControlAction uca(ControlAction action, UcaType type, String context, String text, Hazard... hazards) {
        UnsafeControlAction uca = STPA.createUnsafeControlAction();
        uca.setControlAction(Objects.requireNonNull(action, "action"));
        uca.setSource(action.getSource());
        uca.setType(Objects.requireNonNull(type, "type"));
        uca.setContext(context);
        uca.setText(text);
        uca.getHazards().addAll(List.of(hazards));
        analysis.getUnsafeControlActions().add(uca);
        return ids.assign(uca);
    }

    /** Records that a UCA category of a control action was analysed and found not applicable or not hazardous. */
    public NotApplicableEntry notApplicable(ControlAction action, UcaCategory category, NotApplicableVerdict verdict,
            String rationale) {
        NotApplicableEntry entry = STPA.createNotApplicableEntry();
        entry.setControlAction(Objects.requireNonNull(action, "action"));
        entry.setCategory(Objects.requireNonNull(category, "category"));
        entry.setVerdict(Objects.requireNonNull(verdict, "verdict"));
        entry.setRationale(rationale);
        analysis.getNotApplicable().add(entry);
        return ids.assign(entry);
    }

    public ControllerConstraint controllerConstraint(String text, UnsafeControlAction... ucas) {
        ControllerConstraint constraint = STPA.createControllerConstraint();
        constraint.setText(text);
        constraint.getUnsafeControlActions().addAll(List.of(ucas));
        analysis.getControllerConstraints().add(constraint);
        return ids.assign(constraint);
    }

    /** A loss scenario explaining a UCA (scenario classes 1 and 2, and 3–4 when tied to a UCA). */
    public LossScenario lossScenario(UnsafeControlAction uca, ScenarioClass scenarioClass, String text,
            CausalFactorKind... causalFactors) {
        LossScenario scenario = newScenario(scenarioClass, text, causalFactors);
        scenario.setUnsafeControlAction(Objects.requireNonNull(uca, "uca"));
        scenario.getHazards().addAll(uca.getHazards());
        analysis.getLossScenarios().add(scenario);
        return ids.assign(scenario);
    }

    /** A loss scenario of a safe control action not followed or not effective (classes 3 and 4). */
    public LossScenario lossScenario(ControlAction action, List<Hazard> hazards, ScenarioClass scenarioClass,
            String text, CausalFactorKind... causalFactors) {
        LossScenario scenario = newScenario(scenarioClass, text, causalFactors);
        scenario.setControlAction(Objects.requireNonNull(action, "action"));
        scenario.getHazards().addAll(hazards);
        analysis.getLossScenarios().add(scenario);
        return ids.assign(scenario);
    }

    private static LossScenario newScenario(ScenarioClass scenarioClass, String text, CausalFactorKind... kinds) {
        LossScenario scenario = STPA.createLossScenario();
        scenario.setScenarioClass(Objects.requireNonNull(scenarioClass, "scenarioClass"));
        scenario.setText(text);
        for (CausalFactorKind kind : kinds) {
            CausalFactor factor = STPA.createCausalFactor();
            factor.setKind(kind);
            scenario.getCausalFactors().add(factor);
        }
        return scenario;
    }

    /** A requirement or mitigation; link it with {@link #addresses}. */
    public Requirement requirement(String text) {
        Requirement requirement = STPA.createRequirement();
        requirement.setText(text);
        analysis.getRequirements().add(requirement);
        return ids.assign(requirement);
    }

    /** Links a requirement to the scenarios, UCAs and hazards it addresses. */
    public AnalysisBuilder addresses(Requirement requirement, IdentifiedElement... targets) {
        for (IdentifiedElement target : targets) {
            if (target instanceof LossScenario scenario) {
                requirement.getLossScenarios().add(scenario);
            } else if (target instanceof UnsafeControlAction uca) {
                requirement.getUnsafeControlActions().add(uca);
            } else if (target instanceof Hazard hazard) {
                requirement.getHazards().add(hazard);
            } else {
                throw new IllegalArgumentException("a requirement addresses loss scenarios, UCAs or hazards, not "
                        + target.eClass().getName());
            }
        }
        return this;
    }

    /** Gives ids to an element the caller added to the model itself. */
    public <T extends IdentifiedElement> T identify(T element) {
        return ids.assign(element);
    }

    /** The analysis built so far (the same object on every call). */
    public Analysis build() {
        return analysis;
    }
}
