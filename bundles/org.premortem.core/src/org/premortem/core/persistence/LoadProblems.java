/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.core.persistence;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.ecore.resource.Resource;
import org.xml.sax.SAXParseException;

/** Turns what EMF and the XML parser report into {@link LoadProblem}s with file, line and column. */
final class LoadProblems {

    /** Enough to fix a file; a hostile file with millions of errors does not get millions of lines. */
    private static final int MAX_PROBLEMS = 100;

    private LoadProblems() {
    }

    static List<LoadProblem> of(Path file, Resource resource, Throwable failure) {
        Set<LoadProblem> problems = new LinkedHashSet<>();
        for (Resource.Diagnostic error : resource.getErrors()) {
            if (problems.size() >= MAX_PROBLEMS) {
                break;
            }
            problems.add(new LoadProblem(file, error.getLine(), error.getColumn(), messageOf(error)));
        }
        if (failure != null && problems.isEmpty()) {
            problems.add(fromFailure(file, failure));
        }
        return new ArrayList<>(problems);
    }

    private static String messageOf(Resource.Diagnostic error) {
        if (error instanceof Throwable wrapper && wrapper.getCause() instanceof SAXParseException sax) {
            return Messages.get("load.malformed", XmlMessages.clean(sax.getMessage()));
        }
        return XmlMessages.clean(error.getMessage());
    }

    private static LoadProblem fromFailure(Path file, Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SAXParseException sax) {
                return new LoadProblem(file, sax.getLineNumber(), sax.getColumnNumber(),
                        Messages.get("load.malformed", XmlMessages.clean(sax.getMessage())));
            }
            if (cause instanceof Resource.Diagnostic diagnostic) {
                return new LoadProblem(file, diagnostic.getLine(), diagnostic.getColumn(),
                        XmlMessages.clean(diagnostic.getMessage()));
            }
        }
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return new LoadProblem(file, 0, 0, Messages.get("load.malformed", XmlMessages.clean(String.valueOf(root.getMessage()))));
    }
}
