/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.validation.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EValidator;
import org.eclipse.emf.ecore.util.Diagnostician;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.premortem.core.validation.PremortemEValidator;
import org.premortem.core.validation.ValidationSettings;
import org.premortem.core.validation.Validator;
import org.premortem.examples.DynamoDbDnsExample;
import org.premortem.model.stpa.Analysis;
import org.premortem.model.stpa.IdentifiedElement;
import org.premortem.model.stpa.StpaPackage;

/** EMF's Diagnostician reports exactly the findings of Premortem's validator. */
class EValidatorBridgeTest {

    @AfterEach
    void unregister() {
        EValidator.Registry.INSTANCE.remove(StpaPackage.eINSTANCE);
    }

    @Test
    void diagnosticianReportsTheSameFindings() {
        Validator validator = new Validator(BuiltinRules.registry(), ValidationSettings.defaults());
        Analysis analysis = DynamoDbDnsExample.build();
        Set<String> expected = validator.validate(analysis).stream()
                .map(f -> f.ruleId() + "|" + f.element().getId() + "|" + f.displayId() + ": " + f.message())
                .collect(Collectors.toSet());
        PremortemEValidator.register(validator);

        Diagnostic diagnostic = Diagnostician.INSTANCE.validate(analysis);

        List<Diagnostic> children = diagnostic.getChildren().stream()
                .filter(d -> PremortemEValidator.DIAGNOSTIC_SOURCE.equals(d.getSource())).toList();
        Set<String> reported = children.stream()
                .map(d -> d.getData().get(1) + "|" + ((IdentifiedElement) d.getData().get(0))
                        .getId() + "|" + d.getMessage())
                .collect(Collectors.toSet());
        assertEquals(expected, reported);
        assertEquals(expected.size(), children.size(), "each finding once");
    }

}
