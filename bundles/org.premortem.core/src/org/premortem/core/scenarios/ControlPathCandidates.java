/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.core.scenarios;

import static org.premortem.core.scenarios.ScenarioTexts.name;
import static org.premortem.core.scenarios.ScenarioTexts.quoted;
import static org.premortem.core.scenarios.ScenarioTexts.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

import org.premortem.model.stpa.CausalFactorKind;
import org.premortem.model.stpa.Component;
import org.premortem.model.stpa.ControlAction;
import org.premortem.model.stpa.IdentifiedElement;
import org.premortem.model.stpa.ScenarioClass;
import org.premortem.model.stpa.UcaType;

/**
 * Why the safe action would not be followed, on the control path (class 3). When providing the action is safe: it is
 * not received or received late on each connection of the path, or an actuator on it does not execute it right.
 * When not providing it is safe: the process receives it anyway (a stale or duplicated message), or another
 * controller, or another replica, issues the same action.
 */
final class ControlPathCandidates implements CandidateSource {

    @Override
    public List<ScenarioCandidate> candidates(UcaSituation situation) {
        List<ScenarioCandidate> candidates = new ArrayList<>();
        ControlAction action = situation.action().orElse(null);
        Component controller = situation.controller().orElse(null);
        if (action == null || controller == null || action.getTarget() == null) {
            return candidates;
        }
        ControlPath path = ControlPath.of(action, situation.query());
        if (situation.providingIsSafe()) {
            for (ControlAction connection : path.connections()) {
                if (situation.uca().getType() == UcaType.NOT_PROVIDED
                        || situation.uca().getType() == UcaType.STOPPED_TOO_SOON) {
                    candidates.add(lost(situation, controller, connection));
                }
                candidates.add(delayed(situation, controller, connection));
            }
        } else {
            candidates.add(spurious(situation, controller, action));
            conflicting(situation, controller, action).ifPresent(candidates::add);
        }
        if (situation.providingIsSafe() || situation.isParameterType()) {
            for (Component actuator : path.actuators()) {
                candidates.add(wronglyExecuted(situation, controller, action, actuator));
            }
        }
        return candidates;
    }

    private static ScenarioCandidate lost(UcaSituation situation, Component controller, ControlAction connection) {
        return new ScenarioCandidate("path.not-received:" + connection.getId(), situation.uca(),
                ScenarioClass.CONTROL_PATH,
                List.of(new CandidateFactor(CausalFactorKind.ACTION_NOT_RECEIVED,
                        text("factor.notReceived", quoted(connection), name(connection.getTarget())))),
                NamedElements.of(connection, connection.getSource(), connection.getTarget()),
                text("path.notReceived", name(controller), quoted(connection), name(connection.getSource()),
                        name(connection.getTarget())));
    }

    private static ScenarioCandidate delayed(UcaSituation situation, Component controller, ControlAction connection) {
        return new ScenarioCandidate("path.delayed:" + connection.getId(), situation.uca(),
                ScenarioClass.CONTROL_PATH,
                List.of(new CandidateFactor(CausalFactorKind.ACTION_DELAYED,
                        text("factor.delayed", quoted(connection), name(connection.getTarget())))),
                NamedElements.of(connection, connection.getSource(), connection.getTarget()),
                text("path.delayed", name(controller), quoted(connection), name(connection.getSource()),
                        name(connection.getTarget())));
    }

    private static ScenarioCandidate wronglyExecuted(UcaSituation situation, Component controller,
            ControlAction action, Component actuator) {
        return new ScenarioCandidate("path.actuator:" + actuator.getId(), situation.uca(),
                ScenarioClass.CONTROL_PATH,
                List.of(new CandidateFactor(CausalFactorKind.ACTION_NOT_EXECUTED,
                        text("factor.actuator", name(actuator), quoted(action)))),
                NamedElements.of(action, actuator),
                text("path.actuator", name(controller), quoted(action), name(actuator)));
    }

    private static ScenarioCandidate spurious(UcaSituation situation, Component controller, ControlAction action) {
        return new ScenarioCandidate("path.spurious:" + action.getId(), situation.uca(),
                ScenarioClass.CONTROL_PATH,
                List.of(new CandidateFactor(CausalFactorKind.OTHER,
                        text("factor.spurious", quoted(action), name(action.getTarget())))),
                NamedElements.of(action, action.getTarget()),
                text("path.spurious", name(controller), quoted(action), name(action.getTarget())));
    }

    /** Another replica of the controller, or another controller, issues an action of the same name to the process. */
    private static Optional<ScenarioCandidate> conflicting(UcaSituation situation, Component controller,
            ControlAction action) {
        List<String> issuers = new ArrayList<>();
        List<ControlAction> sameActions = new ArrayList<>();
        List<IdentifiedElement> otherControllers = new ArrayList<>();
        if (controller.getReplicas() > 1) {
            issuers.add(text("otherReplicas", ScenarioTexts.withReplicas(controller)));
        }
        for (Component other : situation.otherControllersOf(action.getTarget())) {
            for (ControlAction theirs : situation.query().controlActionsOf(other)) {
                if (theirs.getTarget() == action.getTarget() && sameName(theirs, action)) {
                    sameActions.add(theirs);
                    otherControllers.add(other);
                    issuers.add(ScenarioTexts.withReplicas(other));
                }
            }
        }
        if (issuers.isEmpty()) {
            return Optional.empty();
        }
        String who = ScenarioTexts.list(issuers);
        return Optional.of(new ScenarioCandidate("path.conflicting:" + action.getId(), situation.uca(),
                ScenarioClass.CONTROL_PATH,
                List.of(new CandidateFactor(CausalFactorKind.CONFLICTING_ACTION,
                        text("factor.sameActionByOthers", who, quoted(action)))),
                NamedElements.of(otherControllers, action, controller, action.getTarget()),
                text("path.conflicting", name(controller), quoted(action), name(action.getTarget()), who)));
    }

    private static boolean sameName(ControlAction one, ControlAction other) {
        return one.getName() != null && Objects.equals(one.getName().strip().toLowerCase(Locale.ROOT),
                other.getName() == null ? null : other.getName().strip().toLowerCase(Locale.ROOT));
    }
}
