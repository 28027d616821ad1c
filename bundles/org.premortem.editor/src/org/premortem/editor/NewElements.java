/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.editor;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.command.CommandParameter;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.premortem.core.terms.ModelTerms;
import org.premortem.model.stpa.Analysis;
import org.premortem.model.stpa.Assumption;
import org.premortem.model.stpa.CausalFactor;
import org.premortem.model.stpa.Component;
import org.premortem.model.stpa.ComponentKind;
import org.premortem.model.stpa.ContextTable;
import org.premortem.model.stpa.ContextTableRow;
import org.premortem.model.stpa.ControlAction;
import org.premortem.model.stpa.ControlStructure;
import org.premortem.model.stpa.ControllerConstraint;
import org.premortem.model.stpa.Feedback;
import org.premortem.model.stpa.Goal;
import org.premortem.model.stpa.Hazard;
import org.premortem.model.stpa.IdentifiedElement;
import org.premortem.model.stpa.InputOutput;
import org.premortem.model.stpa.Loss;
import org.premortem.model.stpa.LossScenario;
import org.premortem.model.stpa.NotApplicableEntry;
import org.premortem.model.stpa.ProcessModelVariable;
import org.premortem.model.stpa.Requirement;
import org.premortem.model.stpa.Responsibility;
import org.premortem.model.stpa.StpaFactory;
import org.premortem.model.stpa.StpaPackage.Literals;
import org.premortem.model.stpa.SystemConstraint;
import org.premortem.model.stpa.UnsafeControlAction;
import org.premortem.model.stpa.VariableValue;

/**
 * What New Child, New Sibling and a folder's New offer: the item providers' child descriptors, made readable. Each
 * is named by the kind it creates ("Sub-hazard", "Control action"), one component per kind ("Controlled process"
 * creates a component of that kind), and explained in plain words.
 */
final class NewElements {

    /** One thing the user may create: a child for {@code owner} as EMF describes it, with its names. */
    record Choice(EObject owner, CommandParameter descriptor, String label, String toolTip) {
    }

    private NewElements() {
    }

    /** What New Child offers for {@code owner}. */
    static List<Choice> children(EditingDomain domain, EObject owner) {
        List<Choice> choices = new ArrayList<>();
        for (Object descriptor : domain.getNewChildDescriptors(owner, null)) {
            expand(owner, descriptor, choices);
        }
        return choices;
    }

    /** What New Sibling offers next to {@code sibling}: under the analysis, only its own kind (its folder's). */
    static List<Choice> siblings(EditingDomain domain, EObject sibling) {
        List<Choice> choices = new ArrayList<>();
        if (!(domain.getParent(sibling) instanceof EObject parent)) {
            return choices;
        }
        for (Object descriptor : domain.getNewChildDescriptors(null, sibling)) {
            if (!(parent instanceof Analysis) || feature(descriptor) == sibling.eContainmentFeature()) {
                expand(parent, descriptor, choices);
            }
        }
        return choices;
    }

    /** What a folder offers: its kind; in the UCA folder, a UCA of the group's controller and control action. */
    static List<Choice> inFolder(EditingDomain domain, TreeFolder folder) {
        List<Choice> choices = new ArrayList<>();
        Analysis analysis = folder.analysis();
        if (folder instanceof TreeFolder.Category category) {
            for (Object descriptor : domain.getNewChildDescriptors(analysis, null)) {
                if (feature(descriptor) == category.category().feature()) {
                    expand(analysis, descriptor, choices);
                }
            }
        } else {
            UnsafeControlAction uca = StpaFactory.eINSTANCE.createUnsafeControlAction();
            if (folder instanceof TreeFolder.Controller group) {
                uca.setSource(group.controller());
            } else if (folder instanceof TreeFolder.Action group) {
                uca.setSource(group.parent().controller());
                uca.setControlAction(group.action());
            }
            choices.add(choice(analysis, new CommandParameter(null, Literals.ANALYSIS__UNSAFE_CONTROL_ACTIONS, uca),
                    Messages.Kind_uca));
        }
        return choices.stream().map(c -> new Choice(c.owner(), c.descriptor(),
                Messages.bind(Messages.Menu_newKind, lower(c.label())), c.toolTip())).toList();
    }

