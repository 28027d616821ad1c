/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.ui.validation;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.core.resources.IContainer;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IResourceChangeEvent;
import org.eclipse.core.resources.IResourceChangeListener;
import org.eclipse.core.resources.IResourceDelta;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.ILog;
import org.premortem.core.validation.ValidationSettings;

/**
 * Validates a .premortem file whenever it is saved (its content changes, whoever writes it), and every model of a
 * folder when the folder's validation settings file changes.
 */
public final class ValidateOnSaveListener implements IResourceChangeListener {

    @Override
    public void resourceChanged(IResourceChangeEvent event) {
        IResourceDelta delta = event.getDelta();
        if (delta == null) {
            return;
        }
        Set<IFile> files = new LinkedHashSet<>();
        try {
            delta.accept(child -> {
                if (isContentChange(child) && child.getResource() instanceof IFile file) {
                    if (PremortemFiles.isModel(file)) {
                        files.add(file);
                    } else if (ValidationSettings.FILE_NAME.equals(file.getName())) {
                        addModelsOf(file.getParent(), files);
                    }
                }
                return true;
            });
        } catch (CoreException e) {
            ILog.of(getClass()).error("Cannot read the workspace change", e);
        }
        if (!files.isEmpty()) {
            new ValidationJob(List.copyOf(files)).schedule();
        }
    }

    private static boolean isContentChange(IResourceDelta delta) {
        return delta.getKind() == IResourceDelta.ADDED
                || delta.getKind() == IResourceDelta.CHANGED && (delta.getFlags() & IResourceDelta.CONTENT) != 0;
    }

    private static void addModelsOf(IContainer folder, Set<IFile> files) throws CoreException {
        for (IResource member : folder.members()) {
            if (PremortemFiles.isModel(member)) {
                files.add((IFile) member);
            }
        }
    }
}
