/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.tables;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.common.command.UnexecutableCommand;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.premortem.core.query.AnalysisQuery;
import org.premortem.model.stpa.Analysis;
import org.premortem.model.stpa.Component;
import org.premortem.model.stpa.ContextTable;
import org.premortem.model.stpa.ContextTableRow;
import org.premortem.model.stpa.ControlAction;
import org.premortem.model.stpa.Hazard;
import org.premortem.model.stpa.ProcessModelVariable;
import org.premortem.model.stpa.StpaFactory;
import org.premortem.model.stpa.StpaPackage;
import org.premortem.model.stpa.UcaType;
import org.premortem.model.stpa.UnsafeControlAction;
import org.premortem.model.stpa.VariableValue;

/**
 * The context tables' edits as commands: create a table for a control action with one row per combination of its
 * controller's process-model variable values, mark a row hazardous for a UCA type, set its hazards, and turn the
 * hazardous rows into UCAs linked back to their rows.
 */
public final class ContextTableCommands {

    private static final StpaPackage STPA = StpaPackage.eINSTANCE;
    private static final StpaFactory FACTORY = StpaFactory.eINSTANCE;

    private final EditingDomain domain;
    private final Analysis analysis;

    public ContextTableCommands(EditingDomain domain, Analysis analysis) {
        this.domain = Objects.requireNonNull(domain);
        this.analysis = Objects.requireNonNull(analysis);
    }

    /** A new context table of {@code action}: rows are all combinations of its controller's variable values. */
    public Command create(ControlAction action) {
        if (action.getSource() == null) {
            return UnexecutableCommand.INSTANCE;
        }
        ContextTable table = FACTORY.createContextTable();
        table.setControlAction(action);
        List<ProcessModelVariable> variables = action.getSource().getProcessModel();
        table.getVariables().addAll(variables);
        for (List<VariableValue> combination : combinations(variables)) {
            ContextTableRow row = FACTORY.createContextTableRow();
            row.getValues().addAll(combination);
            table.getRows().add(row);
        }
        CompoundCommand command = new CompoundCommand(Messages.Command_createContextTable);
        command.append(AddCommand.create(domain, analysis, STPA.getAnalysis_ContextTables(), table));
        return command;
    }

    private static List<List<VariableValue>> combinations(List<ProcessModelVariable> variables) {
        List<List<VariableValue>> result = new ArrayList<>();
        result.add(List.of());
        for (ProcessModelVariable variable : variables) {
            List<List<VariableValue>> next = new ArrayList<>();
            for (List<VariableValue> prefix : result) {
                for (String value : variable.getValues()) {
                    VariableValue cell = FACTORY.createVariableValue();
                    cell.setVariable(variable);
                    cell.setValue(value);
                    List<VariableValue> extended = new ArrayList<>(EcoreUtil.copyAll(prefix));
                    extended.add(cell);
                    next.add(extended);
                }
            }
            result = next;
        }
        return result;
    }

    /** Marks a row hazardous for a UCA type, or clears that mark. */
    public Command toggleHazardous(ContextTableRow row, UcaType type) {
        return row.getHazardousTypes().contains(type)
                ? RemoveCommand.create(domain, row, STPA.getContextTableRow_HazardousTypes(), type)
                : AddCommand.create(domain, row, STPA.getContextTableRow_HazardousTypes(), type);
    }

    /** Replaces the hazards of a row. */
    public Command setHazards(ContextTableRow row, Collection<Hazard> hazards) {
        return SetCommand.create(domain, row, STPA.getContextTableRow_Hazards(), List.copyOf(hazards));
    }

    /**
     * UCAs to generate from a table's hazardous rows: the command that adds them (unexecutable if there are none),
     * how many it adds, and how many hazardous (row, type) pairs already had their UCA.
     */
    public record Generation(Command command, int generated, int existing) {
    }

    /**
     * One UCA per hazardous (row, type) that has none yet: standard wording completed with the row's context in
     * words ({@link ContextWording}), the row's hazards and variable values, linked back to the row.
     */
    public Generation generateUcas(ContextTable table) {
        List<UnsafeControlAction> ucas = new ArrayList<>();
        int existing = 0;
        ControlAction action = table.getControlAction();
        ContextWording wording = new ContextWording(properNames());
        for (ContextTableRow row : table.getRows()) {
            for (UcaType type : row.getHazardousTypes()) {
                if (analysis.getUnsafeControlActions().stream()
                        .noneMatch(uca -> uca.getContextTableRow() == row && uca.getType() == type)) {
                    ucas.add(uca(action, row, type, wording));
                } else {
                    existing++;
                }
            }
        }
        if (ucas.isEmpty()) {
            return new Generation(UnexecutableCommand.INSTANCE, 0, existing);
        }
        CompoundCommand command = new CompoundCommand(Messages.Command_generateUcas);
        command.append(AddCommand.create(domain, analysis, STPA.getAnalysis_UnsafeControlActions(), ucas));
        return new Generation(command, ucas.size(), existing);
    }

    /** The components' names, which keep their capitals in a generated context ("the Enactors' status"). */
    private Set<String> properNames() {
        return new AnalysisQuery(analysis).components().stream().map(Component::getName)
                .filter(name -> name != null && !name.isBlank()).collect(Collectors.toSet());
    }

    /** A row's context in words: "the own plan is newer than the active plan and plan i is active". */
    static String context(ContextTableRow row, ContextWording wording) {
        return wording.context(row.getValues().stream().map(value -> new ContextWording.Condition(
                value.getVariable() == null ? null : value.getVariable().getName(),
                value.getVariable() == null ? List.of() : List.copyOf(value.getVariable().getValues()),
                value.getValue())).toList());
    }

    private static UnsafeControlAction uca(ControlAction action, ContextTableRow row, UcaType type,
            ContextWording wording) {
        UnsafeControlAction uca = FACTORY.createUnsafeControlAction();
        uca.setSource(action.getSource());
        uca.setControlAction(action);
        uca.setType(type);
        String context = context(row, wording);
        uca.setContext(context);
        uca.setText(UcaWording.withContext(action, type, context));
        uca.getContextConditions().addAll(EcoreUtil.copyAll(row.getValues()));
        uca.getHazards().addAll(row.getHazards());
        uca.setContextTableRow(row);
        return uca;
    }
}
