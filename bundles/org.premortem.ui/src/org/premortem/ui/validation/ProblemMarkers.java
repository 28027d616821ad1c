/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.ui.validation;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.premortem.core.persistence.ElementLines;
import org.premortem.core.persistence.LoadProblem;
import org.premortem.core.validation.Finding;
import org.premortem.core.validation.Severity;

/**
 * Premortem's Problems-view markers on a .premortem file: one per finding, carrying the rule id and the element's
 * permanent id (so an editor can select the element), at the element's line. A file that cannot be loaded gets one
 * error marker per load problem instead.
 */
public final class ProblemMarkers {

    /** The marker type (a persistent problem and text marker), declared in plugin.xml. */
    public static final String TYPE = "org.premortem.ui.problem";
    /** Marker attribute: the rule id, e.g. {@code structure.destructive-action}. */
    public static final String RULE_ID = "ruleId";
    /** Marker attribute: the permanent id of the element the finding concerns. */
    public static final String ELEMENT_ID = "elementId";
    /** Rule id of markers that say the file could not be loaded. */
    public static final String LOAD_PROBLEM = "load";

    private ProblemMarkers() {
    }

    /** Replaces the file's Premortem markers with the findings. */
    public static void replace(IFile file, List<Finding> findings, ElementLines lines) throws CoreException {
        file.deleteMarkers(TYPE, false, IResource.DEPTH_ZERO);
        for (Finding finding : findings) {
            create(file, finding, lines.lineOf(finding.elementId()).orElse(1));
        }
    }

    /**
     * Replaces the markers of some elements only, with their new findings ({@link #attributesOf}): what live
     * validation does after an edit that is not saved yet. A marker keeps the line its element's markers had (the file
     * on disk has not changed); an element that had none gets no line until the next save.
     */
    public static void replaceOf(IFile file, Set<String> elementIds, List<Map<String, Object>> findings)
            throws CoreException {
        Map<String, Integer> lines = new HashMap<>();
        for (IMarker marker : file.findMarkers(TYPE, false, IResource.DEPTH_ZERO)) {
            String elementId = marker.getAttribute(ELEMENT_ID, null);
            if (elementId != null && elementIds.contains(elementId)) {
                lines.putIfAbsent(elementId, marker.getAttribute(IMarker.LINE_NUMBER, 0));
                marker.delete();
            }
        }
        for (Map<String, Object> finding : findings) {
            Map<String, Object> attributes = new HashMap<>(finding);
            int line = lines.getOrDefault((String) finding.get(ELEMENT_ID), 0);
            if (line > 0) {
                attributes.put(IMarker.LINE_NUMBER, line);
            }
            file.createMarker(TYPE).setAttributes(attributes);
        }
    }

    /** A finding as marker attributes, without a line: taken on the thread that owns the model. */
    public static Map<String, Object> attributesOf(Finding finding) {
        return Map.of(
                IMarker.SEVERITY, severity(finding.severity()),
                IMarker.MESSAGE, finding.displayId() + ": " + finding.message(),
                IMarker.LOCATION, finding.displayId(),
                RULE_ID, finding.ruleId(),
                ELEMENT_ID, finding.elementId());
    }

    private static void create(IFile file, Finding finding, int line) throws CoreException {
        Map<String, Object> attributes = new HashMap<>(attributesOf(finding));
        attributes.put(IMarker.LINE_NUMBER, line);
        file.createMarker(TYPE).setAttributes(attributes);
    }

    /** Replaces the file's Premortem markers with the reasons it could not be loaded. */
    public static void replaceWithLoadProblems(IFile file, List<LoadProblem> problems) throws CoreException {
        file.deleteMarkers(TYPE, false, IResource.DEPTH_ZERO);
        for (LoadProblem problem : problems) {
            IMarker marker = file.createMarker(TYPE);
            marker.setAttributes(Map.of(
                    IMarker.SEVERITY, IMarker.SEVERITY_ERROR,
                    IMarker.MESSAGE, problem.message(),
                    IMarker.LINE_NUMBER, Math.max(problem.line(), 1),
                    RULE_ID, LOAD_PROBLEM));
        }
    }

    static int severity(Severity severity) {
        return switch (severity) {
            case ERROR -> IMarker.SEVERITY_ERROR;
            case WARNING -> IMarker.SEVERITY_WARNING;
            case INFO -> IMarker.SEVERITY_INFO;
        };
    }
}
