/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.cli;

import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * A bug, not bad input: says so, with the stack trace for the report, and exits with 70 (EX_SOFTWARE) so that CI
 * scripts can tell it from findings (1) and bad input (2).
 */
final class InternalErrorHandler implements IExecutionExceptionHandler {

    static final int EXIT_CODE = 70;

    @Override
    public int handleExecutionException(Exception exception, CommandLine commandLine, ParseResult parseResult) {
        commandLine.getErr().println("premortem: internal error: " + exception);
        exception.printStackTrace(commandLine.getErr());
        return EXIT_CODE;
    }
}
