/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.cli;

import java.util.List;

import org.premortem.model.stpa.Analysis;
import org.premortem.model.stpa.UnsafeControlAction;

/** The UCAs a command works on: all of them, or the one an {@code --uca} option names by display or permanent id. */
final class UcaSelection {

    private UcaSelection() {
    }

    /**
     * All UCAs of the analysis in document order when {@code id} is null, else the UCA with that display id (UCA-3)
     * or permanent id; an id that names none, or several, is an {@link IllegalArgumentException} saying so.
     */
    static List<UnsafeControlAction> select(Analysis analysis, String id) {
        if (id == null) {
            return List.copyOf(analysis.getUnsafeControlActions());
        }
        List<UnsafeControlAction> matching = analysis.getUnsafeControlActions().stream()
                .filter(uca -> id.equals(uca.getDisplayId()) || id.equals(uca.getId())).toList();
        if (matching.isEmpty()) {
            throw new IllegalArgumentException(ScenariosCommand.text("scenarios.noSuchUca", id,
                    analysis.getUnsafeControlActions().size()));
        }
        if (matching.size() > 1) {
            throw new IllegalArgumentException(ScenariosCommand.text("scenarios.ambiguousUca", id, matching.size()));
        }
        return matching;
    }
}
