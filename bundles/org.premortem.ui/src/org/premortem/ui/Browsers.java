/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.ui;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.eclipse.core.runtime.ILog;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.browser.IWebBrowser;
import org.eclipse.ui.browser.IWorkbenchBrowserSupport;

/**
 * Opens web pages (and folders) for the user. Inside the workbench when SWT has a browser (WebKitGTK); otherwise
 * outside it, with the first of the desktop's own commands found on the system — {@code xdg-open} (the desktop's
 * default browser), {@code x-www-browser}, {@code sensible-browser}, {@code firefox}, {@code chromium} — and only
 * then with the browser set in Window > Preferences > General > Web Browser (a command that fails at once, such as
 * xdg-open finding no program for the page, passes to the next). The workbench's own external browser
 * alone finds no browser on a desktop without registered MIME handlers, although one is installed. The system
 * property {@value #COMMANDS} replaces the list of commands (comma separated names or absolute paths).
 */
public final class Browsers {

    /** The system property listing the commands tried, in order. */
    public static final String COMMANDS = "premortem.browsers";

    /** The commands tried when {@value #COMMANDS} is not set. */
    public static final List<String> DEFAULT_COMMANDS = List.of("xdg-open", "x-www-browser", "sensible-browser",
            "firefox", "chromium");

    private static final String BROWSER_ID = "org.premortem.ui.browser";
    /** How long a command may take to fail at once (an opener that finds no program, a browser that cannot run). */
    private static final long LAUNCH_CHECK_MILLIS = 1500;

    private Browsers() {
    }

    /**
     * Opens a page in the workbench if SWT has a browser, else {@link #openOutside outside}; {@code name} titles
     * the workbench's browser editor. False when nothing could open it (the caller tells the user).
     */
    public static boolean open(URL url, String name) {
        Objects.requireNonNull(url, "url");
        IWorkbenchBrowserSupport support = PlatformUI.getWorkbench().getBrowserSupport();
        if (support.isInternalWebBrowserAvailable()) {
            try {
                IWebBrowser browser = support.createBrowser(IWorkbenchBrowserSupport.AS_EDITOR
                        | IWorkbenchBrowserSupport.LOCATION_BAR | IWorkbenchBrowserSupport.NAVIGATION_BAR,
                        BROWSER_ID, name, url.toString());
                browser.openURL(url);
                return true;
            } catch (PartInitException e) {
                ILog.of(Browsers.class).warn("The workbench's browser did not open " + url, e); //$NON-NLS-1$
            }
        }
        return openOutside(url.toString());
    }

    /**
     * Opens a page or a folder outside the workbench: with the first command found (see the class comment) that
     * does not fail at once, else with the browser set in the Web Browser preferences. False when none could.
     */
    public static boolean openOutside(String target) {
        Objects.requireNonNull(target, "target");
        for (String command : commands()) {
            if (launched(command, target)) {
                return true;
            }
        }
        try {
            // Throws when no browser is set in the preferences; with one set, it reports its own failures.
            PlatformUI.getWorkbench().getBrowserSupport().getExternalBrowser()
                    .openURL(target.contains(":") ? URI.create(target).toURL() : new File(target).toURI().toURL());
            return true;
        } catch (PartInitException | IOException | IllegalArgumentException e) {
            return false;
        }
    }

    /**
     * Starts {@code command} on {@code target}; true unless it fails to start or ends at once with an error (xdg-open
     * does when it finds no program that opens the target, a browser when it cannot run). A command still running
     * after a moment is a browser showing the page.
     */
    private static boolean launched(String command, String target) {
        try {
            Process process = new ProcessBuilder(command, target).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            if (!process.waitFor(LAUNCH_CHECK_MILLIS, TimeUnit.MILLISECONDS) || process.exitValue() == 0) {
                return true;
            }
            ILog.of(Browsers.class).warn(command + " could not open " + target + " (exit code " //$NON-NLS-1$ //$NON-NLS-2$
                    + process.exitValue() + ")"); //$NON-NLS-1$
            return false;
        } catch (IOException e) {
            ILog.of(Browsers.class).warn(command + " did not start", e); //$NON-NLS-1$
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return true;
        }
    }

    /** The first of the commands (see the class comment) that exists: its absolute path. */
    public static Optional<String> command() {
        return commands().stream().findFirst();
    }

    /** The commands (see the class comment) that exist, in order: their absolute paths. */
    public static List<String> commands() {
        String listed = System.getProperty(COMMANDS);
        List<String> commands = listed == null || listed.isBlank() ? DEFAULT_COMMANDS
                : Arrays.stream(listed.split(",")).map(String::strip).filter(c -> !c.isEmpty()).toList();
        return commands.stream().map(Browsers::executable).flatMap(Optional::stream).map(Path::toString).distinct()
                .toList();
    }

    private static Optional<Path> executable(String command) {
        if (command.contains(File.separator)) {
            Path path = Path.of(command);
            return Files.isRegularFile(path) && Files.isExecutable(path) ? Optional.of(path) : Optional.empty();
        }
        String searchPath = System.getenv("PATH");
        if (searchPath == null) {
            return Optional.empty();
        }
        return Arrays.stream(searchPath.split(File.pathSeparator)).filter(dir -> !dir.isBlank())
                .map(dir -> Path.of(dir, command)).filter(p -> Files.isRegularFile(p) && Files.isExecutable(p))
                .findFirst();
    }
}
