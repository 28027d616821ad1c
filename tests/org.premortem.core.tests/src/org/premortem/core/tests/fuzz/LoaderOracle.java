/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.core.tests.fuzz;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.premortem.core.persistence.AnalysisStore;
import org.premortem.core.persistence.LoadProblem;
import org.premortem.core.persistence.ModelLoadException;
import org.premortem.core.stats.AnalysisStatistics;
import org.premortem.core.validation.Finding;
import org.premortem.core.validation.RuleRegistry;
import org.premortem.core.validation.ValidationSettings;
import org.premortem.core.validation.Validator;
import org.premortem.model.stpa.Analysis;

/**
 * What must hold for any bytes given to the loader: it rejects them with clear, short problems (file, line, words a
 * person can act on), or it accepts them, and then every element and attribute of them is in the analysis
 * ({@link FileAccount}), which counts, validates without a rule failing, saves, loads back equal, and saves again
 * byte for byte. Anything else — an exception, a crash of a rule, content dropped, an accepted file that does not
 * survive a save — is a failure, described in words.
 */
final class LoaderOracle {

    static final Path ORIGIN = Path.of("fuzz-input.premortem");

    /** What no diagnostic shows: exception class names, object addresses, stack frames. */
    private static final Pattern UNCLEAR = Pattern.compile("Exception|java\\.|org\\.eclipse|Impl@|@[0-9a-f]{6,}|\\tat ");
    /** Enough for a reason and a few values from the file, each quoted at most 60 characters and its length. */
    private static final int MAX_MESSAGE = 400;

    private final RuleRegistry rules;

    LoaderOracle(RuleRegistry rules) {
        this.rules = rules;
    }

    /** Empty when the bytes were handled as they must be, else what went wrong. */
    Optional<String> check(byte[] bytes) {
        Analysis analysis;
        try {
            analysis = AnalysisStore.parse(ORIGIN, bytes);
        } catch (ModelLoadException rejected) {
            return checkDiagnostic(rejected);
        } catch (RuntimeException | Error | IOException e) {
            return Optional.of("the loader threw " + e);
        }
        Optional<String> dropped = FileAccount.check(bytes, analysis);
        if (dropped.isPresent()) {
            return Optional.of("an accepted file is not all in the model: " + dropped.get());
        }
        return checkAccepted(analysis);
    }

    private static Optional<String> checkDiagnostic(ModelLoadException rejected) {
        List<LoadProblem> problems = rejected.problems();
        if (problems.isEmpty()) {
            return Optional.of("rejected without a problem");
        }
        for (LoadProblem problem : problems) {
            String message = problem.message();
            if (message.isBlank() || message.length() > MAX_MESSAGE || UNCLEAR.matcher(message).find()
                    || problem.line() < 0 || problem.column() < 0 || !problem.file().equals(ORIGIN)) {
                return Optional.of("unclear diagnostic: " + problem);
            }
        }
        return Optional.empty();
    }

    private Optional<String> checkAccepted(Analysis analysis) {
        try {
            AnalysisStatistics.of(analysis);
            List<Finding> findings = new Validator(rules, ValidationSettings.defaults()).validate(analysis);
            Optional<Finding> crash = findings.stream().filter(f -> f.message().contains(" failed on this element")).findFirst();
            if (crash.isPresent()) {
                return Optional.of("a rule crashed on an accepted file: " + crash.get().message());
            }
            byte[] saved = AnalysisStore.serialize(analysis);
            Analysis again = AnalysisStore.parse(ORIGIN, saved);
            if (!EcoreUtil.equals(analysis, again)) {
                return Optional.of("an accepted file changed when saved and loaded again");
            }
            if (!Arrays.equals(saved, AnalysisStore.serialize(again))) {
                return Optional.of("a file Premortem wrote is not saved back byte for byte");
            }
            return Optional.empty();
        } catch (ModelLoadException e) {
            return Optional.of("an accepted file, once saved, no longer loads: " + e.getMessage());
        } catch (IOException | RuntimeException | Error e) {
            return Optional.of("an accepted file broke counting, validation or saving: " + e);
        }
    }
}
