/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.validation.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.premortem.core.build.AnalysisBuilder;
import org.premortem.core.build.ControlStructureBuilder;
import org.premortem.core.ids.IdSource;
import org.premortem.core.validation.ActionVocabulary;
import org.premortem.core.validation.Finding;
import org.premortem.core.validation.InvalidSettingsException;
import org.premortem.core.validation.RuleRegistry;
import org.premortem.core.validation.ValidationSettings;
import org.premortem.core.validation.Validator;
import org.premortem.model.stpa.Analysis;
import org.premortem.model.stpa.Component;
import org.premortem.model.stpa.ControlAction;
import org.premortem.model.stpa.StpaFactory;
import org.premortem.validation.structure.DestructiveActionRule;

/**
 * "Destructive" and "irreversible" are what the analyst sets on an action, else what its wording says; the settings
 * file extends the wording.
 */
class ActionVocabularyTest {

    @TempDir
    Path folder;

    @Test
    void theAnalystsSettingWinsOverTheWording() {
        ControlAction delete = action("Delete plan");
        ControlAction archive = action("Archive plan");
        ActionVocabulary words = ActionVocabulary.defaults();
        assertTrue(words.isDestructive(delete));
        assertTrue(words.isIrreversible(delete));
        assertFalse(words.isDestructive(archive));
        delete.setDestructive(false);
        delete.setIrreversible(false);
        archive.setDestructive(true);
        assertFalse(words.isDestructive(delete));
        assertFalse(words.isIrreversible(delete));
        assertTrue(words.isDestructive(archive));
    }

    @Test
    void wordsMatchTheStartOfAWordAndSpanSpacesOrHyphens() {
        ActionVocabulary words = ActionVocabulary.defaults();
        assertTrue(words.mentions(ActionVocabulary.Kind.DESTRUCTIVE, "Shut-down the node"));
        assertTrue(words.mentions(ActionVocabulary.Kind.RESTORING, "Roll back the deployment"));
        assertFalse(words.mentions(ActionVocabulary.Kind.DESTRUCTIVE, "Undelete plan"), "inside a word");
        assertFalse(words.mentions(ActionVocabulary.Kind.DESTRUCTIVE, null));
    }

    @Test
    void theSettingsFileAddsWordsThatTheRulesThenUse() throws IOException {
        Path model = folder.resolve("m.premortem");
        Files.writeString(folder.resolve(ValidationSettings.FILE_NAME), "vocabulary.destructive = archiv, evacuat\n");
        ValidationSettings settings = ValidationSettings.forModel(model, ValidationSettings.defaults());
        assertTrue(settings.vocabulary().words(ActionVocabulary.Kind.DESTRUCTIVE).containsAll(List.of("archiv",
                "evacuat")));
        assertTrue(settings.mentionedRuleIds().isEmpty(), "vocabulary lines are not rule ids");

        AnalysisBuilder b = AnalysisBuilder.create("Archive", IdSource.seeded(3));
        ControlStructureBuilder cs = b.controlStructure("S");
        Component controller = cs.controller("Archiver");
        cs.controlAction(controller, cs.controlledProcess("Store"), "Archive plan");
        Analysis analysis = b.build();
        RuleRegistry registry = new RuleRegistry();
        registry.register(new DestructiveActionRule());
        assertEquals(List.of(), new Validator(registry, ValidationSettings.defaults()).validate(analysis));
        List<Finding> findings = new Validator(registry, settings).validate(analysis);
        assertEquals(List.of("CA-1"), findings.stream().map(Finding::displayId).toList());
    }

    @Test
    void anUnknownVocabularyIsASettingsErrorNamingTheLine() throws IOException {
        Files.writeString(folder.resolve(ValidationSettings.FILE_NAME), "structure.cold-start = off\n"
                + "vocabulary.harmful = nuke\n");
        InvalidSettingsException e = assertThrows(InvalidSettingsException.class, () -> ValidationSettings
                .forModel(folder.resolve("m.premortem"), ValidationSettings.defaults()));
        assertTrue(e.getMessage().contains(":2"), e.getMessage());
        assertTrue(e.getMessage().contains("vocabulary.harmful"), e.getMessage());
    }

    private static ControlAction action(String name) {
        ControlAction action = StpaFactory.eINSTANCE.createControlAction();
        action.setName(name);
        return action;
    }
}
