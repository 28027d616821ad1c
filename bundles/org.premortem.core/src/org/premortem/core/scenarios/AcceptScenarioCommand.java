/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.core.scenarios;

import java.util.Collection;
import java.util.List;
import java.util.Objects;

import org.eclipse.emf.common.command.AbstractCommand;
import org.premortem.model.stpa.Analysis;
import org.premortem.model.stpa.LossScenario;

/**
 * Accepts a candidate: adds the loss scenario it describes to the analysis, with its causal factors, as one command
 * that undo removes again and redo puts back (the same element, with the same ids).
 */
public final class AcceptScenarioCommand extends AbstractCommand {

    private final Analysis analysis;
    private final LossScenario scenario;

    public AcceptScenarioCommand(Analysis analysis, ScenarioCandidate candidate) {
        super(ScenarioTexts.text("command.accept"), candidate.text());
        this.analysis = Objects.requireNonNull(analysis, "analysis");
        this.scenario = ScenarioDrafts.scenario(candidate);
    }

    @Override
    protected boolean prepare() {
        return scenario.getUnsafeControlAction() != null
                && scenario.getUnsafeControlAction().eContainer() == analysis;
    }

    @Override
    public void execute() {
        analysis.getLossScenarios().add(scenario);
    }

    @Override
    public void undo() {
        analysis.getLossScenarios().remove(scenario);
    }

    @Override
    public void redo() {
        execute();
    }

    /** The scenario the command adds (its ids are given when it is added). */
    public LossScenario scenario() {
        return scenario;
    }

    @Override
    public Collection<?> getResult() {
        return List.of(scenario);
    }

    @Override
    public Collection<?> getAffectedObjects() {
        return List.of(scenario);
    }
}
