/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.ui.tests;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.Display;
import org.premortem.ui.validation.ValidationJob;

/** A workspace project holding a copy of the DynamoDB example, for UI tests. */
final class ExampleProject {

    static final Path EXAMPLE = Path.of("..", "..", "bundles", "org.premortem.examples", "projects",
            "dynamodb-dns", "dynamodb-dns.premortem");

    final IProject project;
    final IFile model;

    ExampleProject(String name) throws CoreException, IOException {
        project = ResourcesPlugin.getWorkspace().getRoot().getProject(name);
        project.create(null);
        project.open(null);
        model = project.getFile("dynamodb-dns.premortem");
        model.create(new ByteArrayInputStream(Files.readAllBytes(EXAMPLE)), true, null);
    }

    void delete() throws CoreException {
        project.delete(true, true, null);
    }

    /** Lets queued UI events run, then waits for background validation. */
    static void settle() throws InterruptedException {
        Display display = Display.getCurrent();
        for (int round = 0; round < 3; round++) {
            while (display.readAndDispatch()) {
                // drain UI events
            }
            Job.getJobManager().join(ValidationJob.FAMILY, null);
        }
        while (display.readAndDispatch()) {
            // and what the jobs queued
        }
    }
}
