/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.core.scenarios;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.premortem.core.query.AnalysisQuery;
import org.premortem.model.stpa.Component;
import org.premortem.model.stpa.Connection;
import org.premortem.model.stpa.ControlAction;
import org.premortem.model.stpa.ProcessModelVariable;
import org.premortem.model.stpa.UcaType;
import org.premortem.model.stpa.UnsafeControlAction;

/**
 * What the candidate sources need to know about one UCA: its controller, its control action and the component that
 * action reaches, the analysis's relations, and which action would have been the safe one.
 */
final class UcaSituation {

    /** The types of UCA whose safe counterpart is providing the action (in time, for long enough). */
    private static final Set<UcaType> PROVIDING_IS_SAFE = EnumSet.of(UcaType.NOT_PROVIDED, UcaType.TOO_LATE,
            UcaType.WRONG_ORDER, UcaType.STOPPED_TOO_SOON);

    private final UnsafeControlAction uca;
    private final AnalysisQuery query;
    private final IncomingConnections incoming;
    private List<ProcessModelVariable> named;
    private List<ProcessModelVariable> considered;

    UcaSituation(UnsafeControlAction uca, AnalysisQuery query, IncomingConnections incoming) {
        this.uca = uca;
        this.query = query;
        this.incoming = incoming;
    }

    UnsafeControlAction uca() {
        return uca;
    }

    AnalysisQuery query() {
        return query;
    }

    /** The controller that issues (or fails to issue) the action: the UCA's source, else the action's. */
    Optional<Component> controller() {
        if (uca.getSource() != null) {
            return Optional.of(uca.getSource());
        }
        return action().map(ControlAction::getSource);
    }

    Optional<ControlAction> action() {
        return Optional.ofNullable(uca.getControlAction());
    }

    /** The component the control action reaches. */
    Optional<Component> target() {
        return action().map(ControlAction::getTarget);
    }

    /** Whether the safe behaviour is to provide the action (the UCA is about it missing, late or cut short). */
    boolean providingIsSafe() {
        return PROVIDING_IS_SAFE.contains(uca.getType());
    }

    /** Whether the UCA is about a wrong parameter. */
    boolean isParameterType() {
        return uca.getType() == UcaType.PARAMETER_TOO_LOW || uca.getType() == UcaType.PARAMETER_TOO_HIGH;
    }

    /**
     * The controllers other than this one that issue control actions to {@code process}, in document order; the
     * actuators on this UCA's own control path pass on its controller's actions and do not count.
     */
    List<Component> otherControllersOf(Component process) {
        List<Component> others = new ArrayList<>(query.controllersOf(process));
        controller().ifPresent(others::remove);
        action().ifPresent(action -> others.removeAll(ControlPath.of(action, query).actuators()));
        return others;
    }

    /**
     * The process-model variables the candidates about beliefs look at: those the UCA's context names, else all of
     * the controller's.
     */
    List<ProcessModelVariable> consideredVariables() {
        if (considered == null) {
            considered = controller().map(this::considered).orElse(List.of());
        }
        return considered;
    }

    /** The variables the UCA's context names (empty when it names none or there is no controller). */
    List<ProcessModelVariable> namedVariables() {
        if (named == null) {
            named = controller().map(c -> ContextVariables.named(uca, c, uca.getControlAction())).orElse(List.of());
        }
        return named;
    }

    private List<ProcessModelVariable> considered(Component controller) {
        return namedVariables().isEmpty() ? List.copyOf(controller.getProcessModel()) : namedVariables();
    }

    /**
     * Who else acts on {@code process}, in words: the other replicas of a replicated controller first, then the other
     * controllers; empty when nobody else does.
     */
    List<String> othersActingOn(Component process) {
        List<String> others = new ArrayList<>();
        controller().filter(c -> c.getReplicas() > 1)
                .ifPresent(c -> others.add(ScenarioTexts.text("otherReplicas", ScenarioTexts.withReplicas(c))));
        otherControllersOf(process).forEach(other -> others.add(ScenarioTexts.withReplicas(other)));
        return others;
    }

    /** The connections of every control structure that end at {@code component}, in document order. */
    List<Connection> connectionsInto(Component component) {
        return incoming.into(component);
    }

    /** Whether the component acts as a controller (of a controller kind, or the source of a control action). */
    boolean isController(Component component) {
        return incoming.isController(component);
    }
}
