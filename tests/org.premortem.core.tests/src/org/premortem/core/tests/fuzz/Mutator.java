/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.core.tests.fuzz;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A small seeded mutator for .premortem files: byte-level damage (flips, deletions, duplications, truncation,
 * splices of two files) and XML-aware damage (attribute values swapped between elements, so ids land in references
 * of the wrong kind; element names changed; elements re-nested; hostile tokens such as DOCTYPEs, entity and character
 * references, foreign namespaces, URLs and broken UTF-8 inserted). The same seed gives the same inputs.
 */
final class Mutator {

    /** Inputs never grow beyond this, so that each one stays a unit of work. */
    static final int MAX_SIZE = 256 * 1024;

    private static final Pattern ATTRIBUTE_VALUE = Pattern.compile("=\"([^\"]*)\"");
    private static final Pattern START_TAG = Pattern.compile("<([A-Za-z][\\w:.-]*)");
    private static final List<String> ELEMENT_NAMES = List.of("losses", "hazards", "subHazards", "systemConstraints",
            "controlStructures", "components", "children", "connections", "unsafeControlActions", "notApplicable",
            "controllerConstraints", "lossScenarios", "requirements", "causalFactors", "processModel", "values",
            "responsibilities", "contextTables", "rows", "displayIdCounters", "stpa:Analysis", "xmi:XMI", "evil:x");
    private static final List<String> TOKENS = List.of("<!DOCTYPE a [<!ENTITY e \"x\">]>", "&e;", "&#0;", "&#x1;",
            "&#xD800;", "&#x10FFFF;", "&amp;", "&lt;", "]]>", "<![CDATA[x]]>", "<?pi x?>", "<!-- c -->", "\"", "'",
            "<", ">", "&", "=", " xmlns:evil=\"http://127.0.0.1:1/evil\"", " xsi:type=\"stpa:Loss\"",
            " xsi:type=\"stpa:Connection\"", " xsi:type=\"ecore:EClass\"", " href=\"http://127.0.0.1:1/x.premortem#_a\"",
            " losses=\"other.premortem#_a\"", " id=\"_a\"", " id=\"\"", " id=\"a b\"", " formatVersion=\"2.0\"",
            " replicas=\"-2147483649\"", " replicas=\"NaN\"", " kind=\"NOPE\"", " type=\"\"", "<subHazards>",
            "</subHazards>", "</stpa:Analysis>", "<values>", "\u0000", "\ufeff", "\uffff", "\t\r\n");
    private static final List<byte[]> RAW_BYTES = List.of(new byte[] { (byte) 0xC0, (byte) 0xAF },
            new byte[] { (byte) 0xED, (byte) 0xA0, (byte) 0x80 }, new byte[] { (byte) 0xF4, (byte) 0x90, (byte) 0x80,
                    (byte) 0x80 }, new byte[] { (byte) 0xE2, (byte) 0x82 }, new byte[] { (byte) 0xFF },
            new byte[] { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF }, new byte[] { 0 });

    private final List<byte[]> seeds;

    Mutator(List<byte[]> seeds) {
        this.seeds = List.copyOf(seeds);
    }

    /** Input number {@code index} of the run with {@code seed}: a seed file with one to four mutations. */
    Input input(long seed, int index) {
        SplittableRandom random = new SplittableRandom(seed * 0x9E3779B97F4A7C15L + index);
        int seedIndex = random.nextInt(seeds.size());
        byte[] bytes = seeds.get(seedIndex);
        List<String> trail = new ArrayList<>(List.of("seed#" + seedIndex));
        int mutations = 1 + random.nextInt(4);
        for (int i = 0; i < mutations; i++) {
            Mutation mutation = Mutation.values()[random.nextInt(Mutation.values().length)];
            bytes = apply(mutation, bytes, random);
            trail.add(mutation.name());
            if (bytes.length > MAX_SIZE) {
                bytes = Arrays.copyOf(bytes, MAX_SIZE);
            }
        }
        return new Input(index, bytes, String.join(" > ", trail));
    }

    /** One fuzz input: its number, bytes, and how it was made. */
    record Input(int index, byte[] bytes, String trail) {
    }

    private enum Mutation {
        FLIP_BITS, INTERESTING_BYTE, DELETE_RANGE, DUPLICATE_RANGE, INSERT_TOKEN, INSERT_RAW_BYTES, TRUNCATE, SPLICE,
        COPY_ATTRIBUTE_VALUE, SWAP_ATTRIBUTE_VALUES, RENAME_ELEMENT, WRAP_IN_ELEMENT, REPEAT_ATTRIBUTE_VALUE
    }

    private byte[] apply(Mutation mutation, byte[] bytes, SplittableRandom random) {
        if (bytes.length == 0) {
            return insert(bytes, 0, TOKENS.get(random.nextInt(TOKENS.size())).getBytes(StandardCharsets.UTF_8));
        }
        int at = random.nextInt(bytes.length);
        return switch (mutation) {
            case FLIP_BITS -> flip(bytes, random);
            case INTERESTING_BYTE -> set(bytes, at, "<>&\"'=/ \n\u0000".charAt(random.nextInt(10)));
            case DELETE_RANGE -> delete(bytes, at, 1 + random.nextInt(64));
            case DUPLICATE_RANGE -> insert(bytes, random.nextInt(bytes.length + 1),
                    Arrays.copyOfRange(bytes, at, Math.min(bytes.length, at + 1 + random.nextInt(512))));
            case INSERT_TOKEN -> insert(bytes, at, TOKENS.get(random.nextInt(TOKENS.size())).getBytes(StandardCharsets.UTF_8));
            case INSERT_RAW_BYTES -> insert(bytes, at, RAW_BYTES.get(random.nextInt(RAW_BYTES.size())));
            case TRUNCATE -> Arrays.copyOf(bytes, at);
            case SPLICE -> splice(bytes, at, seeds.get(random.nextInt(seeds.size())), random);
            case COPY_ATTRIBUTE_VALUE -> attributes(bytes, random, false);
            case SWAP_ATTRIBUTE_VALUES -> attributes(bytes, random, true);
            case RENAME_ELEMENT -> renameElement(bytes, random);
            case WRAP_IN_ELEMENT -> wrap(bytes, random);
            case REPEAT_ATTRIBUTE_VALUE -> repeatValue(bytes, random);
        };
    }

