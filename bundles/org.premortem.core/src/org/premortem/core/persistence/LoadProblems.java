/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.core.persistence;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.xmi.ClassNotFoundException;
import org.eclipse.emf.ecore.xmi.FeatureNotFoundException;
import org.eclipse.emf.ecore.xmi.IllegalValueException;
import org.eclipse.emf.ecore.xmi.PackageNotFoundException;
import org.eclipse.emf.ecore.xmi.UnresolvedReferenceException;
import org.xml.sax.SAXParseException;

/** Turns what EMF and the XML parser report into {@link LoadProblem}s with file, line and column. */
final class LoadProblems {

    /** Enough to fix a file; a hostile file with millions of errors does not get millions of lines. */
    private static final int MAX_PROBLEMS = 100;

    private final Path file;
    private final byte[] bytes;
    private ElementLines lines;

    private LoadProblems(Path file, byte[] bytes) {
        this.file = file;
        this.bytes = bytes;
    }

    static List<LoadProblem> of(Path file, byte[] bytes, Resource resource, Throwable failure) {
        return new LoadProblems(file, bytes).collect(resource, failure);
    }

    /**
     * The parser's fatal error first, when it stopped: what was found before it matters less than why the file is not
     * XML. Where the content check has reported an element or attribute, EMF's own "unknown name" for it is left out.
     */
    private List<LoadProblem> collect(Resource resource, Throwable failure) {
        Set<LoadProblem> problems = new LinkedHashSet<>();
        if (failure != null) {
            problems.add(fromFailure(failure));
        }
        Set<Long> checkedPlaces = new HashSet<>();
        for (Resource.Diagnostic error : resource.getErrors()) {
            if (problems.size() >= MAX_PROBLEMS) {
                break;
            }
            long place = (long) error.getLine() << 32 | error.getColumn() & 0xFFFFFFFFL;
            if (error instanceof ContentProblem) {
                checkedPlaces.add(place);
            } else if (error instanceof FeatureNotFoundException && checkedPlaces.contains(place)) {
                continue;
            }
            problems.add(problemOf(error));
        }
        return new ArrayList<>(problems);
    }

    private LoadProblem problemOf(Resource.Diagnostic error) {
        if (error instanceof IllegalValueException illegal) {
            String message = IllegalValues.describe(illegal);
            if (error.getLine() > 0) {
                return new LoadProblem(file, error.getLine(), error.getColumn(), message);
            }
            // A reference resolved after the whole file was read has no place of its own: its element's id gives one.
            String id = IllegalValues.ownerId(illegal);
            ElementLines places = places(id);
            return places == null ? new LoadProblem(file, 0, 0, message)
                    : new LoadProblem(file, places.lineOf(id).orElse(0), places.columnOf(id), message);
        }
        return new LoadProblem(file, error.getLine(), error.getColumn(), messageOf(error));
    }

    /** Where the elements are, when {@code id} can be looked up; the file is indexed only when needed. */
    private ElementLines places(String id) {
        if (id == null) {
            return null;
        }
        if (lines == null) {
            lines = ElementLines.of(bytes);
        }
        return lines;
    }

    private static String messageOf(Resource.Diagnostic error) {
        return switch (error) {
            case ContentProblem content -> content.reason();
            case FeatureNotFoundException feature -> Messages.get("load.unknownFeature",
                    XmlMessages.quote(feature.getName()));
            case ClassNotFoundException type -> Messages.get("load.unknownType", XmlMessages.quote(type.getName()));
            case PackageNotFoundException namespace -> Messages.get("load.unknownNamespace",
                    XmlMessages.quote(namespace.uri()));
            case UnresolvedReferenceException unresolved -> Messages.get("load.unresolved",
                    XmlMessages.quote(unresolved.getReference()));
            case Throwable wrapper when wrapper.getCause() instanceof SAXParseException sax ->
                    Messages.get("load.malformed", XmlMessages.clean(sax.getMessage()));
            // EMF wraps what its value conversions throw (an xsi:nil that is not a boolean, say): the words are inside.
            case Throwable wrapper when wrapper.getCause() != null && wrapper.getCause().getMessage() != null ->
                    XmlMessages.clean(wrapper.getCause().getMessage());
            default -> XmlMessages.clean(error.getMessage());
        };
    }

    private LoadProblem fromFailure(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SAXParseException sax) {
                return new LoadProblem(file, sax.getLineNumber(), sax.getColumnNumber(),
                        Messages.get("load.malformed", XmlMessages.clean(sax.getMessage())));
            }
            if (cause instanceof Resource.Diagnostic diagnostic) {
                return problemOf(diagnostic);
            }
        }
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return new LoadProblem(file, 0, 0, Messages.get("load.malformed", XmlMessages.clean(String.valueOf(root.getMessage()))));
    }
}
