/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.ui.validation;

import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.WorkspaceJob;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.MultiStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.osgi.util.NLS;
import org.premortem.ui.Messages;

/** Validates .premortem files in the background, with the workspace locked only for the files' markers. */
public final class ValidationJob extends WorkspaceJob {

    /** The job family, so tests and shutdown can wait for pending validations. */
    public static final Object FAMILY = ValidationJob.class;

    private final List<IFile> files;
    private volatile Summary summary = new Summary(0, 0, 0, 0);

    /**
     * What a run found, as the Problems view shows it: files validated, and their markers by severity (a file that
     * does not load has its load problems as errors).
     */
    public record Summary(int files, int errors, int warnings, int infos) {

        Summary plus(IFile file) throws CoreException {
            int[] counts = new int[3];
            for (IMarker marker : file.findMarkers(ProblemMarkers.TYPE, false, IResource.DEPTH_ZERO)) {
                switch (marker.getAttribute(IMarker.SEVERITY, IMarker.SEVERITY_INFO)) {
                    case IMarker.SEVERITY_ERROR -> counts[0]++;
                    case IMarker.SEVERITY_WARNING -> counts[1]++;
                    default -> counts[2]++;
                }
            }
            return new Summary(files + 1, errors + counts[0], warnings + counts[1], infos + counts[2]);
        }
    }

    public ValidationJob(List<IFile> files) {
        super(Messages.ValidationJob_name);
        this.files = List.copyOf(files);
        setRule(files.size() == 1 ? files.get(0) : files.get(0).getWorkspace().getRoot());
        setUser(false);
    }

    /** The files the job validated and what they hold now (complete once the job is done). */
    public Summary summary() {
        return summary;
    }

    @Override
    public boolean belongsTo(Object family) {
        return family == FAMILY;
    }

    @Override
    public IStatus runInWorkspace(IProgressMonitor monitor) {
        SubMonitor progress = SubMonitor.convert(monitor, files.size());
        FileValidator validator = new FileValidator(WorkbenchRules.registry());
        MultiStatus result = new MultiStatus(getClass(), 0, Messages.ValidationJob_failed);
        for (IFile file : files) {
            progress.subTask(NLS.bind(Messages.ValidationJob_file, file.getFullPath()));
            if (file.exists()) {
                try {
                    validator.validate(file);
                    summary = summary.plus(file);
                } catch (CoreException e) {
                    result.add(e.getStatus());
                }
            }
            progress.worked(1);
        }
        return result.isOK() ? Status.OK_STATUS : result;
    }
}
