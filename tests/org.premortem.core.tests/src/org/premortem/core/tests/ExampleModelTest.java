/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.premortem.core.persistence.AnalysisStore;
import org.premortem.core.query.AnalysisQuery;
import org.premortem.core.stats.AnalysisStatistics;
import org.premortem.examples.DynamoDbDnsExample;
import org.premortem.model.stpa.Analysis;
import org.premortem.model.stpa.Component;
import org.premortem.model.stpa.ControlAction;
import org.premortem.model.stpa.Feedback;

/**
 * The shipped DynamoDB DNS example: the committed file is exactly what {@link DynamoDbDnsExample} builds, and it
 * holds what the seed article analyses. After changing the example's code, regenerate the file with
 * {@code ./mvnw verify -Dpremortem.updateExamples=true}.
 */
class ExampleModelTest {

    static final Path EXAMPLE = Path.of("..", "..", "bundles", "org.premortem.examples", "projects", "dynamodb-dns",
            DynamoDbDnsExample.FILE_NAME);

    @Test
    void committedFileIsWhatTheExampleCodeBuilds() throws IOException {
        byte[] built = AnalysisStore.serialize(DynamoDbDnsExample.build());
        if (Boolean.getBoolean("premortem.updateExamples")) {
            AnalysisStore.writeAtomically(EXAMPLE, built);
        }
        assertEquals(new String(built, StandardCharsets.UTF_8), Files.readString(EXAMPLE),
                "the example file is stale: run ./mvnw verify -Dpremortem.updateExamples=true");
    }

    @Test
    void exampleLoadsAndEqualsTheBuiltModel() throws IOException {
        assertTrue(EcoreUtil.equals(DynamoDbDnsExample.build(), AnalysisStore.load(EXAMPLE)));
    }

    @Test
    void countsMatchTheSeedArticle() throws IOException {
        AnalysisStatistics stats = AnalysisStatistics.of(AnalysisStore.load(EXAMPLE));
        assertEquals(2, stats.hazards());
        assertEquals(4, stats.controlActions());
        assertEquals(13, stats.ucas());
        assertEquals(8, stats.notApplicable(), "duration and parameter are n/a for each of the four actions");
        assertEquals(2, stats.feedback());
        assertEquals(2, stats.controllers());
        assertEquals(27, stats.lossScenarios());
        assertEquals(5, stats.requirements());
    }

    @Test
    void enactorIsOneControllerWithThreeReplicas() throws IOException {
        AnalysisQuery query = new AnalysisQuery(AnalysisStore.load(EXAMPLE));
        Component enactor = component(query, "Enactor");
        assertEquals(3, enactor.getReplicas());
        assertEquals(List.of("Add plan", "Set plan i active", "Delete plan i"),
                query.controlActionsOf(enactor).stream().map(ControlAction::getName).toList());
        Component route53 = component(query, "Route53");
        assertEquals(List.of(enactor), query.controllersOf(route53));
    }

    @Test
    void feedbackPathsTheArticleCallsMissingStayAbsent() throws IOException {
        AnalysisQuery query = new AnalysisQuery(AnalysisStore.load(EXAMPLE));
        Component planner = component(query, "Planner");
        Component enactor = component(query, "Enactor");
        List<Feedback> toPlanner = query.feedbackTo(planner);
        assertTrue(toPlanner.stream().noneMatch(feedback -> feedback.getSource() == enactor),
                "there is no feedback path from the Enactors to the Planner");
        assertEquals(1, query.feedbackTo(enactor).size(), "the Enactors only query Route53");
        assertTrue(query.feedbackTo(enactor).get(0).getUpdatedVariables().stream()
                .noneMatch(variable -> variable.getName().equals("Plan i is active")),
                "nothing tells an Enactor whether the plan it deletes is active");
    }

    private static Component component(AnalysisQuery query, String name) {
        return query.components().stream().filter(c -> name.equals(c.getName())).findFirst().orElseThrow();
    }

    static Analysis load() throws IOException {
        return AnalysisStore.load(EXAMPLE);
    }
}
