/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.core.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.premortem.core.build.AnalysisBuilder;
import org.premortem.core.build.ControlStructureBuilder;
import org.premortem.core.ids.IdSource;
import org.premortem.core.persistence.AnalysisStore;
import org.premortem.core.persistence.ModelLoadException;
import org.premortem.model.stpa.Analysis;
import org.premortem.model.stpa.Component;
import org.premortem.model.stpa.ComponentKind;
import org.premortem.model.stpa.Hazard;
import org.premortem.model.stpa.StpaFactory;

/**
 * A save that cannot produce a file that loads again fails before touching the disk: the previous file keeps its
 * bytes, no temporary file is left, and the message says what to fix. A save that succeeds always loads back equal.
 */
class FailedSaveTest {

    @TempDir
    Path folder;

    static Stream<Arguments> unsavableEdits() {
        return Stream.of(
                Arguments.of("NUL in a text", edit(a -> a.getLosses().get(0).setText("before\u0000after")),
                        "contains the character U+0000"),
                Arguments.of("bell in a name", edit(a -> a.setName("ding\u0007")), "contains the character U+0007"),
                Arguments.of("lone surrogate", edit(a -> a.getHazards().get(0).setText("half \uD83D pair")),
                        "contains the character U+D83D"),
                Arguments.of("U+FFFE in a description", edit(a -> a.setDescription("\uFFFE")),
                        "contains the character U+FFFE"),
                Arguments.of("reference outside the analysis",
                        edit(a -> a.getSystemConstraints().get(0).getHazards().add(StpaFactory.eINSTANCE.createHazard())),
                        "cannot save"),
                Arguments.of("id with a space", edit(a -> a.getLosses().get(0).setId("_a b")),
                        "has characters ids cannot have"),
                Arguments.of("id used twice", edit(a -> a.getHazards().get(0).setId(a.getLosses().get(0).getId())),
                        "is used by two elements"),
                Arguments.of("id missing", edit(a -> a.getHazards().get(0).setId(null)), "has no permanent id"),
                Arguments.of("reference to an element with an id outside the analysis", edit(a -> {
                    Hazard outside = StpaFactory.eINSTANCE.createHazard();
                    outside.setId(a.getHazards().get(0).getId()); // the file would bind it to the hazard inside
                    a.getSystemConstraints().get(0).getHazards().add(outside);
                }), "which is not part of the analysis"),
                Arguments.of("nesting too deep", edit(a -> nest(a, 120)), "is nested too deep"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("unsavableEdits")
    void theFileOnDiskIsUntouched(String what, Consumer<Analysis> edit, String reason) throws IOException {
        Path file = folder.resolve("analysis.premortem");
        Analysis analysis = analysis();
        AnalysisStore.save(analysis, file);
        byte[] before = Files.readAllBytes(file);
        edit.accept(analysis);

        IOException failure = assertThrows(IOException.class, () -> AnalysisStore.save(analysis, file));

        assertTrue(failure.getMessage().contains(reason), failure.getMessage());
        assertArrayEquals(before, Files.readAllBytes(file));
        assertEquals(List.of(file), files(), "no temporary file is left behind");
    }

    @Test
    void aMissingFolderLeavesNothingBehind() {
        Path file = folder.resolve("gone").resolve("analysis.premortem");
        IOException failure = assertThrows(IOException.class, () -> AnalysisStore.save(analysis(), file));
        assertTrue(failure.getMessage().contains("its folder does not exist"), failure.getMessage());
    }

    @Test
    void aFolderInTheWayIsNotReplaced() throws IOException {
        Path target = Files.createDirectories(folder.resolve("analysis.premortem"));
        Files.writeString(target.resolve("keep.txt"), "keep");
        assertThrows(IOException.class, () -> AnalysisStore.save(analysis(), target));
        assertEquals("keep", Files.readString(target.resolve("keep.txt")));
        try (Stream<Path> entries = Files.list(folder)) {
            assertEquals(List.of(target), entries.toList(), "no temporary file is left behind");
        }
    }

    /** Around the nesting limit: every depth either saves and loads back equal, or fails to save; never in between. */
    @Test
    void whatSavesLoadsAtEveryDepth() throws IOException {
        for (int depth = 90; depth <= 100; depth++) {
            Analysis analysis = analysis();
            nest(analysis, depth);
            byte[] bytes;
            try {
                bytes = AnalysisStore.serialize(analysis);
            } catch (IOException refused) {
                assertTrue(refused.getMessage().contains("nested too deep"), refused.getMessage());
                continue;
            }
            try {
                assertTrue(EcoreUtil.equals(analysis, AnalysisStore.parse(Path.of("deep.premortem"), bytes)));
            } catch (ModelLoadException e) {
                throw new AssertionError("depth " + depth + " saved but does not load: " + e.getMessage(), e);
            }
        }
    }

    private static Consumer<Analysis> edit(Consumer<Analysis> edit) {
        return edit;
    }

    private List<Path> files() throws IOException {
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.toList();
        }
    }

    private static Analysis analysis() {
        AnalysisBuilder builder = AnalysisBuilder.create("Saves", IdSource.seeded(3));
        builder.hazard("The plant is unsafe", builder.loss("Loss of life"));
        builder.systemConstraint("The plant must be safe", builder.build().getHazards().get(0));
        return builder.build();
    }

    /** Components nested {@code levels} deep, each with a process-model variable (values are child elements). */
    private static void nest(Analysis analysis, int levels) {
        ControlStructureBuilder structure = AnalysisBuilder.extend(analysis, IdSource.seeded(4)).controlStructure("Deep");
        Component parent = structure.controller("Top");
        for (int level = 0; level < levels; level++) {
            parent = structure.child(parent, "Level " + level, ComponentKind.CONTROLLER);
            structure.variable(parent, "v" + level, "a", "b");
        }
    }
}
