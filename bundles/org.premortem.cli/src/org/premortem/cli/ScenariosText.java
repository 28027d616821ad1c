/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

import org.premortem.core.scenarios.CandidateFactor;
import org.premortem.core.scenarios.ScenarioCandidate;
import org.premortem.core.terms.ModelTerms;
import org.premortem.model.stpa.IdentifiedElement;
import org.premortem.model.stpa.LossScenario;

/**
 * The candidates for people: per UCA its id and text, then each candidate's class, wording, causal factors and the
 * elements it names; a last line counts them (and the scenarios {@code --apply} added).
 */
final class ScenariosText {

    private ScenariosText() {
    }

    static void write(Path file, List<ScenariosCommand.UcaCandidates> results, List<LossScenario> added,
            PrintWriter out) {
        int total = 0;
        int skipped = 0;
        for (ScenariosCommand.UcaCandidates result : results) {
            out.println(result.uca().getDisplayId() + ": " + result.uca().getText());
            for (ScenarioCandidate candidate : result.suggestions()) {
                out.println("  [" + ModelTerms.label(candidate.scenarioClass()) + "] " + candidate.text());
                for (CandidateFactor factor : candidate.factors()) {
                    out.println("    - " + ModelTerms.of(factor.kind()) + ": " + factor.text());
                }
                out.println("    " + ScenariosCommand.text("scenarios.names", names(candidate.namedElements())));
            }
            if (result.suggestions().isEmpty()) {
                out.println("  " + ScenariosCommand.text("scenarios.none"));
            }
            total += result.suggestions().size();
            skipped += result.rejected() + result.accepted();
        }
        out.println(ScenariosCommand.text("scenarios.summary", file, total, results.size(), skipped));
        if (!added.isEmpty()) {
            out.println(ScenariosCommand.text("scenarios.added", file, added.size(), added.get(0).getDisplayId(),
                    added.get(added.size() - 1).getDisplayId()));
        }
    }

    private static String names(List<IdentifiedElement> elements) {
        return elements.stream().map(element -> element.getDisplayId() == null ? element.labelText()
                : element.getDisplayId() + " " + element.labelText()).collect(Collectors.joining(", "));
    }
}
