/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.core.ids;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;
import org.premortem.model.stpa.Analysis;
import org.premortem.model.stpa.DisplayIdCounter;
import org.premortem.model.stpa.IdentifiedElement;
import org.premortem.model.stpa.StpaFactory;

/**
 * Issues display ids for one analysis. Each counter key ({@code "UCA-"}, {@code "H-1."}) counts up from the last
 * number ever issued, which the analysis remembers in its display-id counters: inserting or deleting an element
 * never renumbers another, and a deleted id is not issued again. Counters are seeded once from the ids already
 * present, so hand-edited files cannot make the allocator repeat an id either.
 */
public final class DisplayIdAllocator {

    private static final Pattern NUMBERED = Pattern.compile("(.*[-.])(\\d{1,9})");

    private final Analysis analysis;
    private final Map<String, DisplayIdCounter> counters = new HashMap<>();
    private final Map<String, Integer> highestPresent = new HashMap<>();

    public DisplayIdAllocator(Analysis analysis) {
        this.analysis = Objects.requireNonNull(analysis, "analysis");
        for (DisplayIdCounter counter : analysis.getDisplayIdCounters()) {
            counters.put(counter.getPrefix(), counter);
        }
        for (TreeIterator<EObject> it = analysis.eAllContents(); it.hasNext();) {
            EObject next = it.next();
            if (next instanceof IdentifiedElement element && element.getDisplayId() != null) {
                record(element.getDisplayId());
            }
        }
    }

    /** The next display id under {@code key}, e.g. {@code next("UCA-")} gives {@code "UCA-14"}. */
    public String next(String key) {
        DisplayIdCounter counter = counters.computeIfAbsent(key, this::newCounter);
        int number = Math.max(counter.getLast(), highestPresent.getOrDefault(key, 0)) + 1;
        counter.setLast(number);
        highestPresent.put(key, number);
        return key + number;
    }

    private DisplayIdCounter newCounter(String key) {
        DisplayIdCounter counter = StpaFactory.eINSTANCE.createDisplayIdCounter();
        counter.setPrefix(key);
        analysis.getDisplayIdCounters().add(counter);
        return counter;
    }

    private void record(String displayId) {
        Matcher matcher = NUMBERED.matcher(displayId);
        if (matcher.matches()) {
            highestPresent.merge(matcher.group(1), Integer.parseInt(matcher.group(2)), Math::max);
        }
    }
}
