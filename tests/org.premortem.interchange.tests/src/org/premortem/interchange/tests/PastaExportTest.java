/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.interchange.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.premortem.core.persistence.AnalysisStore;
import org.premortem.core.stats.AnalysisStatistics;
import org.premortem.model.stpa.Analysis;

/**
 * Exporting an analysis made in Premortem (the DynamoDB example): PASTA reads the file back, every element PASTA can
 * hold comes back, and what it cannot hold is named in the file's comments.
 */
class PastaExportTest {

    static final Path EXAMPLE = Path.of("..", "..", "bundles", "org.premortem.examples", "projects",
            "dynamodb-dns", "dynamodb-dns.premortem");

    @TempDir
    Path folder;

    @Test
    void theExampleComesBackWithItsElements() throws Exception {
        Analysis example = AnalysisStore.load(EXAMPLE);
        Path exported = Pasta.write(example, folder, "example");
        Analysis back = Pasta.read(exported).analysis();
        var before = AnalysisStatistics.of(example).counts();
        var after = AnalysisStatistics.of(back).counts();
        for (String kind : new String[] { "losses", "hazards", "systemConstraints", "controlStructures",
            "components", "controlActions", "feedback", "ucas", "controllerConstraints", "lossScenarios",
            "requirements" }) {
            assertEquals(before.get(kind), after.get(kind), kind);
        }
        assertEquals(example.getGoals().size(), back.getGoals().size());
        assertEquals(example.getAssumptions().size(), back.getAssumptions().size());
        String text = Files.readString(exported);
        assertTrue(text.contains("// Not in PASTA: LS-12:") && text.contains("has 3 causal factors"), text);
    }

    @Test
    void theSameAnalysisGivesTheSameBytes() throws Exception {
        Analysis example = AnalysisStore.load(EXAMPLE);
        assertEquals(Files.readString(Pasta.write(example, folder, "a")),
                Files.readString(Pasta.write(example, folder, "b")));
    }
}
