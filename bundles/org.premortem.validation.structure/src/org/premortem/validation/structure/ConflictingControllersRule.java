/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.validation.structure;


import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.premortem.core.validation.RuleContext;
import org.premortem.core.validation.Severity;
import org.premortem.model.stpa.Component;
import org.premortem.model.stpa.ControlAction;
import org.premortem.model.stpa.IdentifiedElement;
import org.premortem.model.stpa.UnsafeControlAction;

/**
 * A controlled process that receives control actions from several controllers, or from a replicated controller,
 * while no UCA of those actions considers the conflict: conflicting actions and time-of-check-to-time-of-use races
 * go unanalysed (the seed article: three Enactors update Route53 independently).
 */
public final class ConflictingControllersRule extends StructureRule {

    /** Words by which a UCA shows it considered other controllers acting on the same process. */
    private static final Pattern CONFLICT_WORDS = Pattern.compile("(?i)\\b(another|other (controllers?|instances?"
            + "|replicas?)|conflict\\w*|concurrent\\w*|simultaneous\\w*|races?|at the same time|overtak\\w*)\\b");

    public ConflictingControllersRule() {
        super("structure.conflicting-controllers", Severity.WARNING, STPA.getComponent());
    }

    @Override
    public void check(IdentifiedElement element, RuleContext context) {
        Component process = (Component) element;
        List<ControlAction> actions = context.index().controlActionsTo(process);
        Set<Component> controllers = new LinkedHashSet<>();
        actions.stream().map(ControlAction::getSource).filter(source -> source != null).forEach(controllers::add);
        boolean replicated = controllers.stream().anyMatch(controller -> controller.getReplicas() > 1);
        if (controllers.size() < 2 && !replicated || coversConflict(actions, context)) {
            return;
        }
        String sources = controllers.stream().map(StructureRule::replicaName).collect(Collectors.joining(", "));
        context.report(process, message(controllers.size() > 1 ? "several" : "replicated", name(process), sources));
    }

    private static boolean coversConflict(List<ControlAction> actions, RuleContext context) {
        List<UnsafeControlAction> ucas = new ArrayList<>();
        for (ControlAction action : actions) {
            ucas.addAll(context.index().referencers(action, STPA.getUnsafeControlAction_ControlAction(),
                    UnsafeControlAction.class));
        }
        return ucas.stream().anyMatch(uca -> mentionsConflict(uca.getText()) || mentionsConflict(uca.getContext()));
    }

    private static boolean mentionsConflict(String text) {
        return text != null && CONFLICT_WORDS.matcher(text).find();
    }
}
