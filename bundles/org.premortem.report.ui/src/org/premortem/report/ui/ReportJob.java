/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.report.ui;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.osgi.util.NLS;

/**
 * Generates one model's reports in the background; errors are reported by the job framework, the files written
 * are kept for the notice that follows.
 */
public final class ReportJob extends Job {

    /** The family of report jobs, to wait for them. */
    public static final Object FAMILY = ReportJob.class;

    private final ReportGeneration.Request request;
    private volatile List<Path> written = List.of();

    public ReportJob(ReportGeneration.Request request) {
        super(NLS.bind(Messages.ReportJob_name, request.model().getFullPath()));
        this.request = request;
        setUser(true);
        setRule(ResourcesPlugin.getWorkspace().getRuleFactory().modifyRule(request.model().getParent()));
    }

    @Override
    protected IStatus run(IProgressMonitor monitor) {
        try {
            written = List.copyOf(ReportGeneration.run(request, monitor));
            return Status.OK_STATUS;
        } catch (CoreException e) {
            return Status.error(NLS.bind(Messages.ReportJob_failed, request.model().getFullPath()) + ": "
                    + e.getStatus().getMessage(), e);
        }
    }

    /** The request the job carries out. */
    public ReportGeneration.Request request() {
        return request;
    }

    /** The files written (once the job is done and succeeded). */
    public List<Path> written() {
        return written;
    }

    @Override
    public boolean belongsTo(Object family) {
        return family == FAMILY;
    }
}
