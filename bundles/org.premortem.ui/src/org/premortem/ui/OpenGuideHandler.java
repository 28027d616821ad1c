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
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.HandlerUtil;
import org.eclipse.ui.help.IWorkbenchHelpSystem;
import org.osgi.framework.Bundle;

/**
 * Premortem > User Guide: opens the guide of org.premortem.help in the Eclipse help system (the Premortem product
 * ships it, as does every Eclipse IDE), where it sits with its table of contents beside the search. The help system
 * shows it in its own window if SWT has a browser (WebKitGTK on Linux), otherwise in the system's web browser. Without
 * a help system (a stripped-down workbench) the guide's pages open in the system's web browser straight from the
 * bundle.
 */
public final class OpenGuideHandler extends AbstractHandler {

    static final String GUIDE_BUNDLE = "org.premortem.help";
    static final String GUIDE_INDEX = "guide/index.html";
    /** The guide's first page as a help resource: /plug-in id/path, which the help system resolves to its server. */
    public static final String GUIDE_HELP_RESOURCE = "/" + GUIDE_BUNDLE + "/" + GUIDE_INDEX;

    @Override
    public Object execute(ExecutionEvent event) {
        IWorkbenchHelpSystem help = PlatformUI.getWorkbench().getHelpSystem();
        if (help.hasHelpUI() && Platform.getBundle(GUIDE_BUNDLE) != null) {
            help.displayHelpResource(GUIDE_HELP_RESOURCE);
            return null;
        }
        try {
            openInSystemBrowser();
        } catch (IOException e) {
            MessageDialog.openError(HandlerUtil.getActiveShell(event), Messages.Guide_title,
                    Messages.Guide_failed + " " + e.getMessage());
        }
        return null;
    }

    private static void openInSystemBrowser() throws IOException {
        Bundle guide = Platform.getBundle(GUIDE_BUNDLE);
        URL entry = guide == null ? null : guide.getEntry(GUIDE_INDEX);
        if (entry == null) {
            throw new IOException(GUIDE_BUNDLE + " is not installed");
        }
        // Extract the whole guide folder so that its links and style sheet resolve on disk.
        FileLocator.toFileURL(guide.getEntry("guide/"));
        String url = FileLocator.toFileURL(entry).toString();
        if (!Program.launch(url)) {
            throw new IOException("no program opens " + url);
        }
    }
}
