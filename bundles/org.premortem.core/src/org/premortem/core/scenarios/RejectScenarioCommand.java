/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.core.scenarios;

import java.util.Collection;
import java.util.List;
import java.util.Objects;

import org.eclipse.emf.common.command.AbstractCommand;
import org.premortem.model.stpa.RejectedScenario;
import org.premortem.model.stpa.UnsafeControlAction;

/**
 * Rejects a candidate: its UCA remembers the candidate's key, wording and the reason, so the assistant does not
 * propose it again; one command, undone like any other edit.
 */
public final class RejectScenarioCommand extends AbstractCommand {

    private final UnsafeControlAction uca;
    private final RejectedScenario rejected;

    public RejectScenarioCommand(ScenarioCandidate candidate, String rationale) {
        super(ScenarioTexts.text("command.reject"), candidate.text());
        this.uca = Objects.requireNonNull(candidate.uca(), "uca");
        this.rejected = ScenarioDrafts.rejection(candidate, rationale);
    }

    @Override
    protected boolean prepare() {
        return uca.getRejectedScenarios().stream().noneMatch(r -> rejected.getKey().equals(r.getKey()));
    }

    @Override
    public void execute() {
        uca.getRejectedScenarios().add(rejected);
    }

    @Override
    public void undo() {
        uca.getRejectedScenarios().remove(rejected);
    }

    @Override
    public void redo() {
        execute();
    }

    @Override
    public Collection<?> getResult() {
        return List.of(rejected);
    }

    @Override
    public Collection<?> getAffectedObjects() {
        return List.of(uca);
    }
}
