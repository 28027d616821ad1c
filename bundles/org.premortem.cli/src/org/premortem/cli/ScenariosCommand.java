/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.concurrent.Callable;

import org.premortem.core.ids.IdAssigningAdapter;
import org.premortem.core.ids.IdSource;
import org.premortem.core.persistence.AnalysisStore;
import org.premortem.core.scenarios.AcceptScenarioCommand;
import org.premortem.core.scenarios.CandidateStatus;
import org.premortem.core.scenarios.ScenarioAssistant;
import org.premortem.core.scenarios.ScenarioCandidate;
import org.premortem.model.stpa.Analysis;
import org.premortem.model.stpa.LossScenario;
import org.premortem.model.stpa.UnsafeControlAction;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code premortem scenarios FILE [--uca ID] [--format text|json] [--apply]}: the scenario assistant's candidate loss
 * scenarios for every UCA of an analysis, or for one; with {@code --apply}, adds them all to the file as loss
 * scenarios. Candidates the analyst rejected or already accepted are not listed, only counted.
 */
@Command(name = "scenarios", mixinStandardHelpOptions = true)
final class ScenariosCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", descriptionKey = "scenarios.file")
    private Path file;

    @Option(names = "--uca", paramLabel = "ID", descriptionKey = "scenarios.uca")
    private String ucaId;

    @Option(names = "--format", defaultValue = "text", paramLabel = "text|json", descriptionKey = "scenarios.format")
    private OutputFormat format;

    @Option(names = "--apply", descriptionKey = "scenarios.apply")
    private boolean apply;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        Optional<Analysis> loaded = AnalysisFileLoader.load(file, err);
        if (loaded.isEmpty()) {
            return CommandLine.ExitCode.USAGE;
        }
        Analysis analysis = loaded.get();
        List<UnsafeControlAction> ucas;
        try {
            ucas = UcaSelection.select(analysis, ucaId);
        } catch (IllegalArgumentException e) {
            err.println("premortem: " + file + ": " + e.getMessage());
            return CommandLine.ExitCode.USAGE;
        }
        ScenarioAssistant assistant = new ScenarioAssistant(analysis);
        List<UcaCandidates> results = new ArrayList<>();
        for (UnsafeControlAction uca : ucas) {
            results.add(UcaCandidates.of(uca, assistant));
        }
        List<LossScenario> added = List.of();
        if (apply) {
            try {
                added = applyAll(analysis, results);
            } catch (IOException e) {
                err.println("premortem: " + file + ": " + text("scenarios.cannotWrite", e.getMessage()));
                return CommandLine.ExitCode.USAGE;
            }
        }
        PrintWriter out = spec.commandLine().getOut();
        if (format == OutputFormat.JSON) {
            out.println(ScenariosJson.write(file, results, added));
        } else {
            ScenariosText.write(file, results, added, out);
        }
        return CommandLine.ExitCode.OK;
    }

    /** Accepts every listed candidate, each as the workbench does, and saves the file atomically. */
    private List<LossScenario> applyAll(Analysis analysis, List<UcaCandidates> results) throws IOException {
        IdAssigningAdapter.install(analysis, IdSource.random());
        List<LossScenario> added = new ArrayList<>();
        for (UcaCandidates result : results) {
            for (ScenarioCandidate candidate : result.suggestions()) {
                AcceptScenarioCommand accept = new AcceptScenarioCommand(analysis, candidate);
                if (accept.canExecute()) {
                    accept.execute();
                    added.add(accept.scenario());
                }
            }
        }
        if (!added.isEmpty()) {
            AnalysisStore.save(analysis, file);
        }
        return added;
    }

    static String text(String key, Object... arguments) {
        ResourceBundle texts = ResourceBundle.getBundle(Main.MESSAGES, Locale.getDefault(),
                ScenariosCommand.class.getClassLoader());
        return new MessageFormat(texts.getString(key), Locale.ROOT).format(arguments);
    }

    /** The candidates of one UCA the assistant proposes, and how many it leaves out because of their status. */
    record UcaCandidates(UnsafeControlAction uca, List<ScenarioCandidate> suggestions, int rejected, int accepted) {

        static UcaCandidates of(UnsafeControlAction uca, ScenarioAssistant assistant) {
            List<ScenarioCandidate> suggestions = new ArrayList<>();
            int rejected = 0;
            int accepted = 0;
            for (ScenarioCandidate candidate : assistant.candidates(uca)) {
                CandidateStatus status = assistant.status(candidate);
                switch (status) {
                    case NEW -> suggestions.add(candidate);
                    case REJECTED -> rejected++;
                    case ACCEPTED -> accepted++;
                }
            }
            return new UcaCandidates(uca, List.copyOf(suggestions), rejected, accepted);
        }
    }
}
