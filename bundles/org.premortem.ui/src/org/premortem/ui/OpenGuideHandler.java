/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.ui;

import java.io.IOException;
import java.net.URL;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.runtime.FileLocator;
import org.eclipse.core.runtime.Platform;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.HandlerUtil;
import org.eclipse.ui.help.IWorkbenchHelpSystem;
import org.osgi.framework.Bundle;

/**
 * Premortem > User Guide: opens the guide of org.premortem.help in the Eclipse help system (the Premortem product
 * ships it, as does every Eclipse IDE), where it sits with its table of contents beside the search. The help system
 * shows it in its own window if SWT has a browser (WebKitGTK on Linux); otherwise the help window (served by the help
 * system on 127.0.0.1) opens in a browser outside the workbench that {@link Browsers} finds — the desktop's default
 * ({@code xdg-open}) or another installed one — since the workbench's own external browser finds none on a desktop
 * without registered MIME handlers. Without a help system (a stripped-down workbench) the guide's pages open the
 * same way straight from the bundle. Only when no browser is found at all does a message point to the preferences.
 */
public final class OpenGuideHandler extends AbstractHandler {

    static final String GUIDE_BUNDLE = "org.premortem.help";
    static final String GUIDE_INDEX = "guide/index.html";
    /** The guide's first page as a help resource: /plug-in id/path, which the help system resolves to its server. */
    public static final String GUIDE_HELP_RESOURCE = "/" + GUIDE_BUNDLE + "/" + GUIDE_INDEX;
    /** Where the help server serves pages: /help/topic/plug-in id/path (nftopic: without the help window). */
    private static final Pattern TOPIC_PATH = Pattern.compile("/(nf)?topic/");

    @Override
    public Object execute(ExecutionEvent event) {
        try {
            open();
        } catch (IOException e) {
            MessageDialog.openError(HandlerUtil.getActiveShell(event), Messages.Guide_title,
                    NLS.bind(Messages.Guide_noBrowser, e.getMessage()));
        }
        return null;
    }

    private static void open() throws IOException {
        IWorkbench workbench = PlatformUI.getWorkbench();
        IWorkbenchHelpSystem help = workbench.getHelpSystem();
        boolean helpSystem = help.hasHelpUI() && Platform.getBundle(GUIDE_BUNDLE) != null;
        if (helpSystem && workbench.getBrowserSupport().isInternalWebBrowserAvailable()) {
            help.displayHelpResource(GUIDE_HELP_RESOURCE);
            return;
        }
        URL page = helpSystem ? help.resolve(GUIDE_HELP_RESOURCE, true) : null; // starts the help server
        String url = page != null ? helpWindow(page.toString()) : guideFromBundle();
        if (!Browsers.openOutside(url)) {
            throw new IOException(url);
        }
    }

    /**
     * The help window (contents, index, search) opened on the guide, from the guide page's address on the help
     * server ({@code http://127.0.0.1:PORT/help/nftopic/org.premortem.help/guide/index.html}).
     */
    static String helpWindow(String topicUrl) {
        Matcher topic = TOPIC_PATH.matcher(topicUrl);
        if (!topic.find()) {
            return topicUrl;
        }
        return topicUrl.substring(0, topic.start()) + "/index.jsp?topic="
                + URLEncoder.encode(GUIDE_HELP_RESOURCE, StandardCharsets.UTF_8);
    }

    /** The guide's first page as a file, the whole guide folder extracted so that its links and styles work. */
    private static String guideFromBundle() throws IOException {
        Bundle guide = Platform.getBundle(GUIDE_BUNDLE);
        URL entry = guide == null ? null : guide.getEntry(GUIDE_INDEX);
        if (entry == null) {
            throw new IOException(GUIDE_BUNDLE + " is not installed");
        }
        FileLocator.toFileURL(guide.getEntry("guide/"));
        return FileLocator.toFileURL(entry).toString();
    }
}
