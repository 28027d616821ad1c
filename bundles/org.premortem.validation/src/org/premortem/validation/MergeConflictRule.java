/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.validation;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.premortem.core.validation.RuleCategory;
import org.premortem.core.validation.RuleContext;
import org.premortem.core.validation.Severity;
import org.premortem.model.stpa.Analysis;
import org.premortem.model.stpa.IdentifiedElement;
import org.premortem.model.stpa.MergeConflict;

/**
 * A merge left a conflict in the file (premortem merge): the model holds our value, the conflict both. Reported on
 * the element, with both values, until the analyst picks one and the record is removed.
 */
public final class MergeConflictRule extends StpaRule {

    public MergeConflictRule() {
        super("stpa.merge-conflict", RuleCategory.CONSISTENCY, Severity.ERROR, STPA.getAnalysis());
    }

    @Override
    public void check(IdentifiedElement element, RuleContext context) {
        Analysis analysis = (Analysis) element;
        if (analysis.getConflicts().isEmpty()) {
            return;
        }
        Map<String, IdentifiedElement> byId = new HashMap<>();
        analysis.eAllContents().forEachRemaining(content -> {
            if (content instanceof IdentifiedElement identified) {
                byId.put(identified.getId(), identified);
            }
        });
        for (MergeConflict conflict : analysis.getConflicts()) {
            IdentifiedElement subject = conflict.getElement() == null ? analysis : conflict.getElement();
            String name = name(subject);
            String message = switch (conflict.getKind()) {
                case DELETED_BY_OURS -> message("deletedByOurs", name, String.join(", ", conflict.getTheirs()));
                case DELETED_BY_THEIRS -> message("deletedByTheirs", name, String.join(", ", conflict.getOurs()));
                default -> message("message", name, conflict.getFeature(), values(conflict.getOurs(), byId),
                        values(conflict.getTheirs(), byId));
            };
            context.report(subject, message);
        }
    }

    /** Values as the file records them; permanent ids of elements shown as their display ids. */
    private static String values(List<String> values, Map<String, IdentifiedElement> byId) {
        if (values.isEmpty()) {
            return "(not set)";
        }
        return values.stream().map(value -> Optional.ofNullable(byId.get(value)).map(IdentifiedElement::getDisplayId)
                .filter(displayId -> displayId != null && !displayId.isEmpty()).orElse("\"" + value + "\""))
                .collect(Collectors.joining(", "));
    }
}
