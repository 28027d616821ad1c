/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.ui.validation;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.handlers.HandlerUtil;
import org.premortem.ui.Messages;

/**
 * Premortem > Validate: validates the selected .premortem files (or those in the selected folders and projects),
 * or the file of the active editor, and shows the findings in the Problems view.
 */
public final class ValidateHandler extends AbstractHandler {

    /** The command's id, as declared in plugin.xml. */
    public static final String COMMAND_ID = "org.premortem.ui.validate";

    @Override
    public Object execute(ExecutionEvent event) throws ExecutionException {
        List<IFile> files = new ArrayList<>();
        try {
            files.addAll(PremortemFiles.in(HandlerUtil.getCurrentSelection(event)));
        } catch (CoreException e) {
            throw new ExecutionException(e.getMessage(), e);
        }
        IEditorPart editor = HandlerUtil.getActiveEditor(event);
        if (files.isEmpty() && editor != null) {
            IFile file = Adapters.adapt(editor.getEditorInput(), IFile.class);
            if (file != null && PremortemFiles.isModel(file)) {
                files.add(file);
            }
        }
        if (files.isEmpty()) {
            MessageDialog.openInformation(HandlerUtil.getActiveShell(event), Messages.ValidateHandler_title,
                    Messages.ValidateHandler_nothingSelected);
            return null;
        }
        ValidationJob job = new ValidationJob(files);
        job.setUser(true);
        job.schedule();
        return null;
    }
}
