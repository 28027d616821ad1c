/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.core.validation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Pattern;

import org.premortem.model.stpa.ControlAction;

/**
 * The words by which the structural cues recognise what a control action does when the analyst has not said so: the
 * defaults ({@code vocabulary.properties} beside this class), extended per model by {@code vocabulary.<kind> = word,
 * word} lines in the validation settings file. A word matches the start of a word of the action's name ("delet"
 * matches "Delete", "deletes", "deleting"). What the analyst sets on an action (destructive, irreversible) always
 * wins over the wording.
 */
public final class ActionVocabulary {

    /** What a kind of wording says about an action. */
    public enum Kind {
        /** It destroys, removes or disables something. */
        DESTRUCTIVE,
        /** Its effect cannot be undone by doing the action's opposite. */
        IRREVERSIBLE,
        /** It restores, undoes or recovers what another action destroyed. */
        RESTORING,
        /** It stops, pauses or overrides the controller it reaches. */
        STOPPING,
        /** A UCA context with it considers the timing or scope of a roll-out (staged, canary, one zone first). */
        SCOPE;

        /** The key of this kind in the settings file: {@code vocabulary.destructive}. */
        public String settingsKey() {
            return "vocabulary." + name().toLowerCase(Locale.ROOT);
        }

        /** Every settings key, comma-separated, for messages. */
        public static String knownKeys() {
            return String.join(", ", Arrays.stream(values()).map(Kind::settingsKey).toList());
        }

        /** The kind a settings key names, if it names one. */
        public static Optional<Kind> ofSettingsKey(String key) {
            return Arrays.stream(values()).filter(kind -> kind.settingsKey().equals(key)).findFirst();
        }
    }

    private static final ActionVocabulary DEFAULTS = loadDefaults();

    private final Map<Kind, Set<String>> words;
    private final Map<Kind, Pattern> patterns = new EnumMap<>(Kind.class);

    private ActionVocabulary(Map<Kind, Set<String>> words) {
        this.words = words;
        for (Kind kind : Kind.values()) {
            patterns.put(kind, pattern(words.get(kind)));
        }
    }

    /** The built-in words. */
    public static ActionVocabulary defaults() {
        return DEFAULTS;
    }

    /** This vocabulary with more words of one kind. */
    public ActionVocabulary with(Kind kind, Collection<String> more) {
        Map<Kind, Set<String>> extended = new EnumMap<>(Kind.class);
        words.forEach((key, value) -> extended.put(key, new LinkedHashSet<>(value)));
        for (String word : more) {
            String cleaned = word.strip().toLowerCase(Locale.ROOT);
            if (!cleaned.isEmpty()) {
                extended.get(Objects.requireNonNull(kind, "kind")).add(cleaned);
            }
        }
        return new ActionVocabulary(extended);
    }

    /** The words of one kind, in the order they were given. */
    public List<String> words(Kind kind) {
        return List.copyOf(words.get(kind));
    }

    /** Whether a text uses a word of the given kind. */
    public boolean mentions(Kind kind, String text) {
        return text != null && patterns.get(kind).matcher(text).find();
    }

    /** Whether the action is destructive: as the analyst set it, else by its name. */
    public boolean isDestructive(ControlAction action) {
        Boolean set = action.getDestructive();
        return set != null ? set : mentions(Kind.DESTRUCTIVE, action.getName());
    }

    /** Whether the action's effect is irreversible: as the analyst set it, else by its name. */
    public boolean isIrreversible(ControlAction action) {
        Boolean set = action.getIrreversible();
        return set != null ? set : mentions(Kind.IRREVERSIBLE, action.getName());
    }

    private static Pattern pattern(Set<String> words) {
        if (words.isEmpty()) {
            return Pattern.compile("(?!)");
        }
        List<String> quoted = new ArrayList<>();
        for (String word : words) {
            quoted.add(Pattern.quote(word).replace(" ", "\\E[\\s-]*\\Q"));
        }
        return Pattern.compile("(?iu)(?<![\\p{L}\\p{N}])(" + String.join("|", quoted) + ")");
    }

    private static ActionVocabulary loadDefaults() {
        Properties properties = new Properties();
        try (var in = ActionVocabulary.class.getResourceAsStream("vocabulary.properties")) {
            properties.load(new java.io.InputStreamReader(Objects.requireNonNull(in, "vocabulary.properties"),
                    java.nio.charset.StandardCharsets.UTF_8));
        } catch (java.io.IOException e) {
            throw new IllegalStateException("cannot read the built-in vocabulary", e);
        }
        Map<Kind, Set<String>> words = new EnumMap<>(Kind.class);
        for (Kind kind : Kind.values()) {
            Set<String> list = new LinkedHashSet<>();
            for (String word : properties.getProperty(kind.settingsKey(), "").split(",")) {
                if (!word.isBlank()) {
                    list.add(word.strip().toLowerCase(Locale.ROOT));
                }
            }
            words.put(kind, list);
        }
        return new ActionVocabulary(words);
    }
}
