/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.SplittableRandom;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.premortem.core.persistence.AnalysisStore;
import org.premortem.core.persistence.ModelLoadException;
import org.premortem.model.stpa.Analysis;

/**
 * Hostile inputs too large to commit, made here: nesting far beyond the limit, a huge attribute, too many attributes,
 * names too long, namespace floods; and byte soups checked against the JDK's own UTF-8 decoder.
 */
class OversizedInputTest {

    private static final Path FILE = Path.of("generated.premortem");
    private static final String HEADER = """
            <?xml version="1.0" encoding="UTF-8"?>
            <stpa:Analysis xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI" \
            xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:stpa="http://premortem.org/stpa/1.0" \
            id="_a" formatVersion="1.0" name="generated">
            """;
    private static final String FOOTER = "</stpa:Analysis>\n";

    @Test
    void nestingOfAnyDepthIsRefusedAtTheLimitWithoutOverflowingTheStack() {
        String deep = "<hazards id=\"_h\" text=\"h\">" + "<subHazards>".repeat(100_000) + "</subHazards>".repeat(100_000)
                + "</hazards>\n";
        ModelLoadException failure = assertThrows(ModelLoadException.class, () -> parse(deep));
        assertTrue(failure.getMessage().contains("exceeds the limit \"100\""), failure.getMessage());
    }

    @Test
    void aHugeAttributeLoadsAndSavesBackEqual() throws IOException {
        String text = "A long text. ".repeat(1_300_000);
        Analysis analysis = parse("<losses id=\"_l\" displayId=\"L-1\" text=\"" + text + "\"/>\n");
        assertEquals(text, analysis.getLosses().get(0).getText());
        assertTrue(EcoreUtil.equals(analysis, AnalysisStore.parse(FILE, AnalysisStore.serialize(analysis))));
    }

    @Test
    void tooManyAttributesAndTooLongNamesAreRefused() {
        StringBuilder attributes = new StringBuilder();
        for (int i = 0; i < 50_000; i++) {
            attributes.append(" a").append(i).append("=\"x\"");
        }
        ModelLoadException many = assertThrows(ModelLoadException.class,
                () -> parse("<losses id=\"_l\"" + attributes + "/>\n"));
        assertTrue(many.getMessage().contains("more than \"200\" attributes"), many.getMessage());
        ModelLoadException longName = assertThrows(ModelLoadException.class,
                () -> parse("<" + "l".repeat(100_000) + "/>\n"));
        assertTrue(longName.getMessage().contains("exceeds the \"1,000\" limit"), longName.getMessage());
    }

    @Test
    void messagesQuoteAtMostAFewHundredCharactersOfTheFile() {
        String junk = "x".repeat(1_000_000);
        ModelLoadException failure = assertThrows(ModelLoadException.class,
                () -> parse("<controlStructures id=\"_cs\"><components id=\"_c\" kind=\"" + junk + "\"/>"
                        + "</controlStructures>\n"));
        assertTrue(failure.getMessage().length() < 500, failure.getMessage().length() + " characters");
    }

    @Test
    void utf8CheckAgreesWithTheJdkDecoderOnRandomBytes() {
        SplittableRandom random = new SplittableRandom(8);
        byte[] prefix = (HEADER + "<losses id=\"_l\" text=\"").getBytes(StandardCharsets.UTF_8);
        byte[] suffix = ("\"/>\n" + FOOTER).getBytes(StandardCharsets.UTF_8);
        for (int round = 0; round < 2_000; round++) {
            byte[] soup = new byte[1 + random.nextInt(12)];
            for (int i = 0; i < soup.length; i++) {
                soup[i] = (byte) (0x80 + random.nextInt(0x80)); // only non-ASCII bytes: all the interesting cases
            }
            byte[] bytes = ByteBuffer.allocate(prefix.length + soup.length + suffix.length).put(prefix).put(soup)
                    .put(suffix).array();
            int expected = jdkFirstInvalid(bytes);
            String outcome;
            try {
                AnalysisStore.parse(FILE, bytes);
                outcome = "accepted";
            } catch (ModelLoadException e) {
                outcome = e.getMessage();
            }
            if (expected >= 0) {
                assertTrue(outcome.contains("first bad byte at offset " + expected + ")"), outcome);
            } else {
                assertTrue(!outcome.contains("not valid UTF-8"), outcome);
            }
        }
    }

    private static int jdkFirstInvalid(byte[] bytes) {
        ByteBuffer buffer = ByteBuffer.wrap(bytes);
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(buffer);
            return -1;
        } catch (CharacterCodingException e) {
            return buffer.position();
        }
    }

    private static Analysis parse(String body) throws ModelLoadException {
        return AnalysisStore.parse(FILE, (HEADER + body + FOOTER).getBytes(StandardCharsets.UTF_8));
    }
}
