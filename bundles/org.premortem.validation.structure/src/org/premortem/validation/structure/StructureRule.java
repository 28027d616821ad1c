/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.validation.structure;


import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.premortem.core.validation.AbstractRule;
import org.premortem.core.validation.AnalysisIndex;
import org.premortem.core.validation.RuleCategory;
import org.premortem.core.validation.Severity;
import org.premortem.model.stpa.Component;
import org.premortem.model.stpa.ControlAction;
import org.premortem.model.stpa.Feedback;
import org.premortem.model.stpa.StpaPackage;

/**
 * A cue computed from the control structure alone, the kind of weakness the seed article found by hand. Texts are
 * in messages.properties; the helpers answer the structural questions the rules share.
 */
abstract class StructureRule extends AbstractRule {

    static final StpaPackage STPA = StpaPackage.eINSTANCE;

    private static final ResourceBundle TEXTS = ResourceBundle.getBundle(
            "org.premortem.validation.structure.messages", Locale.ROOT, StructureRule.class.getClassLoader());

    StructureRule(String id, Severity severity, EClass... kinds) {
        super(id, RuleCategory.STRUCTURE, severity, TEXTS, kinds);
    }

    /** The components a controller issues control actions to, in document order. */
    static Set<Component> controlledBy(Component controller, AnalysisIndex index) {
        Set<Component> controlled = new LinkedHashSet<>();
        for (ControlAction action : index.controlActionsFrom(controller)) {
            if (action.getTarget() != null) {
                controlled.add(action.getTarget());
            }
        }
        return controlled;
    }

    /** The feedback reaching {@code controller} from {@code component} or from a component nested in it. */
    static List<Feedback> feedbackFrom(Component component, Component controller, AnalysisIndex index) {
        return index.feedbackTo(controller).stream()
                .filter(feedback -> isWithin(feedback.getSource(), component))
                .toList();
    }

    /** A controller's name in messages, with its replica count when it is replicated: {@code CMP-2 'Enactor' ×3}. */
    static String replicaName(Component controller) {
        return controller.getReplicas() > 1 ? name(controller) + " \u00d7" + controller.getReplicas() : name(controller);
    }

    /** Whether {@code element} is {@code ancestor} or nested in it. */
    static boolean isWithin(EObject element, Component ancestor) {
        for (EObject current = element; current != null; current = current.eContainer()) {
            if (current == ancestor) {
                return true;
            }
        }
        return false;
    }
}
