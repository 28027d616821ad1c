/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.core.scenarios;

import java.util.ArrayList;
import java.util.List;

import org.premortem.core.query.AnalysisQuery;
import org.premortem.model.stpa.Component;
import org.premortem.model.stpa.ComponentKind;
import org.premortem.model.stpa.ControlAction;

/**
 * The way a control action takes from its controller to the process it acts on: the action itself and, when it goes
 * to an actuator, the actuator and the actions the actuator passes on; the processes at the end of the way.
 */
record ControlPath(List<ControlAction> connections, List<Component> actuators, List<Component> processes) {

    static ControlPath of(ControlAction action, AnalysisQuery query) {
        List<ControlAction> connections = new ArrayList<>(List.of(action));
        List<Component> actuators = new ArrayList<>();
        List<Component> processes = new ArrayList<>();
        Component target = action.getTarget();
        if (target != null && target.getKind() == ComponentKind.ACTUATOR) {
            actuators.add(target);
            for (ControlAction onward : query.controlActionsOf(target)) {
                connections.add(onward);
                if (onward.getTarget() != null && !processes.contains(onward.getTarget())) {
                    processes.add(onward.getTarget());
                }
            }
        }
        if (processes.isEmpty() && target != null) {
            processes.add(target);
        }
        return new ControlPath(List.copyOf(connections), List.copyOf(actuators), List.copyOf(processes));
    }
}
