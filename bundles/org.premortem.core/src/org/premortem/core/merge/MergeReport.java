/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.core.merge;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

import org.premortem.core.compare.ChangeWording;
import org.premortem.core.compare.Messages;
import org.premortem.core.compare.ModelSnapshot;

/** What a merge says to the person who ran it: each renumbering with the texts to check, each conflict. */
public final class MergeReport {

    private MergeReport() {
    }

    /** One line per renumbering, mention and conflict, elements named from the merged analysis. */
    public static List<String> lines(AnalysisMerge.Outcome outcome) {
        Objects.requireNonNull(outcome, "outcome");
        ModelSnapshot merged = ModelSnapshot.of(outcome.analysis());
        List<String> lines = new ArrayList<>();
        for (Renumbering renumbering : outcome.result().renumberings()) {
            lines.add(Messages.get("merge.renumbered", renumbering.oldDisplayId(), renumbering.newDisplayId(),
                    merged.name(renumbering.elementId())));
            for (Renumbering.Mention mention : renumbering.mentions()) {
                lines.add(Messages.get("merge.mention", merged.name(mention.elementId()), mention.feature(),
                        renumbering.oldDisplayId()));
            }
        }
        for (ConflictRecord conflict : outcome.result().conflicts()) {
            lines.add(describe(conflict, merged));
        }
        return lines;
    }

    /** A conflict in words, reference values named by display id where the merged analysis has them. */
    public static String describe(ConflictRecord conflict, ModelSnapshot merged) {
        String element = merged.name(conflict.elementId());
        return switch (conflict.kind()) {
            case DELETED_BY_OURS -> Messages.get("merge.conflict.deletedByOurs", element,
                    String.join(", ", conflict.theirs()));
            case DELETED_BY_THEIRS -> Messages.get("merge.conflict.deletedByTheirs", element,
                    String.join(", ", conflict.ours()));
            default -> Messages.get("merge.conflict.bothChanged", element, conflict.feature(),
                    values(conflict.ours(), merged), values(conflict.theirs(), merged));
        };
    }

    private static String values(List<String> values, ModelSnapshot merged) {
        List<String> named = values.stream().map(value -> merged.contains(value) ? merged.shortName(value) : value)
                .collect(Collectors.toList());
        return ChangeWording.values(named);
    }
}
