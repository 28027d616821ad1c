/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;

import org.eclipse.emf.ecore.util.EcoreUtil;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.premortem.core.persistence.AnalysisStore;
import org.premortem.core.persistence.LoadProblem;
import org.premortem.core.persistence.ModelLoadException;
import org.premortem.core.validation.Finding;
import org.premortem.core.validation.RuleRegistry;
import org.premortem.core.validation.ValidationSettings;
import org.premortem.core.validation.Validator;
import org.premortem.model.stpa.Analysis;
import org.premortem.validation.LossWithoutHazardRule;
import org.premortem.validation.structure.ColdStartRule;

/**
 * Files that are not readable analyses are rejected whole, with file, line and a reason; nothing is resolved
 * from outside and nothing is expanded. The corpus is {@code fixtures/hostile/} (its README says what each file
 * tries); inputs too large to commit are made here.
 */
class HostileInputTest {

    private static final Path FIXTURES = Path.of("fixtures", "hostile");
    /** A diagnostic reads in one go: values from the file are quoted shortened, never whole. */
    private static final int MAX_MESSAGE = 300;

    @TempDir
    Path folder;

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            xxe.premortem                  | 2 | DOCTYPE declarations are not allowed
            billion-laughs.premortem       | 2 | DOCTYPE declarations are not allowed
            quadratic-blowup.premortem     | 2 | DOCTYPE declarations are not allowed
            parameter-entity.premortem     | 2 | DOCTYPE declarations are not allowed
            undefined-entity.premortem     | 2 | The entity "evil" was referenced, but not declared
            nul-char-ref.premortem         | 2 | invalid XML character
            malformed.premortem            | 5 | malformed XML
            deep-nesting.premortem         | 3 | exceeds the limit "100"
            invalid-utf8.premortem         | 3 | not valid UTF-8 (first bad byte at offset 276)
            utf8-surrogate.premortem       | 3 | not valid UTF-8 (first bad byte at offset 277)
            utf16.premortem                | 1 | not valid UTF-8 (first bad byte at offset 0)
            latin1-declared.premortem      | 1 | declares the encoding ISO-8859-1; Premortem files are UTF-8
            unknown-type.premortem         | 4 | no element type 'Teleport'
            abstract-type.premortem        | 4 | no element type 'Connection' (unknown or abstract)
            ecore-type.premortem           | 3 | where a Loss is expected
            unknown-feature.premortem      | 3 | no element or attribute 'severity'
            xinclude.premortem             | 3 | no element or attribute 'xi:include'
            schema-location.premortem      | 2 | no element or attribute 'xsi:schemaLocation'
            foreign-namespace.premortem    | 3 | the namespace 'file:///etc/passwd' is not one of Premortem's
            bad-enum.premortem             | 4 | the value 'EXPLODING' is not allowed for kind of CMP-1
            dangling.premortem             | 4 | the reference '_gone' names no element of this file
            cross-file-reference.premortem | 4 | references to other files or URLs are not allowed
            href-reference.premortem       | 5 | references to other files or URLs are not allowed
            wrong-reference-type.premortem | 4 | losses of H-1 refers to H-1, a Hazard, where a Loss is expected
            listed-twice.premortem         | 5 | SC-1 lists H-1 twice in hazards
            long-display-id-listed-twice.premortem | 5 | SC-1 SC-1 SC-1 SC-1 SC-1 SC-1 SC-1 SC-1 SC-1 SC-1 SC-1 SC-1 … (3,429 characters) lists H-1 twice in hazards
            duplicate-ids.premortem        | 4 | the id _l1 is used by two elements (on line 3 and again on line 4)
            empty-id.premortem             | 2 | an element has an empty id
            malformed-id.premortem         | 3 | the id '_l1#x' has characters ids cannot have
            newer-version.premortem        | 2 | format version 2.0 is not one this Premortem reads
            version-garbage.premortem      | 2 | format version 1.0  is not one this Premortem reads
            not-an-analysis.premortem      | 2 | not a Premortem analysis
            several-roots.premortem        | 2 | not a Premortem analysis: the root element is {http://www.omg.org/XMI}XMI
            no-version.premortem           | 2 | no formatVersion
            loss-in-reference.premortem    | 3 | the Hazard here has no id attribute
            element-in-reference.premortem | 5 | <losses> inside <hazards> would be lost: losses of H-1 only refers to elements defined elsewhere
            missing-id.premortem           | 4 | the Hazard H-1 here has no id attribute
            id-used-by-two-kinds.premortem | 5 | the id _l1 is used by two elements (on line 3 and again on line 5)
            value-given-twice.premortem    | 4 | text of L-1 is given twice
            text-between-elements.premortem | 3 | the text 'Also: loss of mission' inside <losses> belongs to no attribute
            list-as-attribute.premortem    | 5 | values of PMV-1 is a list: write each value as its own <values> element
            xmi-id.premortem               | 3 | no element or attribute 'xmi:id'
            xsi-nil.premortem              | 4 | no element or attribute 'xsi:nil'
            xmi-extension.premortem        | 4 | no element or attribute 'xmi:Extension'
            reference-by-path.premortem    | 4 | losses of H-1 names '//@losses.0', which is not a permanent id
            two-ids-single-reference.premortem | 6 | source of CA-1 refers to one element, but the file names 2
            containment-by-id.premortem    | 4 | subHazards of H-1 holds elements: write them out as <subHazards> elements
            root-xsi-type.premortem        | 2 | no element or attribute 'xsi:type'
            relative-namespace-type.premortem | 3 | the type 'old:Loss' is not a Premortem type: this element would be read as a Loss
            """)
    void rejectsWithFileLineAndReason(String fixture, int line, String reason) {
        Path file = FIXTURES.resolve(fixture);

        ModelLoadException failure = assertTimeoutPreemptively(Duration.ofSeconds(10),
                () -> assertThrows(ModelLoadException.class, () -> AnalysisStore.load(file)));

        LoadProblem first = failure.problems().get(0);
        assertEquals(file, first.file());
        assertEquals(line, first.line(), first.toString());
        assertTrue(first.column() > 0, "FILE:LINE:COLUMN: " + first);
        assertTrue(first.message().contains(reason), first.toString());
        assertTrue(failure.getMessage().startsWith(file + ":" + line), failure.getMessage());
        assertTrue(first.message().length() <= MAX_MESSAGE, first.message().length() + " characters: " + first);
    }

    /**
     * Fuzzer, seed 99, input 39890: a loss wrapped in {@code <hazards>}, where {@code losses} is a reference. It
     * loaded without a word, the loss gone; each of its three problems is now reported where it is.
     */
    @Test
    void aLossWrittenWhereAReferenceIsIsRejectedWithEachProblem() {
        Path file = FIXTURES.resolve("loss-in-reference.premortem");

        ModelLoadException failure = assertThrows(ModelLoadException.class, () -> AnalysisStore.load(file));

        assertEquals(List.of(
                file + ":3:12: the Hazard here has no id attribute; every element of a Premortem file needs its "
                        + "permanent id",
                file + ":3:66: <losses> inside <hazards> would be lost: losses of Hazard only refers to elements "
                        + "defined elsewhere, by their ids (losses=\"ID ...\")",
                file + ":4:70: the id _l1 is used by two elements (on line 3 and again on line 4), so references to it "
                        + "would be ambiguous"),
                failure.problems().stream().map(LoadProblem::toString).toList());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = { "cyclic-references.premortem", "stylesheet-pi.premortem", "display-id-repeated.premortem" })
    void oddButValidFilesLoadValidateAndSaveBackEqual(String fixture) throws IOException {
        Analysis analysis = AnalysisStore.load(FIXTURES.resolve(fixture));
        RuleRegistry rules = RuleRegistry.fromServiceLoader(LossWithoutHazardRule.class.getClassLoader(),
                ColdStartRule.class.getClassLoader());
        List<Finding> findings = new Validator(rules, ValidationSettings.defaults()).validate(analysis);
        assertTrue(findings.stream().noneMatch(f -> f.message().contains("failed on this element")),
                findings.toString());
        assertTrue(EcoreUtil.equals(analysis, AnalysisStore.parse(FIXTURES.resolve(fixture),
                AnalysisStore.serialize(analysis))));
    }

    /** Display ids may repeat (validation reports it) but never vanish: both L-1s load, and save back. */
    @Test
    void repeatedDisplayIdsLoadAndValidationReportsThem() throws IOException {
        Analysis analysis = AnalysisStore.load(FIXTURES.resolve("display-id-repeated.premortem"));

        assertEquals(List.of("L-1", "L-1"), analysis.getLosses().stream().map(loss -> loss.getDisplayId()).toList());
        RuleRegistry rules = RuleRegistry.fromServiceLoader(LossWithoutHazardRule.class.getClassLoader(),
                ColdStartRule.class.getClassLoader());
        assertTrue(new Validator(rules, ValidationSettings.defaults()).validate(analysis).stream()
                .anyMatch(f -> f.ruleId().equals("stpa.duplicate-display-id")));
    }

    @Test
    void externalEntitiesAreNeverRead() {
        ModelLoadException failure = assertThrows(ModelLoadException.class,
                () -> AnalysisStore.load(FIXTURES.resolve("xxe.premortem")));
        String hostname = readHostname();
        assertFalse(!hostname.isEmpty() && failure.getMessage().contains(hostname), failure.getMessage());
    }

    @Test
    void invalidUtf8IsRejectedWithItsLine() throws IOException {
        Path file = folder.resolve("latin1.premortem");
        byte[] bytes = Files.readAllBytes(FIXTURES.resolve("dangling.premortem"));
        byte[] broken = Arrays.copyOf(bytes, bytes.length);
        int secondLineStart = indexAfterNewlines(broken, 2);
        broken[secondLineStart + 3] = (byte) 0xE9; // a lone Latin-1 'é'
        Files.write(file, broken);

        ModelLoadException failure = assertThrows(ModelLoadException.class, () -> AnalysisStore.load(file));

        assertEquals(3, failure.problems().get(0).line(), failure.getMessage());
        assertTrue(failure.getMessage().contains("not valid UTF-8"), failure.getMessage());
    }

    @Test
    void truncatedFileIsRejected() throws IOException {
        Path file = folder.resolve("truncated.premortem");
        AnalysisStore.save(SmallAnalysis.build(), file);
        byte[] whole = Files.readAllBytes(file);
        Files.write(file, Arrays.copyOf(whole, whole.length / 2));

        ModelLoadException failure = assertThrows(ModelLoadException.class, () -> AnalysisStore.load(file));

        assertTrue(failure.problems().get(0).line() > 1, failure.getMessage());
    }

    @Test
    void emptyAndMissingFilesAreRejected() throws IOException {
        Path empty = Files.createFile(folder.resolve("empty.premortem"));
        assertTrue(assertThrows(ModelLoadException.class, () -> AnalysisStore.load(empty)).getMessage()
                .contains("empty"));
        Path missing = folder.resolve("missing.premortem");
        assertEquals(missing + ": file not found",
                assertThrows(ModelLoadException.class, () -> AnalysisStore.load(missing)).getMessage());
    }

    private static int indexAfterNewlines(byte[] bytes, int newlines) {
        int seen = 0;
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == '\n' && ++seen == newlines) {
                return i + 1;
            }
        }
        throw new IllegalArgumentException("fewer lines than " + newlines);
    }

    private static String readHostname() {
        try {
            return Files.readString(Path.of("/etc/hostname")).strip();
        } catch (IOException e) {
            return "";
        }
    }
}
