/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.core.synthetic;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

import org.premortem.core.build.AnalysisBuilder;
import org.premortem.core.query.UcaCategories;
import org.premortem.core.synthetic.ControllerPlan.PlannedAction;
import org.premortem.model.stpa.CausalFactorKind;
import org.premortem.model.stpa.ContextTable;
import org.premortem.model.stpa.ContextTableRow;
import org.premortem.model.stpa.ControlAction;
import org.premortem.model.stpa.Hazard;
import org.premortem.model.stpa.LossScenario;
import org.premortem.model.stpa.NotApplicableVerdict;
import org.premortem.model.stpa.ProcessModelVariable;
import org.premortem.model.stpa.Requirement;
import org.premortem.model.stpa.ScenarioClass;
import org.premortem.model.stpa.StpaFactory;
import org.premortem.model.stpa.UcaCategory;
import org.premortem.model.stpa.UcaType;
import org.premortem.model.stpa.UnsafeControlAction;
import org.premortem.model.stpa.VariableValue;

/**
 * Steps 3 and 4 of a synthetic analysis: the UCAs of every control action, written in the standard wording from the
 * controller's process-model variables, each with hazards, a controller constraint, one or two loss scenarios and a
 * requirement; not-applicable entries for the table cells left empty; a context table for one action in ten and a
 * control-path or controlled-process scenario for one in four.
 */
final class UcaGenerator {

    private static final List<UcaType> TYPES = List.of(UcaType.NOT_PROVIDED, UcaType.NOT_PROVIDED,
            UcaType.NOT_PROVIDED, UcaType.PROVIDED, UcaType.PROVIDED, UcaType.PROVIDED, UcaType.TOO_EARLY,
            UcaType.TOO_LATE, UcaType.WRONG_ORDER, UcaType.STOPPED_TOO_SOON, UcaType.APPLIED_TOO_LONG,
            UcaType.PARAMETER_TOO_HIGH);
    private static final List<CausalFactorKind> CONTROLLER_FACTORS = List.of(CausalFactorKind.COMPONENT_FAILURE,
            CausalFactorKind.INADEQUATE_CONTROL_ALGORITHM, CausalFactorKind.FLAWED_PROCESS_MODEL,
            CausalFactorKind.UNSAFE_CONTROL_INPUT);
    private static final List<CausalFactorKind> FEEDBACK_FACTORS = List.of(CausalFactorKind.MISSING_FEEDBACK,
            CausalFactorKind.FEEDBACK_NOT_RECEIVED, CausalFactorKind.FEEDBACK_DELAYED,
            CausalFactorKind.FEEDBACK_INACCURATE, CausalFactorKind.CONFLICTING_FEEDBACK);
    private static final List<CausalFactorKind> PATH_FACTORS = List.of(CausalFactorKind.ACTION_NOT_RECEIVED,
            CausalFactorKind.ACTION_DELAYED, CausalFactorKind.CONFLICTING_ACTION);
    private static final List<CausalFactorKind> PROCESS_FACTORS = List.of(CausalFactorKind.ACTION_NOT_EXECUTED,
            CausalFactorKind.RESOURCES_EXHAUSTED, CausalFactorKind.IGNORED_BY_PROCESS);

    private final AnalysisBuilder builder;
    private final Vocabulary words;
    private final SplittableRandom random;

    UcaGenerator(AnalysisBuilder builder, Vocabulary words, SplittableRandom random) {
        this.builder = builder;
        this.words = words;
        this.random = random;
    }

    void generate(List<ControllerPlan> controllers) {
        for (ControllerPlan plan : controllers) {
            for (PlannedAction planned : plan.actions()) {
                Set<UcaCategory> used = EnumSet.noneOf(UcaCategory.class);
                List<UnsafeControlAction> ucas = new ArrayList<>(planned.ucas());
                for (int i = 0; i < planned.ucas(); i++) {
                    UnsafeControlAction uca = uca(plan, planned.action());
                    used.add(UcaCategories.categoryOf(uca.getType()));
                    ucas.add(uca);
                }
                notApplicable(planned.action(), used);
                if (random.nextInt(4) == 0) {
                    pathScenario(planned.action(), ucas);
                }
                if (random.nextInt(10) == 0 && plan.variables().size() >= 2) {
                    contextTable(plan, planned.action());
                }
            }
        }
    }

    private UnsafeControlAction uca(ControllerPlan plan, ControlAction action) {
        UcaType type = words.pick(TYPES);
        ProcessModelVariable variable = words.pick(plan.variables());
        String value = words.pick(variable.getValues());
        String context = variable.getName() + " is " + value;
        List<Hazard> hazards = hazards(plan);
        String controller = plan.controller().getName();
        String hazardIds = String.join(", ", hazards.stream().map(Hazard::getDisplayId).toList());
        UnsafeControlAction uca = builder.uca(action, type, context,
                controller + " " + phrase(type) + " " + action.getName() + " when " + context + " [" + hazardIds + "]",
                hazards.toArray(Hazard[]::new));
        if (random.nextBoolean()) {
            VariableValue condition = StpaFactory.eINSTANCE.createVariableValue();
            condition.setVariable(variable);
            condition.setValue(value);
            uca.getContextConditions().add(condition);
        }
        builder.controllerConstraint(controller + " must " + (type == UcaType.NOT_PROVIDED ? "" : "not ")
                + "provide " + action.getName() + " " + timing(type) + "when " + context, uca);
        List<LossScenario> scenarios = new ArrayList<>(2);
        scenarios.add(ucaScenario(uca, controller, variable));
        if (random.nextBoolean()) {
            scenarios.add(ucaScenario(uca, controller, variable));
        }
        Requirement requirement = builder.requirement("Detect and prevent: " + uca.getText());
        builder.addresses(requirement, uca);
        scenarios.forEach(scenario -> builder.addresses(requirement, scenario));
        return uca;
    }

