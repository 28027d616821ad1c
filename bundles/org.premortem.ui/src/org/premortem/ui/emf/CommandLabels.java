/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.ui.emf;

import java.util.Locale;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandWrapper;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.CreateChildCommand;
import org.eclipse.emf.edit.command.DeleteCommand;
import org.eclipse.emf.edit.command.DragAndDropCommand;
import org.eclipse.emf.edit.command.MoveCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.osgi.util.NLS;
import org.premortem.model.stpa.IdentifiedElement;
import org.premortem.ui.Messages;

/**
 * What Edit > Undo / Redo call a command, in the analyst's words: "Change Text of H-1", "Add Loss", "Delete",
 * not EMF's generic "Set" or "Create New Loss Under Losses Feature". Premortem's own commands keep their labels.
 */
public final class CommandLabels {

    private CommandLabels() {
    }

    public static String of(Command command) {
        if (command == null) {
            return "";
        }
        if (command instanceof SetCommand set) {
            String feature = featureName(set.getFeature());
            return set.getOwner() instanceof IdentifiedElement element && element.getDisplayId() != null
                    ? NLS.bind(Messages.Command_changeOf, feature, element.getDisplayId())
                    : NLS.bind(Messages.Command_change, feature);
        }
        if (command instanceof CreateChildCommand create) {
            return NLS.bind(Messages.Command_add, create.getText());
        }
        if (command instanceof DeleteCommand || command instanceof RemoveCommand) {
            return Messages.Command_delete;
        }
        if (command instanceof MoveCommand || command instanceof DragAndDropCommand) {
            return Messages.Command_move;
        }
        if (command instanceof AddCommand) {
            return Messages.Command_addElements;
        }
        if (command instanceof CommandWrapper wrapper && wrapper.getCommand() != null
                && isGeneric(command.getLabel())) {
            return of(wrapper.getCommand());
        }
        return command.getLabel() == null ? "" : command.getLabel();
    }

    private static boolean isGeneric(String label) {
        return label == null || label.isBlank() || label.equals("Set") || label.equals("Do Nothing");
    }

    /** A feature's name as words: {@code unsafeControlActions} reads "unsafe control actions". */
    public static String featureName(EStructuralFeature feature) {
        if (feature == null) {
            return "";
        }
        String words = feature.getName().replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}