    private static void expand(EObject owner, Object descriptor, List<Choice> choices) {
        if (!(descriptor instanceof CommandParameter parameter)) {
            return;
        }
        if (parameter.getValue() instanceof Component) {
            for (ComponentKind kind : ComponentKind.values()) {
                Component component = StpaFactory.eINSTANCE.createComponent();
                component.setKind(kind);
                choices.add(choice(owner, new CommandParameter(null, parameter.getEStructuralFeature(), component),
                        componentKind(kind)));
            }
            return;
        }
        choices.add(choice(owner, parameter, kindName(parameter.getEStructuralFeature(), parameter.getValue())));
    }

    private static Choice choice(EObject owner, CommandParameter descriptor, String kind) {
        return new Choice(owner, descriptor, kind,
                kind == null ? null : Messages.bind(Messages.Create_toolTip, lower(kind), ownerName(owner)));
    }

    private static EStructuralFeature feature(Object descriptor) {
        return descriptor instanceof CommandParameter parameter ? parameter.getEStructuralFeature() : null;
    }

    /** The name of what a descriptor creates, or {@code null} for a kind this class does not know. */
    static String kindName(EStructuralFeature feature, Object child) {
        if (feature == Literals.HAZARD__SUB_HAZARDS) {
            return Messages.Kind_subHazard;
        }
        if (feature == Literals.SYSTEM_CONSTRAINT__SUB_CONSTRAINTS) {
            return Messages.Kind_subConstraint;
        }
        if (feature == Literals.UNSAFE_CONTROL_ACTION__CONTEXT_CONDITIONS) {
            return Messages.Kind_contextCondition;
        }
        return switch (child) {
            case Goal g -> Messages.Kind_goal;
            case Assumption a -> Messages.Kind_assumption;
            case Loss l -> Messages.Kind_loss;
            case Hazard h -> Messages.Kind_hazard;
            case SystemConstraint c -> Messages.Kind_systemConstraint;
            case ControlStructure s -> Messages.Kind_controlStructure;
            case Component c -> componentKind(c.getKind());
            case Responsibility r -> Messages.Kind_responsibility;
            case ProcessModelVariable v -> Messages.Kind_processModelVariable;
            case ControlAction a -> Messages.Kind_controlAction;
            case Feedback f -> Messages.Kind_feedback;
            case InputOutput io -> Messages.Kind_inputOutput;
            case UnsafeControlAction u -> Messages.Kind_uca;
            case NotApplicableEntry n -> Messages.Kind_notApplicable;
            case ContextTable t -> Messages.Kind_contextTable;
            case ContextTableRow r -> Messages.Kind_contextTableRow;
            case VariableValue v -> Messages.Kind_variableValue;
            case ControllerConstraint c -> Messages.Kind_controllerConstraint;
            case LossScenario s -> Messages.Kind_lossScenario;
            case CausalFactor f -> Messages.Kind_causalFactor;
            case Requirement r -> Messages.Kind_requirement;
            case null, default -> null;
        };
    }

    /** "Controlled process": the analyst's word for a component kind, as the Properties view and reports say it. */
    static String componentKind(ComponentKind kind) {
        return ModelTerms.label(kind);
    }

    private static String ownerName(EObject owner) {
        if (owner instanceof Analysis) {
            return Messages.Owner_analysis;
        }
        if (owner instanceof IdentifiedElement element) {
            String id = element.getDisplayId();
            String text = element.labelText();
            return id != null && !id.isEmpty() ? id : text == null ? "" : text;
        }
        return "";
    }

    /** "Loss" in a sentence: "loss"; acronyms stay ("UCA"). */
    static String lower(String kind) {
        if (kind == null || kind.length() < 2 || Character.isUpperCase(kind.charAt(1))) {
            return kind;
        }
        return kind.substring(0, 1).toLowerCase(Locale.ROOT) + kind.substring(1);
    }
}
