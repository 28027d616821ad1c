/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.ResourceBundle;

import picocli.CommandLine;

/**
 * Entry point of the headless command line: plain Java, no OSGi and no workbench, so that
 * {@code ./premortem <command>} starts fast and runs without a display.
 */
public final class Main {

    static final String MESSAGES = "org.premortem.cli.messages";

    private Main() {
    }

    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
        PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
        int exitCode;
        try {
            exitCode = run(out, err, args);
        } catch (OutOfMemoryError e) {
            // an Error passes picocli's handler; without this the JVM would end with 1, which CI reads as findings
            err.println("premortem: internal error: " + e + "; give Java more memory, e.g. JAVA_TOOL_OPTIONS=-Xmx4g");
            exitCode = InternalErrorHandler.EXIT_CODE;
        } catch (Error e) {
            err.println("premortem: internal error: " + e);
            e.printStackTrace(err);
            exitCode = InternalErrorHandler.EXIT_CODE;
        }
        err.flush();
        System.exit(exitCode);
    }

    /**
     * Runs one command line.
     *
     * @return the process exit code: 0 success, 1 a check failed, 2 bad usage or bad input,
     *         {@value InternalErrorHandler#EXIT_CODE} an internal error
     */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        return run(CommandServices.fromClassPath(), out, err, args);
    }

    /** Runs one command line with the given registries (tests under OSGi fill them from the bundles). */
    public static int run(CommandServices services, PrintWriter out, PrintWriter err, String... args) {
        CommandLine commandLine = new CommandLine(new PremortemCommand(services));
        // Loaded with our own class loader: under OSGi, picocli's loader cannot see this bundle's texts.
        commandLine.setResourceBundle(ResourceBundle.getBundle(MESSAGES, Locale.getDefault(), Main.class.getClassLoader()));
        commandLine.setCaseInsensitiveEnumValuesAllowed(true);
        commandLine.setExecutionExceptionHandler(new InternalErrorHandler());
        commandLine.setOut(out);
        commandLine.setErr(err);
        int exitCode = commandLine.execute(args);
        out.flush();
        err.flush();
        return exitCode;
    }
}
