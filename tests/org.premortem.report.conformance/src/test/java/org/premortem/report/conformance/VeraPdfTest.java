/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.report.conformance;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.VeraPDFFoundry;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

/**
 * veraPDF, the PDF Association's reference validator, checks the example's PDF report and the hostile-text report
 * against PDF/A-3a (archival, tagged, Unicode) and PDF/UA-1 (accessible): every rule of both profiles, no network.
 */
class VeraPdfTest {

    /**
     * The reports org.premortem.report.tests' ArchivalPdfTest and PdfInPartsTest write; all must be there. The last is
     * the example laid out in dozens of tiny parts and joined: the joints must keep both standards.
     */
    private static final List<String> REPORTS = List.of("dynamodb-dns.pdf", "hostile-text.pdf",
            "dynamodb-dns-in-parts.pdf");

    private static final List<PDFAFlavour> FLAVOURS = List.of(PDFAFlavour.PDFA_3_A, PDFAFlavour.PDFUA_1);

    @BeforeAll
    static void initialise() {
        VeraGreenfieldFoundryProvider.initialise();
    }

    static Stream<Arguments> reportsAndStandards() {
        Path folder = Reports.folder();
        return REPORTS.stream().flatMap(name -> FLAVOURS.stream().map(flavour -> Arguments.of(folder.resolve(name),
                flavour)));
    }

    @ParameterizedTest(name = "{0} is {1}")
    @MethodSource("reportsAndStandards")
    void theReportConforms(Path report, PDFAFlavour flavour) throws Exception {
        assertTrue(Files.isRegularFile(report), Reports.missing(report));
        ValidationResult result;
        try (VeraPDFFoundry foundry = Foundries.defaultInstance();
                InputStream in = Files.newInputStream(report);
                PDFAParser parser = foundry.createParser(in, flavour);
                PDFAValidator validator = foundry.createValidator(flavour, false)) {
            result = validator.validate(parser);
        }
        assertTrue(result.isCompliant(), report.getFileName() + " fails " + flavour + ":\n" + failures(result));
    }

    /** The failed rules, one line each: clause, test number, how often, the first message and where. */
    private static String failures(ValidationResult result) {
        Map<String, List<TestAssertion>> byRule = result.getTestAssertions().stream()
                .filter(assertion -> assertion.getStatus() == TestAssertion.Status.FAILED)
                .collect(Collectors.groupingBy(assertion -> assertion.getRuleId().getClause() + "-"
                        + assertion.getRuleId().getTestNumber(), TreeMap::new, Collectors.toList()));
        StringBuilder out = new StringBuilder();
        byRule.forEach((rule, assertions) -> out.append("  ").append(rule).append(" (").append(assertions.size())
                .append("x): ").append(assertions.get(0).getMessage().replaceAll("\\s+", " ")).append(" at ")
                .append(assertions.get(0).getLocation().getContext()).append('\n'));
        return out.toString();
    }
}
