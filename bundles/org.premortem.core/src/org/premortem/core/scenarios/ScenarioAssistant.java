/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.core.scenarios;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.premortem.core.query.AnalysisQuery;
import org.premortem.model.stpa.Analysis;
import org.premortem.model.stpa.CausalFactor;
import org.premortem.model.stpa.LossScenario;
import org.premortem.model.stpa.RejectedScenario;
import org.premortem.model.stpa.UnsafeControlAction;

/**
 * The loss-scenario assistant (STPA Handbook step 4): for a UCA, the candidate loss scenarios its analysis's own
 * structure suggests — why the controller would issue the UCA (flawed beliefs and the feedback behind them, its
 * control algorithm, unsafe inputs from other controllers, failure) and why the safe action would not be followed
 * (control path, controlled process). The same analysis always gives the same candidates in the same order.
 * <p>
 * An assistant answers from a snapshot of the analysis: make a new one after the analysis has changed.
 */
public final class ScenarioAssistant {

    /** The archetypes, in the order their candidates are listed: the UCA's causes first, then the safe action's. */
    private static final List<CandidateSource> SOURCES = List.of(new FlawedProcessModelCandidates(),
            new OtherFeedbackCandidates(), new ChangedByOthersCandidate(), new UnmodelledContextCandidate(),
            new ControlAlgorithmCandidate(), new UnsafeControlInputCandidates(), new ComponentFailureCandidate(),
            new ControlPathCandidates(), new ControlledProcessCandidates());

    private final AnalysisQuery query;
    private IncomingConnections incoming;

    public ScenarioAssistant(Analysis analysis) {
        this.query = new AnalysisQuery(Objects.requireNonNull(analysis, "analysis"));
    }

    /** Every candidate for the UCA, whatever its status, each key once, in a fixed order. */
    public List<ScenarioCandidate> candidates(UnsafeControlAction uca) {
        Objects.requireNonNull(uca, "uca");
        if (incoming == null) {
            incoming = new IncomingConnections(query);
        }
        UcaSituation situation = new UcaSituation(uca, query, incoming);
        Map<String, ScenarioCandidate> byKey = new LinkedHashMap<>();
        for (CandidateSource source : SOURCES) {
            for (ScenarioCandidate candidate : source.candidates(situation)) {
                byKey.putIfAbsent(candidate.key(), candidate);
            }
        }
        return List.copyOf(byKey.values());
    }

    /** The candidates for the UCA the analyst has neither accepted nor rejected: what the assistant proposes. */
    public List<ScenarioCandidate> suggestions(UnsafeControlAction uca) {
        List<ScenarioCandidate> suggestions = new ArrayList<>();
        for (ScenarioCandidate candidate : candidates(uca)) {
            if (status(candidate) == CandidateStatus.NEW) {
                suggestions.add(candidate);
            }
        }
        return suggestions;
    }

    /**
     * Whether the analyst rejected the candidate (its key is among its UCA's rejected scenarios), accepted it (a loss
     * scenario of the UCA has its class and causal factors, or its text), or neither.
     */
    public CandidateStatus status(ScenarioCandidate candidate) {
        UnsafeControlAction uca = candidate.uca();
        for (RejectedScenario rejected : uca.getRejectedScenarios()) {
            if (candidate.key().equals(rejected.getKey())) {
                return CandidateStatus.REJECTED;
            }
        }
        for (LossScenario scenario : query.scenariosOf(uca)) {
            if (says(scenario, candidate)) {
                return CandidateStatus.ACCEPTED;
            }
        }
        return CandidateStatus.NEW;
    }

    private static boolean says(LossScenario scenario, ScenarioCandidate candidate) {
        if (candidate.text().equals(scenario.getText())) {
            return true;
        }
        if (scenario.getScenarioClass() != candidate.scenarioClass()
                || scenario.getCausalFactors().size() != candidate.factors().size()) {
            return false;
        }
        for (int i = 0; i < candidate.factors().size(); i++) {
            CausalFactor factor = scenario.getCausalFactors().get(i);
            CandidateFactor expected = candidate.factors().get(i);
            if (factor.getKind() != expected.kind() || !expected.text().equals(factor.getText())) {
                return false;
            }
        }
        return true;
    }
}
