/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.interchange.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.premortem.core.interchange.ImportException;
import org.premortem.core.interchange.ImportNotice;

/** Bad PASTA input: each error names FILE:LINE:COLUMN and the import gives no analysis. */
class PastaErrorTest {

    @TempDir
    Path folder;

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "missing string | Losses\\nL1 L2 | 2:4: expected a string in quotes but found 'L2'",
        "unterminated string | Losses\\nL1 \"loss | 2:4: unterminated string",
        "unknown section | Losses\\nL1 \"a\"\\n\"b\" | 3:1: expected a section keyword",
        "sections out of order | Hazards\\nLosses | 2:1: section Losses is out of order",
        "UCAs and Context-Table | UCAs\\nContext-Table | 2:1: section Context-Table is out of order",
        "unknown loss | Losses\\nL1 \"a\"\\nHazards\\nH1 \"b\" [L1, L9] | 4:13: no loss named 'L9'",
        "duplicate loss | Losses\\nL1 \"a\"\\n  L1 \"b\" | 3:3: duplicate loss 'L1'",
        "unknown node | ControlStructure\\nCS { A { controlActions { [c \"C\"] -> B } } } | 2:38: no node named 'B'",
        "unknown causal factor | LossScenarios\\nLS1 <gremlins> \"a\" [H1] | 2:6: unknown causal factor 'gremlins'",
        "unexpected character | Losses\\nL1 \"a\" # | 2:8: unexpected character '#'",
        "unclosed node | ControlStructure\\nCS { A { | 2:9: expected a node part",
    })
    void errorsNameLineAndColumn(String what, String text, String expected) throws Exception {
        Path file = folder.resolve("bad.stpa");
        Files.writeString(file, text.replace("\\n", "\n"));
        ImportException error = assertThrows(ImportException.class, () -> Pasta.read(file));
        ImportNotice first = error.errors().get(0);
        String place = expected.substring(0, expected.indexOf(": "));
        assertEquals(file + ":" + place, first.place(), what);
        assertEquals(true, first.message().startsWith(expected.substring(expected.indexOf(": ") + 2)),
                what + ": " + first.message());
    }

    @Test
    void deepNestingIsAnErrorNotAStackOverflow() throws Exception {
        Path file = folder.resolve("deep.stpa");
        Files.writeString(file, "ControlStructure\nCS {\n" + "N {\n".repeat(100_000));
        ImportException error = assertThrows(ImportException.class, () -> Pasta.read(file));
        assertEquals(file + ":103:1", error.errors().get(0).place());
        assertTrue(error.errors().get(0).message().contains("100"), error.getMessage());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "every unresolved reference | Losses\\nL1 \"a\"\\nHazards\\nH1 \"b\" [L7]\\nH2 \"c\" [L8] | 4:9 5:9" })
    void everyReferenceErrorIsReported(String what, String text, String places) throws Exception {
        Path file = folder.resolve("refs.stpa");
        Files.writeString(file, text.replace("\\n", "\n"));
        ImportException error = assertThrows(ImportException.class, () -> Pasta.read(file));
        assertEquals(List.of(places.split(" ")).stream().map(p -> file + ":" + p).toList(),
                error.errors().stream().map(ImportNotice::place).toList(), what);
    }
}
