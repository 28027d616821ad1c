/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.tables;

import java.util.List;
import java.util.Objects;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.UnexecutableCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.premortem.model.stpa.CausalFactor;
import org.premortem.model.stpa.LossScenario;
import org.premortem.model.stpa.ScenarioClass;
import org.premortem.model.stpa.StpaPackage;
import org.premortem.model.stpa.UnsafeControlAction;

/** The scenarios table's edits of a loss scenario as commands: its UCA, its class, its causal factors. */
final class ScenarioCommands {

    private static final StpaPackage STPA = StpaPackage.eINSTANCE;

    private final EditingDomain domain;

    ScenarioCommands(EditingDomain domain) {
        this.domain = Objects.requireNonNull(domain);
    }

    /** Sets the UCA the scenario explains. */
    Command setUca(LossScenario scenario, UnsafeControlAction uca) {
        return TableCommands.labelled(
                SetCommand.create(domain, scenario, STPA.getLossScenario_UnsafeControlAction(), uca),
                Messages.Command_scenarioUca);
    }

    /** Sets the scenario's class. */
    Command setClass(LossScenario scenario, ScenarioClass scenarioClass) {
        return TableCommands.labelled(
                SetCommand.create(domain, scenario, STPA.getLossScenario_ScenarioClass(), scenarioClass),
                Messages.Command_scenarioClass);
    }

    /** Replaces the scenario's causal factors; not executable if they would say the same. */
    Command setCausalFactors(LossScenario scenario, List<CausalFactor> factors) {
        if (ScenarioWording.same(scenario.getCausalFactors(), factors)) {
            return UnexecutableCommand.INSTANCE;
        }
        return TableCommands.labelled(
                SetCommand.create(domain, scenario, STPA.getLossScenario_CausalFactors(), List.copyOf(factors)),
                Messages.Command_causalFactors);
    }
}
