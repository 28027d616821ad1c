/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.core.scenarios;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.premortem.model.stpa.IdentifiedElement;

/** The elements a candidate names: in the order given, each once, absent ones left out. */
final class NamedElements {

    private NamedElements() {
    }

    static List<IdentifiedElement> of(IdentifiedElement... elements) {
        return of(List.of(), elements);
    }

    static List<IdentifiedElement> of(Collection<? extends IdentifiedElement> more, IdentifiedElement... elements) {
        List<IdentifiedElement> present = new ArrayList<>();
        for (IdentifiedElement element : elements) {
            add(present, element);
        }
        more.forEach(element -> add(present, element));
        return present;
    }

    private static void add(List<IdentifiedElement> present, IdentifiedElement element) {
        if (element != null && !present.contains(element)) {
            present.add(element);
        }
    }
}
