/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.interchange.pasta;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.premortem.interchange.pasta.PastaAst.Assignment;
import org.premortem.interchange.pasta.PastaAst.Context;
import org.premortem.interchange.pasta.PastaAst.Rule;
import org.premortem.model.stpa.Analysis;
import org.premortem.model.stpa.Component;
import org.premortem.model.stpa.ContextTable;
import org.premortem.model.stpa.ContextTableRow;
import org.premortem.model.stpa.ControlAction;
import org.premortem.model.stpa.Hazard;
import org.premortem.model.stpa.ProcessModelVariable;
import org.premortem.model.stpa.StpaFactory;
import org.premortem.model.stpa.UcaType;
import org.premortem.model.stpa.UnsafeControlAction;
import org.premortem.model.stpa.VariableValue;

/**
 * PASTA's Context-Table rules and DCA rules as Premortem context tables, one per rule: the rule's contexts are the
 * rows (variable values; for a Context-Table rule the rule's type as the hazardous type and the context's hazards).
 * Each hazardous context is also an unsafe control action linked to its row, since controller constraints and loss
 * scenarios refer to it. A DCA table has rows without hazardous types and the note {@code dca TYPE}; every table
 * keeps its rule's type in the note {@code type TYPE} and the PASTA ids in notes.
 */
final class ContextTableMapping {

    private static final StpaFactory STPA = StpaFactory.eINSTANCE;

    private final StructureMapping structure;
    private final PastaScope<Hazard> hazards;
    private final PastaScope<UnsafeControlAction> contexts;
    private final PastaNotes notes;
    private final PastaIds ids;

    ContextTableMapping(StructureMapping structure, PastaScope<Hazard> hazards,
            PastaScope<UnsafeControlAction> contexts, PastaNotes notes, PastaIds ids) {
        this.structure = structure;
        this.hazards = hazards;
        this.contexts = contexts;
        this.notes = notes;
        this.ids = ids;
    }

    void map(Analysis analysis, Rule rule) {
        Optional<Component> controller = structure.nodes().resolve(rule.system());
        Optional<ControlAction> action = controller.flatMap(c -> structure.action(c, rule.system().text(),
                rule.action()));
        ContextTable table = STPA.createContextTable();
        analysis.getContextTables().add(table);
        action.ifPresent(table::setControlAction);
        ids.keep(table, rule.name().text());
        if (rule.desired()) {
            notes.keep(table, "dca", rule.type().text(), rule.name(),
                    Messages.get("note.dca", rule.name().text()));
        } else {
            notes.add(table, "type", rule.type().text());
        }
        UcaType type = PastaUcaTypes.ofRuleType(rule.type().text());
        for (Context context : rule.contexts()) {
            ContextTableRow row = STPA.createContextTableRow();
            table.getRows().add(row);
            ids.keep(row, context.name().text());
            List<VariableValue> values = new ArrayList<>();
            for (Assignment assignment : context.values()) {
                Optional<ProcessModelVariable> variable = controller.flatMap(c -> structure.variables(c)
                        .resolve(assignment.variable()));
                variable.ifPresent(v -> {
                    if (!table.getVariables().contains(v)) {
                        table.getVariables().add(v);
                    }
                    values.add(value(v, assignment.value().text()));
                });
            }
            row.getValues().addAll(values);
            if (rule.desired()) {
                continue;
            }
            row.getHazardousTypes().add(type);
            List<Hazard> rowHazards = hazards.resolveAll(context.hazards());
            row.getHazards().addAll(rowHazards);
            UnsafeControlAction uca = STPA.createUnsafeControlAction();
            uca.setType(type);
            controller.ifPresent(uca::setSource);
            action.ifPresent(uca::setControlAction);
            uca.setContextTableRow(row);
            uca.getHazards().addAll(rowHazards);
            for (VariableValue value : values) {
                uca.getContextConditions().add(value(value.getVariable(), value.getValue()));
            }
            uca.setContext(contextText(values));
            uca.setText(PastaUcaTypes.sentence(controller.map(Component::getName).orElse(rule.system().text()),
                    type, action.map(ControlAction::getName).orElse(rule.action().text()), uca.getContext()));
            analysis.getUnsafeControlActions().add(uca);
            contexts.define(context.name(), uca);
        }
    }

    private static VariableValue value(ProcessModelVariable variable, String value) {
        VariableValue result = STPA.createVariableValue();
        result.setVariable(variable);
        result.setValue(value);
        return result;
    }

    private static String contextText(List<VariableValue> values) {
        StringBuilder text = new StringBuilder();
        for (VariableValue value : values) {
            text.append(text.isEmpty() ? "" : ", ").append(value.getVariable().getName()).append(" = ")
                    .append(value.getValue());
        }
        return text.toString();
    }
}
