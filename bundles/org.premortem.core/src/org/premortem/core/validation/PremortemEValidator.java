/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.core.validation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EValidator;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.premortem.model.stpa.Analysis;
import org.premortem.model.stpa.StpaPackage;

/**
 * Bridges Premortem's rules into EMF validation, so {@code Diagnostician.INSTANCE.validate(analysis)} reports the
 * same findings as {@link Validator}: the analysis is validated once per Diagnostician run (cached in the run's
 * context map) and each object receives its own findings. Diagnostic data: the element, then the rule id.
 */
public final class PremortemEValidator implements EValidator {

    /** The diagnostic source of Premortem findings. */
    public static final String DIAGNOSTIC_SOURCE = "org.premortem.validation";

    private final Validator validator;

    public PremortemEValidator(Validator validator) {
        this.validator = Objects.requireNonNull(validator, "validator");
    }

    /** Registers a bridge for the STPA package in EMF's global validator registry. */
    public static void register(Validator validator) {
        EValidator.Registry.INSTANCE.put(StpaPackage.eINSTANCE, new PremortemEValidator(validator));
    }

    @Override
    public boolean validate(EObject eObject, DiagnosticChain diagnostics, Map<Object, Object> context) {
        return validate(eObject.eClass(), eObject, diagnostics, context);
    }

    @Override
    public boolean validate(EClass eClass, EObject eObject, DiagnosticChain diagnostics, Map<Object, Object> context) {
        if (!(EcoreUtil.getRootContainer(eObject) instanceof Analysis analysis)) {
            return true;
        }
        List<Finding> findings = findingsOf(analysis, context).getOrDefault(eObject, List.of());
        boolean valid = true;
        for (Finding finding : findings) {
            valid &= finding.severity() != Severity.ERROR;
            if (diagnostics != null) {
                diagnostics.add(new BasicDiagnostic(toDiagnosticSeverity(finding.severity()), DIAGNOSTIC_SOURCE, 0,
                        finding.displayId() + ": " + finding.message(), new Object[] { finding.element(), finding.ruleId() }));
            }
        }
        return valid;
    }

    @Override
    public boolean validate(EDataType eDataType, Object value, DiagnosticChain diagnostics, Map<Object, Object> context) {
        return true;
    }

    @SuppressWarnings("unchecked")
    private Map<EObject, List<Finding>> findingsOf(Analysis analysis, Map<Object, Object> context) {
        Map<Object, Object> cache = context == null ? new HashMap<>() : context;
        Map<Analysis, Map<EObject, List<Finding>>> byAnalysis = (Map<Analysis, Map<EObject, List<Finding>>>) cache
                .computeIfAbsent(PremortemEValidator.class, key -> new HashMap<Analysis, Map<EObject, List<Finding>>>());
        return byAnalysis.computeIfAbsent(analysis, key -> groupByElement(validator.validate(key)));
    }

    private static Map<EObject, List<Finding>> groupByElement(List<Finding> findings) {
        Map<EObject, List<Finding>> grouped = new HashMap<>();
        for (Finding finding : findings) {
            grouped.computeIfAbsent(finding.element(), key -> new ArrayList<>()).add(finding);
        }
        return grouped;
    }

    private static int toDiagnosticSeverity(Severity severity) {
        return switch (severity) {
            case ERROR -> Diagnostic.ERROR;
            case WARNING -> Diagnostic.WARNING;
            case INFO -> Diagnostic.INFO;
        };
    }
}
