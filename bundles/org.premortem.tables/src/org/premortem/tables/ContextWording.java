/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.tables;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.osgi.util.NLS;

/**
 * Writes a context — process-model variables with one value each — as English, for the UCAs generated from a
 * context table: "the own plan is newer than the active plan and plan i is active" rather than "Own plan is newer
 * than the active plan=newer, Plan i is active=active". Each variable with its value becomes one condition:
 * <ul>
 * <li>a variable whose name holds one of its values ("Plan i is active": active, not active) reads as its name
 * with the value put in ("plan i is active", "plan i is not active"; "Own plan is newer than the active plan":
 * newer, older gives "… is older than …");</li>
 * <li>a statement with a yes/no value (true/false, yes/no, on/off) reads as the statement, negated for no ("plan i
 * is not active");</li>
 * <li>any other variable reads "the &lt;variable&gt; is &lt;value&gt;" ("the load balancer health is unhealthy",
 * "the number of active plans is 0").</li>
 * </ul>
 * The first word loses its capital unless it is a name (an acronym, a word with a digit or an inner capital, or one
 * of the given proper names such as the components' names); "the" is put before a subject that has no determiner and
 * is not a designated thing ("plan i", "plan 2"). Conditions are joined with commas and a final "and".
 */
public final class ContextWording {

    private static final Set<String> YES = Set.of("true", "yes", "on"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    private static final Set<String> NO = Set.of("false", "no", "off"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    /** Verbs after which "not" negates a statement ("is" gives "is not"). */
    private static final Set<String> AUXILIARIES = Set.of("is", "are", "was", "were", "has", "have", "had", "can", //$NON-NLS-1$
            "could", "will", "would", "does", "do", "did", "should", "must", "may", "might"); //$NON-NLS-1$
    private static final Set<String> DETERMINERS = Set.of("the", "a", "an", "this", "that", "these", "those", "its", //$NON-NLS-1$
            "their", "his", "her", "our", "my", "your", "no", "every", "each", "all", "some", "any", "both", //$NON-NLS-1$
            "either", "neither", "one", "two", "three"); //$NON-NLS-1$
    private static final String NOT = "not"; //$NON-NLS-1$
    private static final String THE = "the "; //$NON-NLS-1$
    private static final Pattern WORD = Pattern.compile("\\S+"); //$NON-NLS-1$

    private final Set<String> names;

    /** {@code properNames}: names that keep their capitals at the start of a condition (e.g. "Enactor"). */
    public ContextWording(Set<String> properNames) {
        this.names = Set.copyOf(properNames);
    }

    /** One condition of a context: a variable's name, all its values, and the value it has. */
    public record Condition(String variable, List<String> values, String value) {
    }

    /** The conditions as one English phrase: "A", "A and B", "A, B and C". */
    public String context(List<Condition> conditions) {
        List<String> phrases = conditions.stream().map(this::condition).filter(text -> !text.isEmpty()).toList();
        if (phrases.size() <= 1) {
            return phrases.isEmpty() ? "" : phrases.get(0);
        }
        String head = String.join(", ", phrases.subList(0, phrases.size() - 1)); //$NON-NLS-1$
        return NLS.bind(Messages.Context_and, head, phrases.get(phrases.size() - 1));
    }

    /** One variable with its value as a condition, e.g. "plan i is not active". */
    public String condition(Condition condition) {
        String variable = condition.variable() == null ? "" : condition.variable().strip();
        String value = condition.value() == null ? "" : condition.value().strip();
        if (variable.isEmpty()) {
            return value;
        }
        Optional<String> held = heldValue(variable, condition.values());
        if (held.isPresent()) {
            return subject(replace(variable, held.get(), value));
        }
        boolean statement = auxiliary(variable).isPresent();
        String answer = value.toLowerCase(Locale.ROOT);
        if (statement && YES.contains(answer)) {
            return subject(variable);
        }
        if (statement && NO.contains(answer)) {
            return subject(negated(variable));
        }
        return NLS.bind(Messages.Context_is, subject(variable), value);
    }

    /** The longest of the values that the variable's name holds as whole words, if any. */
    private static Optional<String> heldValue(String variable, List<String> values) {
        return values.stream().filter(v -> v != null && !v.isBlank()).map(String::strip)
                .filter(v -> find(variable, v).isPresent()).max(Comparator.comparingInt(String::length));
    }

    /** The name with the value it holds replaced by another value ("Plan i is active" → "Plan i is not active"). */
    private static String replace(String variable, String held, String value) {
        int[] at = find(variable, held).orElseThrow();
        return variable.substring(0, at[0]) + value + variable.substring(at[1]);
    }

    /** Where {@code words} occur in {@code text} as whole words, ignoring case: [start, end). */
    private static Optional<int[]> find(String text, String words) {
        Matcher matcher = Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(words) + "(?![\\p{L}\\p{N}])", //$NON-NLS-1$ //$NON-NLS-2$
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE).matcher(text);
        return matcher.find() ? Optional.of(new int[] {matcher.start(), matcher.end()}) : Optional.empty();
    }

    /** The first auxiliary verb of a statement: [start, end) of the word. */
    private static Optional<int[]> auxiliary(String text) {
        Matcher word = WORD.matcher(text);
        while (word.find()) {
            if (AUXILIARIES.contains(word.group().toLowerCase(Locale.ROOT))) {
                return Optional.of(new int[] {word.start(), word.end()});
            }
        }
        return Optional.empty();
    }

    /** The statement negated after its first auxiliary: "is active" → "is not active", "is not X" → "is X". */
    private static String negated(String statement) {
        int end = auxiliary(statement).orElseThrow()[1];
        String rest = statement.substring(end);
        Matcher next = WORD.matcher(rest);
        if (next.find() && next.group().equalsIgnoreCase(NOT)) {
            return statement.substring(0, end) + rest.substring(next.end());
        }
        return statement.substring(0, end) + ' ' + NOT + rest;
    }

    /** The text starting as the subject of a sentence's clause: its first word in lower case and "the" if needed. */
    private String subject(String text) {
        List<String> words = new ArrayList<>();
        WORD.matcher(text).results().forEach(match -> words.add(match.group()));
        if (words.isEmpty()) {
            return text;
        }
        String first = words.get(0);
        boolean name = isName(first, text);
        String start = name ? text : first.toLowerCase(Locale.ROOT) + text.substring(first.length());
        boolean determined = DETERMINERS.contains(first.toLowerCase(Locale.ROOT));
        boolean designated = words.size() > 1 && isDesignator(words.get(1));
        boolean verbFirst = AUXILIARIES.contains(first.toLowerCase(Locale.ROOT));
        return determined || designated || verbFirst ? start : THE + start;
    }

    /** Whether the text's first word is a name: one of the proper names, an acronym, or a word with a digit. */
    private boolean isName(String first, String text) {
        for (String name : names) {
            if (!name.isBlank() && text.regionMatches(false, 0, name, 0, name.length())) {
                return true;
            }
        }
        boolean innerCapital = first.length() > 1 && !first.substring(1).equals(first.substring(1).toLowerCase(
                Locale.ROOT));
        return innerCapital || first.chars().anyMatch(Character::isDigit);
    }

    /** "i", "2", "B": a single letter or a number that designates one thing of a kind ("plan i"). */
    private static boolean isDesignator(String word) {
        return word.length() == 1 && Character.isLetter(word.charAt(0)) || word.chars().allMatch(Character::isDigit);
    }
}
