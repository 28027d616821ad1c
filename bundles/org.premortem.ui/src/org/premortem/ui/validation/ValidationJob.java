/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.ui.validation;

import java.util.List;

import org.eclipse.core.resources.IFile;
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

    public ValidationJob(List<IFile> files) {
        super(Messages.ValidationJob_name);
        this.files = List.copyOf(files);
        setRule(files.size() == 1 ? files.get(0) : files.get(0).getWorkspace().getRoot());
        setUser(false);
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
                } catch (CoreException e) {
                    result.add(e.getStatus());
                }
            }
            progress.worked(1);
        }
        return result.isOK() ? Status.OK_STATUS : result;
    }
}
