/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.core.tests;

import org.premortem.core.build.AnalysisBuilder;
import org.premortem.core.build.ControlStructureBuilder;
import org.premortem.core.ids.IdSource;
import org.premortem.model.stpa.Analysis;
import org.premortem.model.stpa.CausalFactorKind;
import org.premortem.model.stpa.Component;
import org.premortem.model.stpa.ControlAction;
import org.premortem.model.stpa.Hazard;
import org.premortem.model.stpa.Loss;
import org.premortem.model.stpa.LossScenario;
import org.premortem.model.stpa.NotApplicableVerdict;
import org.premortem.model.stpa.ProcessModelVariable;
import org.premortem.model.stpa.Requirement;
import org.premortem.model.stpa.ScenarioClass;
import org.premortem.model.stpa.SystemConstraint;
import org.premortem.model.stpa.UcaCategory;
import org.premortem.model.stpa.UcaType;
import org.premortem.model.stpa.UnsafeControlAction;

/** A small analysis touching every kind of element, for persistence tests. */
final class SmallAnalysis {

    private SmallAnalysis() {
    }

    static AnalysisBuilder builder() {
        AnalysisBuilder b = AnalysisBuilder.create("Train doors", IdSource.seeded(7))
                .description("Doors of a metro train: opening & closing <safely>, \"quoted\" — ünïcode.");
        b.goal("Passengers board and leave safely");
        b.assumption("The train has a speed sensor");
        Loss injury = b.loss("Passengers are injured");
        Loss delay = b.loss("Service is delayed");
        Hazard moving = b.hazard("Doors are open while the train moves", injury);
        Hazard trapped = b.subHazard(moving, "A passenger is caught in a closing door", injury, delay);
        SystemConstraint closed = b.systemConstraint("Doors must be closed while the train moves", moving, trapped);
        b.subConstraint(closed, "Doors must not close on a passenger", trapped);

        ControlStructureBuilder cs = b.controlStructure("Door control");
        Component driver = cs.humanController("Driver");
        Component controller = cs.replicatedController("Door controller", 2);
        Component door = cs.controlledProcess("Doors");
        cs.child(door, "Door motor", org.premortem.model.stpa.ComponentKind.ACTUATOR);
        cs.sensor("Obstacle sensor");
        cs.responsibility(controller, "Keep doors closed while moving", closed);
        ProcessModelVariable state = cs.variable(controller, "Door state", "open", "closed", "obstructed");
        ControlAction open = cs.controlAction(controller, door, "Open doors");
        cs.controlAction(driver, controller, "Release doors");
        cs.feedback(door, controller, "Door position", state);
        cs.inputOutput(null, controller, "Train speed");

        UnsafeControlAction early = b.uca(open, UcaType.PROVIDED, "while the train moves",
                "Door controller opens doors while the train moves", moving);
        b.uca(open, UcaType.TOO_LATE, "after the stop time", "Door controller opens doors too late", trapped);
        b.notApplicable(open, UcaCategory.PARAMETER, NotApplicableVerdict.NOT_APPLICABLE, "binary action");
        b.controllerConstraint("Door controller must not open doors while moving", early);
        LossScenario scenario = b.lossScenario(early, ScenarioClass.INADEQUATE_FEEDBACK,
                "Speed feedback is delayed, so the controller believes the train stopped",
                CausalFactorKind.FEEDBACK_DELAYED, CausalFactorKind.FLAWED_PROCESS_MODEL);
        Requirement requirement = b.requirement("Door opening is interlocked with the speed sensor");
        b.addresses(requirement, scenario, early, moving);
        return b;
    }

    static Analysis build() {
        return builder().build();
    }
}
