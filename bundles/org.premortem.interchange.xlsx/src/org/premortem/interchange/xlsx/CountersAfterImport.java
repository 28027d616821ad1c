/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.interchange.xlsx;

import java.util.Optional;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;
import org.premortem.core.ids.DisplayIdScheme;
import org.premortem.model.stpa.Analysis;
import org.premortem.model.stpa.DisplayIdCounter;
import org.premortem.model.stpa.IdentifiedElement;
import org.premortem.model.stpa.StpaFactory;

/**
 * Moves each display-id counter past the numbers that imported rows brought (a row may add UCA-40 to an analysis
 * that counted to 13), so that the editor never issues an imported number again, even after that element is deleted.
 * Counters are never lowered.
 */
final class CountersAfterImport {

    private CountersAfterImport() {
    }

    static void raise(Analysis analysis) {
        for (TreeIterator<EObject> it = analysis.eAllContents(); it.hasNext();) {
            if (it.next() instanceof IdentifiedElement element && element.getDisplayId() != null) {
                Optional<String> key = DisplayIdScheme.counterKey(element);
                String id = element.getDisplayId();
                if (key.isPresent() && id.startsWith(key.get()) && id.length() > key.get().length()
                        && id.length() - key.get().length() <= 9 && id.substring(key.get().length()).chars()
                                .allMatch(Character::isDigit)) {
                    raise(analysis, key.get(), Integer.parseInt(id.substring(key.get().length())));
                }
            }
        }
    }

    private static void raise(Analysis analysis, String prefix, int number) {
        for (DisplayIdCounter counter : analysis.getDisplayIdCounters()) {
            if (counter.getPrefix().equals(prefix)) {
                counter.setLast(Math.max(counter.getLast(), number));
                return;
            }
        }
        DisplayIdCounter counter = StpaFactory.eINSTANCE.createDisplayIdCounter();
        counter.setPrefix(prefix);
        counter.setLast(number);
        analysis.getDisplayIdCounters().add(counter);
    }
}
