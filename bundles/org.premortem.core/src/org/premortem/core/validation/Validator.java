/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.core.validation;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.premortem.model.stpa.Analysis;
import org.premortem.model.stpa.IdentifiedElement;

/**
 * Runs the enabled rules over an analysis in one pass: the index is built once, then every element is handed to
 * the rules for its kind. Cost is linear in the model size times the rules per kind. Findings come in document
 * order, and per element in rule-id order, so the same model always gives the same list.
 */
public final class Validator {

    private final List<ValidationRule> rules;
    private final ValidationSettings settings;
    private final Map<EClass, List<ValidationRule>> rulesByKind = new HashMap<>();

    public Validator(RuleRegistry registry, ValidationSettings settings) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.rules = registry.rules().stream().filter(settings::isEnabled).toList();
    }

    /** The enabled rules, by id. */
    public List<ValidationRule> rules() {
        return rules;
    }

    public Severity severityOf(ValidationRule rule) {
        return settings.severityOf(rule);
    }

    public List<Finding> validate(Analysis analysis) {
        // one walk of the analysis serves the index and the visits
        List<EObject> contents = AnalysisIndex.contentsOf(analysis);
        Collector collector = new Collector(new AnalysisIndex(analysis, contents));
        for (EObject content : contents) {
            if (content instanceof IdentifiedElement element) {
                collector.visit(element);
            }
        }
        return collector.findings;
    }

    /**
     * The findings of some elements only, against the analysis as it is now (its index built by the caller, who may
     * need it too): what an editor does after an edit, for the elements the edit affected.
     */
    public List<Finding> validate(Collection<? extends IdentifiedElement> elements, AnalysisIndex index) {
        Collector collector = new Collector(index);
        for (IdentifiedElement element : elements) {
            collector.visit(element);
        }
        return collector.findings;
    }

    private List<ValidationRule> rulesFor(EClass kind) {
        // get, then put: computeIfAbsent's capturing lambda would be an allocation per element visited
        List<ValidationRule> applicable = rulesByKind.get(kind);
        if (applicable == null) {
            applicable = rules.stream()
                    .filter(rule -> rule.elementKinds().stream().anyMatch(checked -> checked.isSuperTypeOf(kind)))
                    .toList();
            rulesByKind.put(kind, applicable);
        }
        return applicable;
    }

    private final class Collector implements RuleContext {

        private final AnalysisIndex index;
        private final List<Finding> findings = new ArrayList<>();
        private ValidationRule current;

        Collector(AnalysisIndex index) {
            this.index = index;
        }

        void visit(IdentifiedElement element) {
            for (ValidationRule rule : rulesFor(element.eClass())) {
                current = rule;
                try {
                    rule.check(element, this);
                } catch (RuntimeException e) {
                    // A broken rule must not hide the other findings: report it on the element it choked on.
                    findings.add(new Finding(rule.id(), Severity.ERROR, element,
                            "rule " + rule.id() + " failed on this element: " + e));
                }
            }
        }

        @Override
        public AnalysisIndex index() {
            return index;
        }

        @Override
        public ActionVocabulary vocabulary() {
            return settings.vocabulary();
        }

        @Override
        public void report(IdentifiedElement element, String message) {
            findings.add(new Finding(current.id(), settings.severityOf(current), element, message));
        }
    }
}
