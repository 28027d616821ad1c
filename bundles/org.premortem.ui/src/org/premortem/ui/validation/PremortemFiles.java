/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.ui.validation;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.core.resources.IContainer;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.ui.IEditorPart;
import org.premortem.core.persistence.PremortemResourceFactory;

/**
 * Finds the .premortem files a selection means (the files themselves, and those inside selected folders) or an editor
 * has open.
 */
public final class PremortemFiles {

    private PremortemFiles() {
    }

    public static boolean isModel(IResource resource) {
        return resource instanceof IFile file && PremortemResourceFactory.FILE_EXTENSION.equals(file.getFileExtension());
    }

    /** The .premortem file an editor has open, or {@code null} (no editor, another kind of file). */
    public static IFile of(IEditorPart editor) {
        IFile file = editor == null ? null : Adapters.adapt(editor.getEditorInput(), IFile.class);
        return isModel(file) ? file : null;
    }

    public static List<IFile> in(ISelection selection) throws CoreException {
        Set<IFile> files = new LinkedHashSet<>();
        if (selection instanceof IStructuredSelection structured) {
            for (Object element : structured) {
                IResource resource = Adapters.adapt(element, IResource.class);
                if (isModel(resource)) {
                    files.add((IFile) resource);
                } else if (resource instanceof IContainer container && container.isAccessible()) {
                    container.accept(member -> {
                        if (isModel(member)) {
                            files.add((IFile) member);
                        }
                        return true;
                    });
                }
            }
        }
        return new ArrayList<>(files);
    }
}
