/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.core.validation;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

/**
 * Which rules run and how serious their findings are. Settings for a model live in a file next to it,
 * {@value #FILE_NAME}, one line per rule: {@code rule-id = off | error | warning | info}. Rules not named keep their
 * defaults; unknown values are reported, never silently ignored. Lines {@code vocabulary.<kind> = word, word} add
 * words to the {@link ActionVocabulary} of the structural cues.
 */
public final class ValidationSettings {

    /** The settings file's name, in the model's folder. */
    public static final String FILE_NAME = "premortem-validation.properties";

    private static final String OFF = "off";
    private static final String VOCABULARY = "vocabulary.";

    private final Set<String> disabled = new HashSet<>();
    private final Map<String, Severity> severities = new HashMap<>();
    private ActionVocabulary vocabulary = ActionVocabulary.defaults();

    /** Every rule on, at its default severity. */
    public static ValidationSettings defaults() {
        return new ValidationSettings();
    }

    /**
     * The settings next to {@code modelFile}, layered over {@code base}; defaults when there is no such file.
     *
     * @throws InvalidSettingsException naming the file, line and value when a line is not understood
     */
    public static ValidationSettings forModel(Path modelFile, ValidationSettings base) throws IOException {
        Path folder = modelFile.toAbsolutePath().getParent();
        Path file = folder == null ? Path.of(FILE_NAME) : folder.resolve(FILE_NAME);
        ValidationSettings settings = base.copy();
        if (Files.isRegularFile(file)) {
            settings.read(file);
        }
        return settings;
    }

    public ValidationSettings copy() {
        ValidationSettings copy = new ValidationSettings();
        copy.disabled.addAll(disabled);
        copy.severities.putAll(severities);
        copy.vocabulary = vocabulary;
        return copy;
    }

    public ValidationSettings disable(String ruleId) {
        disabled.add(ruleId);
        severities.remove(ruleId);
        return this;
    }

    public ValidationSettings severity(String ruleId, Severity severity) {
        disabled.remove(ruleId);
        severities.put(ruleId, severity);
        return this;
    }

    public boolean isEnabled(ValidationRule rule) {
        return !disabled.contains(rule.id());
    }

    public Severity severityOf(ValidationRule rule) {
        return severities.getOrDefault(rule.id(), rule.defaultSeverity());
    }

    /** The words by which the structural cues recognise what an action does (the defaults, and any extensions). */
    public ActionVocabulary vocabulary() {
        return vocabulary;
    }

    /** Adds words of one kind to the vocabulary. */
    public ValidationSettings vocabulary(ActionVocabulary.Kind kind, List<String> words) {
        vocabulary = vocabulary.with(kind, words);
        return this;
    }

    /** The rule ids these settings mention, for checking them against the registry. */
    public Set<String> mentionedRuleIds() {
        Set<String> ids = new TreeSet<>(disabled);
        ids.addAll(severities.keySet());
        return ids;
    }

    private void read(Path file) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        for (String ruleId : new TreeSet<>(properties.stringPropertyNames())) {
            String value = properties.getProperty(ruleId).strip();
            if (ruleId.startsWith(VOCABULARY)) {
                String key = ruleId;
                ActionVocabulary.Kind kind = ActionVocabulary.Kind.ofSettingsKey(key).orElseThrow(
                        () -> InvalidSettingsException.unknownVocabulary(file, lineOf(file, key), key,
                                ActionVocabulary.Kind.knownKeys()));
                vocabulary(kind, List.of(value.split(",")));
            } else if (OFF.equalsIgnoreCase(value)) {
                disable(ruleId);
            } else {
                Severity severity = Severity.parse(value).orElseThrow(
                        () -> new InvalidSettingsException(file, lineOf(file, ruleId), ruleId, value));
                severity(ruleId, severity);
            }
        }
    }

    private static int lineOf(Path file, String key) {
        try {
            int line = 0;
            for (String text : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                line++;
                if (text.strip().startsWith(key)) {
                    return line;
                }
            }
        } catch (IOException e) {
            return 0;
        }
        return 0;
    }
}
