/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.ui.validation;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.ILog;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IMarkerResolution;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.part.FileEditorInput;
import org.premortem.core.merge.ConflictResolution;
import org.premortem.core.merge.ConflictResolution.Side;
import org.premortem.core.persistence.AnalysisStore;
import org.premortem.model.stpa.Analysis;
import org.premortem.model.stpa.MergeConflict;
import org.premortem.ui.Messages;

/**
 * Picks one side for the conflicts on a marker's element, in the file: loaded, resolved, saved atomically, then
 * validated again. An editor with unsaved changes of the file is left alone (the user saves first), so nothing is
 * overwritten; an open editor without changes offers to reload, as for any change on disk.
 */
final class PickSideResolution implements IMarkerResolution {

    private final Side side;

    PickSideResolution(Side side) {
        this.side = side;
    }

    @Override
    public String getLabel() {
        return side == Side.OURS ? Messages.MergeConflict_keepOurs : Messages.MergeConflict_takeTheirs;
    }

    @Override
    public void run(IMarker marker) {
        if (!(marker.getResource() instanceof IFile file) || file.getLocation() == null) {
            return;
        }
        if (hasUnsavedEditor(file)) {
            MessageDialog.openInformation(null, Messages.MergeConflict_title, Messages.MergeConflict_saveFirst);
            return;
        }
        Path path = file.getLocation().toFile().toPath();
        try {
            Analysis analysis = AnalysisStore.load(path);
            List<MergeConflict> conflicts = ConflictResolution.of(analysis,
                    marker.getAttribute(ProblemMarkers.ELEMENT_ID, ""));
            for (MergeConflict conflict : conflicts) {
                ConflictResolution.resolve(analysis, conflict, side);
            }
            AnalysisStore.save(analysis, path);
            file.refreshLocal(IResource.DEPTH_ZERO, null);
            new ValidationJob(List.of(file)).schedule();
        } catch (IllegalArgumentException | IOException | CoreException e) {
            ILog.of(getClass()).warn("quick fix of a merge conflict failed", e);
            MessageDialog.openError(null, Messages.MergeConflict_title,
                    NLS.bind(Messages.MergeConflict_failed, e.getMessage()));
        }
    }

    private static boolean hasUnsavedEditor(IFile file) {
        for (IWorkbenchWindow window : PlatformUI.getWorkbench().getWorkbenchWindows()) {
            for (IWorkbenchPage page : window.getPages()) {
                IEditorPart editor = page.findEditor(new FileEditorInput(file));
                if (editor != null && editor.isDirty()) {
                    return true;
                }
            }
        }
        return false;
    }
}
