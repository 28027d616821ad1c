/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.examples.ui;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

import org.eclipse.core.resources.IContainer;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IFolder;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IWorkspace;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IPath;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.premortem.examples.DynamoDbDnsExample;

/**
 * Installs a shipped example project (a folder under {@code projects/} of the org.premortem.examples bundle) into
 * the workspace as a new project. An existing project of that name is never touched: the caller gets an error.
 */
public final class ExampleInstaller {

    /** The DynamoDB DNS outage example's folder and default project name. */
    public static final String DYNAMODB_DNS = "dynamodb-dns";

    private static final String PROJECTS = "projects/";

    private ExampleInstaller() {
    }

    /** Creates project {@code projectName} holding the files of example {@code example}. */
    public static IProject install(IWorkspace workspace, String example, String projectName, IProgressMonitor monitor)
            throws CoreException {
        IProject project = workspace.getRoot().getProject(Objects.requireNonNull(projectName, "projectName"));
        if (project.exists()) {
            throw new CoreException(Status.error(Messages.bind(Messages.Installer_exists, projectName)));
        }
        Bundle bundle = FrameworkUtil.getBundle(DynamoDbDnsExample.class);
        String root = PROJECTS + example + "/";
        List<URL> entries = bundle.findEntries(root, "*", true) == null ? List.of()
                : Collections.list(bundle.findEntries(root, "*", true));
        if (entries.isEmpty()) {
            throw new CoreException(Status.error(Messages.bind(Messages.Installer_unknown, example)));
        }
        SubMonitor progress = SubMonitor.convert(monitor, entries.size() + 2);
        project.create(progress.split(1));
        project.open(progress.split(1));
        for (URL entry : entries.stream().sorted((a, b) -> a.getPath().compareTo(b.getPath())).toList()) {
            String relative = entry.getPath().substring(entry.getPath().indexOf(root) + root.length());
            copy(entry, project, relative, progress.split(1));
        }
        return project;
    }

    private static void copy(URL entry, IProject project, String relative, IProgressMonitor monitor)
            throws CoreException {
        if (relative.isEmpty() || relative.equals(".project")) {
            return; // the project's description is the workspace's own
        }
        if (relative.endsWith("/")) {
            ensureFolder(project.getFolder(relative));
            return;
        }
        IFile file = project.getFile(relative);
        ensureFolder(file.getParent());
        try (InputStream in = entry.openStream()) {
            file.create(in, true, monitor);
        } catch (IOException e) {
            throw new CoreException(Status.error(Messages.bind(Messages.Installer_copyFailed, relative), e));
        }
    }

    private static void ensureFolder(IContainer container) throws CoreException {
        if (container instanceof IFolder folder && !folder.exists()) {
            ensureFolder(folder.getParent());
            folder.create(true, true, null);
        }
    }

    /** The main model of an installed example project. */
    public static IFile model(IProject project) {
        return project.getFile(IPath.fromOSString(DynamoDbDnsExample.FILE_NAME));
    }
}
