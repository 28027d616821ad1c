/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.validation.structure;

import java.util.List;
import java.util.Optional;

import org.premortem.core.validation.ActionVocabulary;
import org.premortem.core.validation.AnalysisIndex;
import org.premortem.core.validation.RuleContext;
import org.premortem.core.validation.Severity;
import org.premortem.model.stpa.Component;
import org.premortem.model.stpa.ComponentKind;
import org.premortem.model.stpa.Connection;
import org.premortem.model.stpa.ControlAction;
import org.premortem.model.stpa.Feedback;
import org.premortem.model.stpa.IdentifiedElement;

/**
 * A recovery path that depends on what it must recover (common mode): a restoring action (restore, roll back,
 * fail over, ...) reaches the component it recovers through a controller or actuator that this very component
 * controls or feeds with an input, so when the component fails, so does the way to recover it (outages whose
 * recovery tooling ran on the failed service).
 */
public final class CommonModeRecoveryRule extends StructureRule {

    public CommonModeRecoveryRule() {
        super("structure.common-mode-recovery", Severity.WARNING, STPA.getControlAction());
    }

    @Override
    public void check(IdentifiedElement element, RuleContext context) {
        ControlAction action = (ControlAction) element;
        if (action.getSource() == null || action.getTarget() == null
                || !context.vocabulary().mentions(ActionVocabulary.Kind.RESTORING, action.getName())) {
            return;
        }
        Component via = action.getTarget();
        List<Component> recovered = via.getKind() == ComponentKind.ACTUATOR
                ? context.index().controlActionsFrom(via).stream().map(ControlAction::getTarget)
                        .filter(target -> target != null).toList()
                : List.of(via);
        for (Component process : recovered) {
            for (Component onPath : via == process ? List.of(action.getSource()) : List.of(action.getSource(), via)) {
                Optional<Connection> dependency = dependency(onPath, process, context.index());
                if (dependency.isPresent()) {
                    context.report(action, message("message", name(action), name(process), name(onPath),
                            name(dependency.get())));
                    return;
                }
            }
        }
    }

    /** A control action or input/output from {@code process} to {@code component}: the component depends on it. */
    private static Optional<Connection> dependency(Component component, Component process, AnalysisIndex index) {
        return index.incoming(component).stream()
                .filter(connection -> !(connection instanceof Feedback) && connection.getSource() != null
                        && isWithin(connection.getSource(), process))
                .findFirst();
    }
}
