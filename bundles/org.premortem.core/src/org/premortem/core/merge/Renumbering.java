/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.core.merge;

import java.util.List;
import java.util.Objects;

/**
 * An element theirs created with a display id ours had created too, given the next free number. {@code mentions}
 * lists the texts that name the old display id ({@code UCA-14 text}), which may have meant either element.
 */
public record Renumbering(String elementId, String oldDisplayId, String newDisplayId, List<Mention> mentions) {

    public Renumbering {
        Objects.requireNonNull(elementId, "elementId");
        Objects.requireNonNull(oldDisplayId, "oldDisplayId");
        Objects.requireNonNull(newDisplayId, "newDisplayId");
        mentions = List.copyOf(mentions);
    }

    /** A text attribute of an element that contains a display id. */
    public record Mention(String elementId, String feature) {
    }
}
