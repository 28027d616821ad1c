/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.ui.emf;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.jface.resource.ResourceLocator;
import org.premortem.core.query.UcaCategories;
import org.premortem.model.stpa.Analysis;
import org.premortem.model.stpa.Assumption;
import org.premortem.model.stpa.CausalFactor;
import org.premortem.model.stpa.Component;
import org.premortem.model.stpa.ContextTable;
import org.premortem.model.stpa.ContextTableRow;
import org.premortem.model.stpa.ControlAction;
import org.premortem.model.stpa.ControlStructure;
import org.premortem.model.stpa.ControllerConstraint;
import org.premortem.model.stpa.Feedback;
import org.premortem.model.stpa.Goal;
import org.premortem.model.stpa.Hazard;
import org.premortem.model.stpa.InputOutput;
import org.premortem.model.stpa.Loss;
import org.premortem.model.stpa.LossScenario;
import org.premortem.model.stpa.NotApplicableEntry;
import org.premortem.model.stpa.ProcessModelVariable;
import org.premortem.model.stpa.RejectedScenario;
import org.premortem.model.stpa.Requirement;
import org.premortem.model.stpa.Responsibility;
import org.premortem.model.stpa.SystemConstraint;
import org.premortem.model.stpa.UnsafeControlAction;
import org.premortem.model.stpa.VariableValue;

/**
 * The icon of each kind of model element, drawn for Premortem (icons/model/*.png, with @2x versions): one per
 * component kind, per connection kind and per UCA category, so that a controller and a sensor, or a UCA "not
 * provided" and one "too late", look different at a glance. The generated item providers' icons are the fallback.
 */
public final class ElementIcons {

    /** The icon of category folders in trees. */
    public static final String FOLDER = "folder";

    private static final Map<String, Optional<ImageDescriptor>> DESCRIPTORS = new ConcurrentHashMap<>();

    private ElementIcons() {
    }

    /** The icon of {@code element}, if it is a model element with one of its own. */
    public static Optional<ImageDescriptor> of(Object element) {
        return key(element).flatMap(ElementIcons::descriptor);
    }

    /** The icon named {@code key} ("controller", "uca-timing", {@link #FOLDER}, ...). */
    public static Optional<ImageDescriptor> descriptor(String key) {
        return DESCRIPTORS.computeIfAbsent(key, k -> ResourceLocator.imageDescriptorFromBundle(ElementIcons.class,
                "analysis".equals(k) ? "icons/premortem16.png" : "icons/model/" + k + ".png"));
    }

    /** The name of {@code element}'s icon. */
    public static Optional<String> key(Object element) {
        return Optional.ofNullable(switch (element) {
            case Analysis a -> "analysis";
            case Goal g -> "goal";
            case Assumption a -> "assumption";
            case Loss l -> "loss";
            case Hazard h -> "hazard";
            case SystemConstraint c -> "system-constraint";
            case ControlStructure s -> "control-structure";
            case Component c -> componentKey(c);
            case Responsibility r -> "responsibility";
            case ProcessModelVariable v -> "process-model-variable";
            case ControlAction a -> "control-action";
            case Feedback f -> "feedback";
            case InputOutput io -> "input-output";
            case UnsafeControlAction uca -> ucaKey(uca);
            case NotApplicableEntry n -> "not-applicable";
            case RejectedScenario r -> "not-applicable";
            case ContextTable t -> "context-table";
            case ContextTableRow r -> "context-table-row";
            case VariableValue v -> "variable-value";
            case ControllerConstraint c -> "controller-constraint";
            case LossScenario s -> "loss-scenario";
            case CausalFactor f -> "causal-factor";
            case Requirement r -> "requirement";
            case null, default -> null;
        });
    }

    private static String componentKey(Component component) {
        return switch (component.getKind()) {
            case HUMAN_CONTROLLER -> "human-controller";
            case CONTROLLED_PROCESS -> "controlled-process";
            case ACTUATOR -> "actuator";
            case SENSOR -> "sensor";
            case CONTROLLER -> "controller";
        };
    }

    private static String ucaKey(UnsafeControlAction uca) {
        return switch (UcaCategories.categoryOf(uca.getType())) {
            case NOT_PROVIDED -> "uca-not-provided";
            case PROVIDED -> "uca-provided";
            case TIMING -> "uca-timing";
            case DURATION -> "uca-duration";
            case PARAMETER -> "uca-parameter";
        };
    }
}
