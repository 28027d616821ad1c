/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.core.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.premortem.core.persistence.AnalysisStore;
import org.premortem.core.persistence.FormatVersion;
import org.premortem.model.stpa.Analysis;
import org.premortem.model.stpa.Hazard;
import org.premortem.model.stpa.StpaFactory;

/** Builder → save → load gives an equal model; saving is deterministic and atomic. */
class PersistenceRoundTripTest {

    @TempDir
    Path folder;

    @Test
    void savedAnalysisLoadsBackEqual() throws IOException {
        Analysis original = SmallAnalysis.build();
        Path file = folder.resolve("doors.premortem");
        AnalysisStore.save(original, file);

        Analysis loaded = AnalysisStore.load(file);

        assertTrue(EcoreUtil.equals(original, loaded), "the loaded model equals the saved one");
        assertEquals(FormatVersion.CURRENT, loaded.getFormatVersion());
        Hazard moving = loaded.getHazards().get(0);
        assertEquals("H-1.1", moving.getSubHazards().get(0).getDisplayId());
        assertEquals("L-1", moving.getLosses().get(0).getDisplayId(), "references survive the round trip");
    }

    @Test
    void savingTheSameModelTwiceGivesTheSameBytes() throws IOException {
        Analysis analysis = SmallAnalysis.build();
        assertArrayEquals(AnalysisStore.serialize(analysis), AnalysisStore.serialize(analysis));
        assertArrayEquals(AnalysisStore.serialize(analysis), AnalysisStore.serialize(SmallAnalysis.build()),
                "the same building steps give the same file");
    }

    @Test
    void loadThenSaveOfAnUnchangedModelIsByteIdentical() throws IOException {
        Path file = folder.resolve("doors.premortem");
        AnalysisStore.save(SmallAnalysis.build(), file);
        byte[] written = Files.readAllBytes(file);

        byte[] rewritten = AnalysisStore.serialize(AnalysisStore.load(file));

        assertArrayEquals(written, rewritten);
    }

    @Test
    void filesAreUtf8WithReferencesByPermanentId() throws IOException {
        Analysis analysis = SmallAnalysis.build();
        String xml = new String(AnalysisStore.serialize(analysis), StandardCharsets.UTF_8);
        assertTrue(xml.startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"), xml.substring(0, 60));
        assertTrue(xml.contains("ünïcode"), "non-ASCII text is written as UTF-8, not escaped");
        assertTrue(xml.contains("formatVersion=\"1.0\""));
        String lossId = analysis.getLosses().get(0).getId();
        assertTrue(xml.contains("losses=\"" + lossId), "hazards refer to losses by permanent id");
        assertFalse(xml.contains("\r"), "line ends are \\n on every platform");
    }

    @Test
    void saveReplacesTheFileAndKeepsItsPermissions() throws IOException {
        Path file = folder.resolve("doors.premortem");
        Files.writeString(file, "old content");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-rw----"));

        AnalysisStore.save(SmallAnalysis.build(), file);

        assertNotEquals("old content", Files.readString(file));
        assertEquals("rw-rw----", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
        try (var entries = Files.list(folder)) {
            assertEquals(1, entries.count(), "no temporary file is left behind");
        }
    }

    @Test
    void failedSaveLeavesThePreviousFileUntouched() throws IOException {
        Path file = folder.resolve("doors.premortem");
        Analysis analysis = SmallAnalysis.build();
        AnalysisStore.save(analysis, file);
        byte[] before = Files.readAllBytes(file);
        Hazard outside = StpaFactory.eINSTANCE.createHazard(); // in no resource: a dangling reference
        analysis.getSystemConstraints().get(0).getHazards().add(outside);

        IOException failure = assertThrows(IOException.class, () -> AnalysisStore.save(analysis, file));

        assertTrue(failure.getMessage().startsWith("cannot save"), failure.getMessage());
        assertArrayEquals(before, Files.readAllBytes(file));
        try (var entries = Files.list(folder)) {
            assertEquals(1, entries.count(), "no temporary file is left behind");
        }
    }
}
