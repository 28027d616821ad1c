/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.validation.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.eclipse.emf.common.util.URI;
import org.junit.jupiter.api.Test;
import org.premortem.core.build.AnalysisBuilder;
import org.premortem.core.ids.IdSource;
import org.premortem.core.persistence.PremortemResource;
import org.premortem.core.validation.Finding;
import org.premortem.core.validation.ValidationSettings;
import org.premortem.core.validation.Validator;
import org.premortem.model.stpa.Analysis;
import org.premortem.model.stpa.Hazard;
import org.premortem.model.stpa.Loss;
import org.premortem.model.stpa.MergeConflict;
import org.premortem.model.stpa.StpaFactory;

/**
 * A merge conflict on a link names the linked elements by their display ids, whether or not the analysis lives in a
 * resource (where they are found through the resource's id map); a conflict on a text quotes the texts, even a text
 * that happens to equal an element's permanent id.
 */
class MergeConflictMessageTest {

    private static final String RULE = "stpa.merge-conflict";

    @Test
    void linksAreNamedByDisplayIdInAResourceAndWithout() {
        for (boolean inResource : new boolean[] { true, false }) {
            AnalysisBuilder builder = AnalysisBuilder.create("Conflicts", IdSource.seeded(1));
            Loss life = builder.loss("Loss of life");
            Loss mission = builder.loss("Loss of mission");
            Hazard hazard = builder.hazard("Doors open while moving", life);
            Analysis analysis = builder.build();
            if (inResource) {
                new PremortemResource(URI.createFileURI("/tmp/conflicts.premortem")).getContents().add(analysis);
            }
            analysis.getConflicts().add(conflict(hazard, "losses", List.of(life.getId()), List.of(mission.getId())));
            analysis.getConflicts().add(conflict(life, "text", List.of(mission.getId()), List.of("Loss of lives")));

            List<String> messages = new Validator(BuiltinRules.registry(), ValidationSettings.defaults())
                    .validate(analysis).stream().filter(finding -> RULE.equals(finding.ruleId()))
                    .map(Finding::message).sorted().toList();

            String where = inResource ? "in a resource" : "without a resource";
            assertEquals(2, messages.size(), where + ": " + messages);
            assertEquals("merge conflict on H-1 'Doors open while moving' losses: ours L-1, theirs L-2; the file "
                    + "holds ours: keep it or set theirs, then remove the conflict", messages.get(0), where);
            assertEquals("merge conflict on L-1 'Loss of life' text: ours \"" + mission.getId()
                    + "\", theirs \"Loss of lives\"; the file holds ours: keep it or set theirs, then remove the "
                    + "conflict", messages.get(1), where);
        }
    }

    private static MergeConflict conflict(org.premortem.model.stpa.IdentifiedElement element, String feature,
            List<String> ours, List<String> theirs) {
        MergeConflict conflict = StpaFactory.eINSTANCE.createMergeConflict();
        conflict.setElement(element);
        conflict.setFeature(feature);
        conflict.getOurs().addAll(ours);
        conflict.getTheirs().addAll(theirs);
        return conflict;
    }
}