    private List<Hazard> hazards(ControllerPlan plan) {
        Set<Hazard> hazards = new LinkedHashSet<>();
        hazards.add(words.pick(plan.hazards()));
        if (random.nextInt(3) == 0) {
            hazards.add(words.pick(plan.hazards()));
        }
        return List.copyOf(hazards);
    }

    private LossScenario ucaScenario(UnsafeControlAction uca, String controller, ProcessModelVariable variable) {
        if (random.nextBoolean()) {
            return builder.lossScenario(uca, ScenarioClass.UNSAFE_CONTROLLER_BEHAVIOR, controller + " believes "
                    + variable.getName() + " is " + words.pick(variable.getValues()) + " because its control "
                    + "algorithm does not handle this context", words.pick(CONTROLLER_FACTORS));
        }
        return builder.lossScenario(uca, ScenarioClass.INADEQUATE_FEEDBACK, controller + " receives no timely "
                + "reading of " + variable.getName() + ", so its process model is stale", words.pick(FEEDBACK_FACTORS),
                CausalFactorKind.FLAWED_PROCESS_MODEL);
    }

    private void pathScenario(ControlAction action, List<UnsafeControlAction> ucas) {
        List<Hazard> hazards = ucas.get(0).getHazards();
        LossScenario scenario = random.nextBoolean()
                ? builder.lossScenario(action, hazards, ScenarioClass.CONTROL_PATH, action.getName()
                        + " is provided but reaches " + action.getTarget().getName() + " late", words.pick(PATH_FACTORS))
                : builder.lossScenario(action, hazards, ScenarioClass.CONTROLLED_PROCESS, action.getTarget().getName()
                        + " does not execute " + action.getName() + " while it is saturated", words.pick(PROCESS_FACTORS));
        builder.addresses(builder.requirement("Confirm that " + action.getName() + " took effect"), scenario);
    }

    private void notApplicable(ControlAction action, Set<UcaCategory> used) {
        for (UcaCategory category : UcaCategory.values()) {
            if (!used.contains(category)) {
                boolean applicable = category != UcaCategory.PARAMETER && category != UcaCategory.DURATION;
                builder.notApplicable(action, category,
                        applicable ? NotApplicableVerdict.NOT_HAZARDOUS : NotApplicableVerdict.NOT_APPLICABLE,
                        applicable ? "No context makes this hazardous" : "Discrete action: n/a");
            }
        }
    }

    /** A context table over the controller's first two variables: one row per combination of their values. */
    private void contextTable(ControllerPlan plan, ControlAction action) {
        ContextTable table = StpaFactory.eINSTANCE.createContextTable();
        table.setControlAction(action);
        List<ProcessModelVariable> variables = plan.variables().subList(0, 2);
        table.getVariables().addAll(variables);
        builder.build().getContextTables().add(table);
        builder.identify(table);
        for (String first : variables.get(0).getValues()) {
            for (String second : variables.get(1).getValues()) {
                ContextTableRow row = StpaFactory.eINSTANCE.createContextTableRow();
                row.getValues().add(value(variables.get(0), first));
                row.getValues().add(value(variables.get(1), second));
                if (random.nextInt(3) == 0) {
                    row.getHazardousTypes().add(UcaType.NOT_PROVIDED);
                    row.getHazards().add(words.pick(plan.hazards()));
                }
                table.getRows().add(row);
                builder.identify(row);
            }
        }
    }

    private static VariableValue value(ProcessModelVariable variable, String value) {
        VariableValue result = StpaFactory.eINSTANCE.createVariableValue();
        result.setVariable(variable);
        result.setValue(value);
        return result;
    }

    private static String phrase(UcaType type) {
        return switch (type) {
            case NOT_PROVIDED -> "does not provide";
            case PROVIDED -> "provides";
            case TOO_EARLY -> "provides too early";
            case TOO_LATE -> "provides too late";
            case WRONG_ORDER -> "provides out of order";
            case STOPPED_TOO_SOON -> "stops too soon";
            case APPLIED_TOO_LONG -> "applies too long";
            case PARAMETER_TOO_LOW -> "provides with too low a setting";
            case PARAMETER_TOO_HIGH -> "provides with too high a setting";
        };
    }

    private static String timing(UcaType type) {
        return switch (type) {
            case TOO_EARLY, TOO_LATE, WRONG_ORDER -> "at the right moment ";
            case STOPPED_TOO_SOON, APPLIED_TOO_LONG -> "for the right duration ";
            default -> "";
        };
    }
}
