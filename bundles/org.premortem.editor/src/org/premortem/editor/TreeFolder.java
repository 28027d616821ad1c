/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.editor;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.premortem.model.stpa.Analysis;
import org.premortem.model.stpa.Component;
import org.premortem.model.stpa.ControlAction;
import org.premortem.model.stpa.UnsafeControlAction;

/**
 * A node of the model tree that is not a model element: a category folder under the analysis, or, in the UCA
 * folder, the UCAs of one controller and of one of its control actions. Nodes are values (equal when they show
 * the same thing), so a refresh finds the same nodes again and keeps them expanded.
 */
sealed interface TreeFolder {

    /** The tree node above this one. */
    Object parent();

    /** What the folder shows, in the model's order. */
    List<?> children();

    /** The analysis the folder belongs to. */
    Analysis analysis();

    /** The folder of one kind of element directly under the analysis ("Losses"). */
    record Category(Analysis analysis, ModelCategory category) implements TreeFolder {

        public Category {
            Objects.requireNonNull(analysis, "analysis");
            Objects.requireNonNull(category, "category");
        }

        @Override
        public Object parent() {
            return analysis;
        }

        @Override
        public List<?> children() {
            if (category == ModelCategory.UCAS) {
                Set<Component> controllers = new LinkedHashSet<>();
                analysis.getUnsafeControlActions().forEach(uca -> controllers.add(controllerOf(uca)));
                return controllers.stream().map(controller -> new Controller(this, controller)).toList();
            }
            return elements();
        }

        /** The elements of this kind, without the grouping the folder may show. */
        List<?> elements() {
            return (List<?>) analysis.eGet(category.feature());
        }
    }

    /** In the UCA folder, the UCAs of one controller ({@code null}: of none yet), grouped by control action. */
    record Controller(Category parent, Component controller) implements TreeFolder {

        @Override
        public Analysis analysis() {
            return parent.analysis();
        }

        @Override
        public List<?> children() {
            Set<ControlAction> actions = new LinkedHashSet<>();
            ucas().forEach(uca -> actions.add(uca.getControlAction()));
            return actions.stream().map(action -> new Action(this, action)).toList();
        }

        List<UnsafeControlAction> ucas() {
            List<UnsafeControlAction> result = new ArrayList<>();
            for (UnsafeControlAction uca : analysis().getUnsafeControlActions()) {
                if (controllerOf(uca) == controller) {
                    result.add(uca);
                }
            }
            return result;
        }
    }

    /** In the UCA folder, the UCAs of one control action ({@code null}: of none yet) of a controller. */
    record Action(Controller parent, ControlAction action) implements TreeFolder {

        @Override
        public Analysis analysis() {
            return parent.analysis();
        }

        @Override
        public List<UnsafeControlAction> children() {
            return parent.ucas().stream().filter(uca -> uca.getControlAction() == action).toList();
        }
    }

    /** The controller a UCA is grouped under: its source, else the source of its control action. */
    static Component controllerOf(UnsafeControlAction uca) {
        if (uca.getSource() != null) {
            return uca.getSource();
        }
        return uca.getControlAction() == null ? null : uca.getControlAction().getSource();
    }

    /** The UCA folder's node that shows {@code uca}. */
    static Action folderOf(Analysis analysis, UnsafeControlAction uca) {
        Controller controller = new Controller(new Category(analysis, ModelCategory.UCAS), controllerOf(uca));
        return new Action(controller, uca.getControlAction());
    }
}
