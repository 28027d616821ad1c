/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.ui.validation;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.WorkspaceJob;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.emf.common.notify.Notification;
import org.premortem.core.validation.AnalysisIndex;
import org.premortem.core.validation.EditRecorder;
import org.premortem.core.validation.EditedElements;
import org.premortem.core.validation.Finding;
import org.premortem.core.validation.IndexUpdater;
import org.premortem.core.validation.ValidationSettings;
import org.premortem.core.validation.Validator;
import org.premortem.model.stpa.Analysis;
import org.premortem.ui.Messages;

/**
 * Keeps the Problems markers of an analysis open in an editor current while it is edited, before any save: after
 * each command the elements it affected are validated again (on the UI thread, only those: see
 * {@link EditedElements}), against an index the edits keep current ({@link IndexUpdater}), and their markers
 * replaced in a workspace job. Saving still validates the whole file.
 */
public final class LiveValidation {

    private final IFile file;
    private final Analysis analysis;
    private final EditRecorder recorder;
    private final IndexUpdater index;
    private Validator validator;

    private LiveValidation(IFile file, Analysis analysis) {
        this.file = file;
        this.analysis = analysis;
        this.recorder = EditRecorder.install(analysis);
        this.index = IndexUpdater.install(analysis);
        settingsChanged();
    }

    /** Starts following the edits of {@code analysis}, whose markers live on {@code file}. */
    public static LiveValidation start(IFile file, Analysis analysis) {
        return new LiveValidation(file, analysis);
    }

    /** Reads the rule settings again (workbench preferences and the settings file beside the model). */
    public void settingsChanged() {
        Path path = file.getLocation() == null ? Path.of(file.getName()) : file.getLocation().toFile().toPath();
        try {
            validator = new Validator(WorkbenchRules.registry(),
                    ValidationSettings.forModel(path, ValidationPreferences.settings(WorkbenchRules.registry().rules())));
        } catch (IOException e) {
            validator = null; // a bad settings file: the validation on save reports it
        }
    }

    /** Validates what the commands since the last call affected and replaces those elements' markers. */
    public void afterCommand() {
        List<Notification> changes = recorder.drain();
        if (changes.isEmpty() || validator == null || !file.exists()) {
            return;
        }
        AnalysisIndex current = index.index();
        EditedElements edited = EditedElements.of(analysis, changes, current);
        List<Finding> findings = validator.validate(edited.affected(), current);
        Set<String> ids = new LinkedHashSet<>(edited.removedIds());
        edited.affected().forEach(element -> ids.add(element.getId()));
        new MarkerUpdate(ids, findings.stream().map(ProblemMarkers::attributesOf).toList()).schedule();
    }

    /** Stops following the edits. */
    public void stop() {
        analysis.eAdapters().remove(recorder);
        index.uninstall();
    }

    /** Replaces the markers of the revalidated elements, with the workspace locked for the file only. */
    private final class MarkerUpdate extends WorkspaceJob {

        private final Set<String> elementIds;
        private final List<Map<String, Object>> findings;

        MarkerUpdate(Set<String> elementIds, List<Map<String, Object>> findings) {
            super(Messages.ValidationJob_name);
            this.elementIds = elementIds;
            this.findings = findings;
            setRule(file);
            setSystem(true);
        }

        @Override
        public boolean belongsTo(Object family) {
            return family == ValidationJob.FAMILY;
        }

        @Override
        public IStatus runInWorkspace(IProgressMonitor monitor) {
            if (!file.exists()) {
                return Status.OK_STATUS;
            }
            try {
                ProblemMarkers.replaceOf(file, elementIds, findings);
                return Status.OK_STATUS;
            } catch (CoreException e) {
                return e.getStatus();
            }
        }
    }
}
