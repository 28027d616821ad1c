/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.report.content;

import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;
import org.premortem.model.stpa.Analysis;
import org.premortem.model.stpa.IdentifiedElement;

/**
 * The link target of every element of an analysis: its display id ({@code H-1.1}, so that report URLs read like the
 * analysis), or, for an element without a usable or unique display id, one made from its permanent id. Anchors of
 * report sections start with {@code s-}, which no display id does.
 */
public final class Anchors {

    private static final Pattern SAFE = Pattern.compile("[A-Za-z][A-Za-z0-9._-]*");

    private final Map<IdentifiedElement, String> anchors = new IdentityHashMap<>();

    public Anchors(Analysis analysis) {
        Set<String> taken = new HashSet<>();
        for (TreeIterator<EObject> it = analysis.eAllContents(); it.hasNext();) {
            if (it.next() instanceof IdentifiedElement element) {
                String displayId = element.getDisplayId();
                String anchor = displayId != null && SAFE.matcher(displayId).matches() && !displayId.startsWith("s-")
                        && !taken.contains(displayId) ? displayId : fallback(element, taken);
                taken.add(anchor);
                anchors.put(element, anchor);
            }
        }
    }

    private static String fallback(IdentifiedElement element, Set<String> taken) {
        String base = "e" + (element.getId() == null ? "" : element.getId().replaceAll("[^A-Za-z0-9_-]", "_"));
        String anchor = base;
        for (int n = 2; taken.contains(anchor); n++) {
            anchor = base + "-" + n;
        }
        return anchor;
    }

    /** The anchor of an element of the analysis. */
    public String of(IdentifiedElement element) {
        String anchor = anchors.get(element);
        if (anchor == null) {
            throw new IllegalArgumentException("not an element of the analysis: " + element);
        }
        return anchor;
    }

    /** Whether the element belongs to the analysis (references may point outside it after a bad edit). */
    public boolean knows(IdentifiedElement element) {
        return anchors.containsKey(element);
    }
}
