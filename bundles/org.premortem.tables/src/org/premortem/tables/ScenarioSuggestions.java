/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.tables;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Shell;
import org.premortem.core.scenarios.AcceptScenarioCommand;
import org.premortem.core.scenarios.RejectScenarioCommand;
import org.premortem.core.scenarios.ScenarioAssistant;
import org.premortem.core.scenarios.ScenarioCandidate;
import org.premortem.model.stpa.Analysis;
import org.premortem.model.stpa.LossScenario;
import org.premortem.model.stpa.UnsafeControlAction;

/**
 * "Suggest Scenarios…" of the Scenarios page and the UCA table's cell menu: asks the scenario assistant for the UCA's
 * new candidates, shows them as a checklist, and accepts the checked ones (each a loss scenario) or rejects them (with
 * a reason) in one command on the editor's stack, so one Undo takes the whole choice back.
 */
final class ScenarioSuggestions {

    private final Analysis analysis;
    private final EditingDomain domain;

    ScenarioSuggestions(Analysis analysis, EditingDomain domain) {
        this.analysis = Objects.requireNonNull(analysis);
        this.domain = Objects.requireNonNull(domain);
    }

    /**
     * Shows the candidates for {@code uca} and carries out what the analyst decides; the loss scenarios accepted, in
     * the order of the list (none when the analyst rejected or cancelled).
     */
    List<LossScenario> suggest(Shell shell, UnsafeControlAction uca) {
        ScenarioAssistant assistant = new ScenarioAssistant(analysis);
        List<ScenarioCandidate> suggestions = assistant.suggestions(uca);
        if (suggestions.isEmpty()) {
            int known = assistant.candidates(uca).size();
            MessageDialog.openInformation(shell, Messages.Suggest_title,
                    NLS.bind(Messages.Suggest_nothingNew, uca.getDisplayId(), known));
            return List.of();
        }
        SuggestScenariosDialog.Decision decision = new SuggestScenariosDialog(shell, uca, suggestions).ask()
                .orElse(null);
        if (decision == null) {
            return List.of();
        }
        if (decision.verdict() == SuggestScenariosDialog.Verdict.ACCEPT) {
            return accept(decision.candidates());
        }
        TableDialogs.text(shell, Messages.Suggest_rejectTitle,
                NLS.bind(Messages.Suggest_rejectMessage, decision.candidates().size()), "")
                .ifPresent(rationale -> reject(decision.candidates(), rationale));
        return List.of();
    }

    /** Adds a loss scenario per candidate, as one command; the scenarios added. */
    List<LossScenario> accept(List<ScenarioCandidate> candidates) {
        CompoundCommand command = new CompoundCommand(Messages.Suggest_acceptCommand);
        List<LossScenario> added = new ArrayList<>();
        for (ScenarioCandidate candidate : candidates) {
            AcceptScenarioCommand accept = new AcceptScenarioCommand(analysis, candidate);
            command.append(accept);
            added.add(accept.scenario());
        }
        domain.getCommandStack().execute(command);
        return added.stream().filter(scenario -> scenario.eContainer() == analysis).toList();
    }

    /** Remembers the candidates as rejected, with the analyst's reason, as one command. */
    void reject(List<ScenarioCandidate> candidates, String rationale) {
        CompoundCommand command = new CompoundCommand(Messages.Suggest_rejectCommand);
        candidates.forEach(candidate -> command.append(new RejectScenarioCommand(candidate, rationale)));
        domain.getCommandStack().execute(command);
    }
}
