/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.ui;

import java.io.IOException;
import java.net.URL;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.runtime.FileLocator;
import org.eclipse.core.runtime.Platform;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.program.Program;
import org.eclipse.ui.handlers.HandlerUtil;
import org.osgi.framework.Bundle;

/**
 * Premortem > User Guide: opens the guide of org.premortem.help in the system's web browser. (In an Eclipse IDE the
 * same guide is also under Help > Help Contents; the Premortem product does not ship the help system's web server.)
 */
public final class OpenGuideHandler extends AbstractHandler {

    static final String GUIDE_BUNDLE = "org.premortem.help";
    static final String GUIDE_INDEX = "guide/index.html";

    @Override
    public Object execute(ExecutionEvent event) {
        Bundle guide = Platform.getBundle(GUIDE_BUNDLE);
        URL entry = guide == null ? null : guide.getEntry(GUIDE_INDEX);
        try {
            if (entry == null) {
                throw new IOException(GUIDE_BUNDLE + " is not installed");
            }
            // Extract the whole guide folder so that its links and style sheet resolve on disk.
            FileLocator.toFileURL(guide.getEntry("guide/"));
            String url = FileLocator.toFileURL(entry).toString();
            if (!Program.launch(url)) {
                throw new IOException("no program opens " + url);
            }
        } catch (IOException e) {
            MessageDialog.openError(HandlerUtil.getActiveShell(event), Messages.Guide_title,
                    Messages.Guide_failed + " " + e.getMessage());
        }
        return null;
    }
}
