/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.core.merge;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;

import org.premortem.core.compare.ElementState;

/** What one side did to an element since the base, as feature names: the evidence of a deletion conflict. */
final class Changes {

    private Changes() {
    }

    /** The features (and {@code (place)}) whose values differ; empty when the element is as in the base. */
    static List<String> made(ElementState base, ElementState now) {
        List<String> changed = new ArrayList<>();
        if (!base.location().equals(now.location())) {
            changed.add("moved " + ElementMerge.PLACE);
        }
        TreeSet<String> names = new TreeSet<>(base.attributes().keySet());
        names.addAll(now.attributes().keySet());
        names.addAll(base.references().keySet());
        names.addAll(now.references().keySet());
        names.addAll(base.parts().keySet());
        names.addAll(now.parts().keySet());
        for (String name : names) {
            if (!Objects.equals(base.attribute(name), now.attribute(name))
                    || !Objects.equals(base.reference(name), now.reference(name))
                    || !Objects.equals(base.part(name), now.part(name))) {
                changed.add("changed " + name);
            }
        }
        return changed;
    }
}
