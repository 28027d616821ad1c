/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.core.synthetic;

import java.util.List;

import org.premortem.model.stpa.Component;
import org.premortem.model.stpa.ControlAction;
import org.premortem.model.stpa.Hazard;
import org.premortem.model.stpa.ProcessModelVariable;

/**
 * A generated controller and what its UCAs are written from: its process-model variables, its control actions with
 * the number of UCAs each gets, and the hazards its actions can lead to.
 */
record ControllerPlan(Component controller, List<ProcessModelVariable> variables, List<PlannedAction> actions,
        List<Hazard> hazards) {

    /** A control action and how many UCAs it gets. */
    record PlannedAction(ControlAction action, int ucas) {
    }
}