    private static byte[] flip(byte[] bytes, SplittableRandom random) {
        byte[] copy = bytes.clone();
        for (int i = 0, n = 1 + random.nextInt(8); i < n; i++) {
            copy[random.nextInt(copy.length)] ^= (byte) (1 << random.nextInt(8));
        }
        return copy;
    }

    private static byte[] set(byte[] bytes, int at, char value) {
        byte[] copy = bytes.clone();
        copy[at] = (byte) value;
        return copy;
    }

    private static byte[] delete(byte[] bytes, int at, int length) {
        int end = Math.min(bytes.length, at + length);
        ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length);
        out.write(bytes, 0, at);
        out.write(bytes, end, bytes.length - end);
        return out.toByteArray();
    }

    private static byte[] insert(byte[] bytes, int at, byte[] what) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length + what.length);
        out.write(bytes, 0, at);
        out.write(what, 0, what.length);
        out.write(bytes, at, bytes.length - at);
        return out.toByteArray();
    }

    private static byte[] splice(byte[] head, int at, byte[] other, SplittableRandom random) {
        int from = other.length == 0 ? 0 : random.nextInt(other.length);
        ByteArrayOutputStream out = new ByteArrayOutputStream(at + other.length - from);
        out.write(head, 0, at);
        out.write(other, from, other.length - from);
        return out.toByteArray();
    }

    /** Puts the value of one attribute into another (or swaps two): ids end up in references, texts in ids. */
    private static byte[] attributes(byte[] bytes, SplittableRandom random, boolean swap) {
        String text = new String(bytes, StandardCharsets.UTF_8);
        List<int[]> values = new ArrayList<>();
        Matcher matcher = ATTRIBUTE_VALUE.matcher(text);
        while (matcher.find()) {
            values.add(new int[] { matcher.start(1), matcher.end(1) });
        }
        if (values.size() < 2) {
            return bytes;
        }
        int[] target = values.get(random.nextInt(values.size()));
        int[] source = values.get(random.nextInt(values.size()));
        String sourceValue = text.substring(source[0], source[1]);
        String targetValue = text.substring(target[0], target[1]);
        if (!swap || source == target) {
            return replace(text, target, sourceValue);
        }
        int[] first = target[0] < source[0] ? target : source;
        int[] second = first == target ? source : target;
        String firstValue = first == target ? sourceValue : targetValue;
        String secondValue = first == target ? targetValue : sourceValue;
        return (text.substring(0, first[0]) + firstValue + text.substring(first[1], second[0]) + secondValue
                + text.substring(second[1])).getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] repeatValue(byte[] bytes, SplittableRandom random) {
        String text = new String(bytes, StandardCharsets.UTF_8);
        List<int[]> values = new ArrayList<>();
        Matcher matcher = ATTRIBUTE_VALUE.matcher(text);
        while (matcher.find()) {
            values.add(new int[] { matcher.start(1), matcher.end(1) });
        }
        if (values.isEmpty()) {
            return bytes;
        }
        int[] target = values.get(random.nextInt(values.size()));
        String value = text.substring(target[0], target[1]);
        return replace(text, target, (value + " ").repeat(2 + random.nextInt(50)).strip());
    }

    private static byte[] renameElement(byte[] bytes, SplittableRandom random) {
        String text = new String(bytes, StandardCharsets.UTF_8);
        List<int[]> names = new ArrayList<>();
        Matcher matcher = START_TAG.matcher(text);
        while (matcher.find()) {
            names.add(new int[] { matcher.start(1), matcher.end(1) });
        }
        if (names.isEmpty()) {
            return bytes;
        }
        return replace(text, names.get(random.nextInt(names.size())), ELEMENT_NAMES.get(random.nextInt(ELEMENT_NAMES.size())));
    }

    /** Wraps a stretch of the file in a start and end tag: elements end up nested where they do not belong. */
    private static byte[] wrap(byte[] bytes, SplittableRandom random) {
        String text = new String(bytes, StandardCharsets.UTF_8);
        int first = text.indexOf('<', random.nextInt(text.length()));
        if (first < 0) {
            return bytes;
        }
        int last = text.lastIndexOf('>');
        int end = last <= first ? text.length() : first + random.nextInt(last - first + 1);
        String name = ELEMENT_NAMES.get(random.nextInt(ELEMENT_NAMES.size()));
        return (text.substring(0, first) + "<" + name + ">" + text.substring(first, end) + "</" + name + ">"
                + text.substring(end)).getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] replace(String text, int[] range, String value) {
        return (text.substring(0, range[0]) + value + text.substring(range[1])).getBytes(StandardCharsets.UTF_8);
    }
}
