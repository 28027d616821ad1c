/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.ui.validation;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.Status;
import org.premortem.core.persistence.AnalysisStore;
import org.premortem.core.persistence.ElementLines;
import org.premortem.core.persistence.LoadProblem;
import org.premortem.core.persistence.ModelLoadException;
import org.premortem.core.validation.Finding;
import org.premortem.core.validation.RuleRegistry;
import org.premortem.core.validation.ValidationSettings;
import org.premortem.core.validation.Validator;
import org.premortem.model.stpa.Analysis;

/**
 * Validates a .premortem file of the workspace and puts the result into the Problems view: the workbench
 * preferences, overridden by the settings file next to the model, choose which rules run and how serious they are.
 */
public final class FileValidator {

    private final RuleRegistry rules;

    public FileValidator(RuleRegistry rules) {
        this.rules = rules;
    }

    /** Validates the file and replaces its markers; returns the findings (empty when the file did not load). */
    public List<Finding> validate(IFile file) throws CoreException {
        byte[] bytes;
        try (InputStream in = file.getContents(true)) {
            bytes = in.readAllBytes();
        } catch (IOException e) {
            throw new CoreException(Status.error("Cannot read " + file.getFullPath(), e));
        }
        Path path = file.getLocation() == null ? Path.of(file.getName()) : file.getLocation().toFile().toPath();
        Analysis analysis;
        try {
            analysis = AnalysisStore.parse(path, bytes);
        } catch (ModelLoadException e) {
            ProblemMarkers.replaceWithLoadProblems(file, e.problems());
            return List.of();
        }
        ValidationSettings settings;
        try {
            settings = ValidationSettings.forModel(path, ValidationPreferences.settings(rules.rules()));
        } catch (IOException e) {
            ProblemMarkers.replaceWithLoadProblems(file, List.of(new LoadProblem(path, 0, 0, e.getMessage())));
            return List.of();
        }
        List<Finding> findings = new Validator(rules, settings).validate(analysis);
        ProblemMarkers.replace(file, findings, ElementLines.of(bytes));
        analysis.eResource().unload();
        return findings;
    }
}
