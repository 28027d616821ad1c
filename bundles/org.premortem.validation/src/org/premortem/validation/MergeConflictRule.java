/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.validation;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.resource.Resource;
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
        ElementsById byId = new ElementsById(analysis);
        for (MergeConflict conflict : analysis.getConflicts()) {
            IdentifiedElement subject = conflict.getElement() == null ? analysis : conflict.getElement();
            String name = name(subject);
            String message = switch (conflict.getKind()) {
                case DELETED_BY_OURS -> message("deletedByOurs", name, String.join(", ", conflict.getTheirs()));
                case DELETED_BY_THEIRS -> message("deletedByTheirs", name, String.join(", ", conflict.getOurs()));
                default -> {
                    boolean links = subject.eClass().getEStructuralFeature(conflict.getFeature()) instanceof EReference;
                    yield message("message", name, conflict.getFeature(), values(conflict.getOurs(), links, byId),
                            values(conflict.getTheirs(), links, byId));
                }
            };
            context.report(subject, message);
        }
    }

    /**
     * Values as the file records them; for a link, the permanent ids of elements shown as their display ids (only
     * links are looked up: a text is never an id, and looking a text up would search the whole analysis in vain).
     */
    private static String values(List<String> values, boolean links, ElementsById byId) {
        if (values.isEmpty()) {
            return "(not set)";
        }
        return values.stream().map(value -> (links ? byId.find(value) : Optional.<IdentifiedElement>empty())
                .map(IdentifiedElement::getDisplayId).filter(displayId -> displayId != null && !displayId.isEmpty())
                .orElse("\"" + value + "\"")).collect(Collectors.joining(", "));
    }

    /**
     * Elements by permanent id: through the resource's id map when the analysis has a resource (kept by EMF as
     * elements come and go, so a live revalidation does not walk a 10k-UCA analysis), else by one walk when first
     * asked.
     */
    private static final class ElementsById {

        private final Analysis analysis;
        private Map<String, IdentifiedElement> walked;

        ElementsById(Analysis analysis) {
            this.analysis = analysis;
        }

        Optional<IdentifiedElement> find(String id) {
            Resource resource = analysis.eResource();
            if (resource != null && !id.isEmpty() && id.indexOf('/') < 0 && id.indexOf('?') < 0) {
                return resource.getEObject(id) instanceof IdentifiedElement element && id.equals(element.getId())
                        ? Optional.of(element)
                        : Optional.empty();
            }
            if (walked == null) {
                walked = new HashMap<>();
                analysis.eAllContents().forEachRemaining(content -> {
                    if (content instanceof IdentifiedElement identified) {
                        walked.put(identified.getId(), identified);
                    }
                });
            }
            return Optional.ofNullable(walked.get(id));
        }
    }
}
