/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.report.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.color.PDOutputIntent;
import org.apache.xmpbox.XMPMetadata;
import org.apache.xmpbox.xml.DomXmpParser;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.premortem.cli.CommandServices;
import org.premortem.cli.Main;
import org.premortem.core.persistence.AnalysisStore;
import org.premortem.core.validation.RuleRegistry;
import org.premortem.model.stpa.Analysis;
import org.premortem.report.pdf.AttachedModel;
import org.premortem.report.pdf.ModelFile;
import org.premortem.validation.LossWithoutHazardRule;

/**
 * The PDF report as a record: tagged for PDF/UA-1 (structure, language, title, figures in words), PDF/A-3 (fonts
 * embedded, sRGB output intent, XMP metadata naming its source) and carrying its model file. The example's report and
 * the hostile-text report, PDF and HTML, are left in {@code target/conformance/} for the veraPDF and axe-core checks of
 * {@code org.premortem.report.conformance}.
 */
class ArchivalPdfTest {

    static final Path CONFORMANCE = Path.of("target", "conformance");
    private static final String PREMORTEM_NS = "http://premortem.org/ns/report/1.0/";

    private static Path example;
    private static Path hostile;

    @BeforeAll
    static void export() throws Exception {
        Files.createDirectories(CONFORMANCE);
        StringWriter err = new StringWriter();
        CommandServices services = new CommandServices(RuleRegistry.fromServiceLoader(
                LossWithoutHazardRule.class.getClassLoader()), Reports.registry());
        int exit = Main.run(services, new PrintWriter(new StringWriter()), new PrintWriter(err), "report",
                Reports.EXAMPLE.toString(), "--format", "pdf,html", "--out", CONFORMANCE.toString(), "--date",
                Reports.DATE.toString());
        assertEquals(0, exit, err.toString());
        example = CONFORMANCE.resolve("dynamodb-dns.pdf");
        hostile = exportAs("pdf", "hostile-text.pdf");
        exportAs("html", "hostile-text.html");
    }

    private static Path exportAs(String format, String name) throws Exception {
        Path written = Reports.export(format, Reports.payload(), CONFORMANCE).get(0);
        return Files.move(written, CONFORMANCE.resolve(name), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }

    @Test
    void theReportIsTaggedWithLanguageAndATitleShownInTheWindow() throws Exception {
        for (Path pdf : List.of(example, hostile)) {
            try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
                PDDocumentCatalog catalog = document.getDocumentCatalog();
                assertTrue(catalog.getMarkInfo() != null && catalog.getMarkInfo().isMarked(), pdf + " is marked");
                assertNotNull(catalog.getStructureTreeRoot(), pdf + " has a structure tree");
                assertEquals("en", catalog.getLanguage());
                assertTrue(catalog.getViewerPreferences().displayDocTitle(), "the title, not the file name, is shown");
                assertFalse(document.getDocumentInformation().getTitle().isBlank());
            }
        }
    }

    @Test
    void headingsTablesListsAndLinksAreTagged() throws Exception {
        try (PDDocument document = Loader.loadPDF(example.toFile())) {
            TaggedStructure structure = TaggedStructure.of(document);
            assertEquals(1, structure.count("H1"), "the analysis's name");
            assertTrue(structure.count("H2") >= 13, "a heading per section and the contents");
            assertTrue(structure.count("H3") >= 5, "subsections");
            assertTrue(structure.count("Table") >= 20, "tables: " + structure.count("Table"));
            assertTrue(structure.count("TH") >= 80, "header cells: " + structure.count("TH"));
            assertTrue(structure.count("TD") > structure.count("TH"));
            assertTrue(structure.count("L") >= 1 && structure.count("LI") >= 13, "the contents is a list");
            assertTrue(structure.count("Link") >= 50, "references are links: " + structure.count("Link"));
            for (PDStructureElement header : structure.ofType("TH")) {
                COSDictionary attributes = header.getCOSObject().getCOSDictionary(COSName.A);
                assertNotNull(attributes, "a header cell says what it heads");
                assertNotNull(attributes.getCOSName(COSName.getPDFName("Scope")));
            }
        }
    }

    @Test
    void theControlStructureFigureIsDescribedInWords() throws Exception {
        try (PDDocument document = Loader.loadPDF(example.toFile())) {
            List<PDStructureElement> figures = TaggedStructure.of(document).ofType("Figure");
            assertEquals(1, figures.size(), "one control structure, one figure");
            String alt = figures.get(0).getAlternateDescription();
            assertNotNull(alt);
            for (String words : List.of("CS-1 DynamoDB DNS management", "Planner (Controller)",
                    "Enactor (Controller, 3 replicas)", "Route53 (Controlled process)", "Control actions:",
                    "New plan from Planner to Enactor", "Feedback:", "Other inputs and outputs:")) {
                assertTrue(alt.contains(words), "'" + words + "' in: " + alt);
            }
        }
        try (PDDocument document = Loader.loadPDF(example.toFile())) {
            assertFalse(new org.apache.pdfbox.text.PDFTextStripper().getText(document).contains(
                    "Control structure diagram of"), "the HTML's hidden words are the alternative text, not page text");
        }
        try (PDDocument document = Loader.loadPDF(hostile.toFile())) {
            String alt = TaggedStructure.of(document).ofType("Figure").get(0).getAlternateDescription();
            for (String payload : List.of("**bold** _em_ [link](http://evil)", "&amp; &lt;b&gt; (Controlled process)",
                    "=HYPERLINK(\"http://evil\") from")) {
                assertTrue(alt.contains(payload), "user text stays text in the description: " + alt);
            }
        }
    }

    @Test
    void fontsAreEmbeddedAndColoursAreSrgb() throws Exception {
        for (Path pdf : List.of(example, hostile)) {
            try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
                for (PDPage page : document.getPages()) {
                    for (COSName name : page.getResources().getFontNames()) {
                        PDFont font = page.getResources().getFont(name);
                        assertTrue(font.isEmbedded(), font.getName() + " is embedded in " + pdf);
                    }
                }
                List<PDOutputIntent> intents = document.getDocumentCatalog().getOutputIntents();
                assertEquals(1, intents.size());
                assertTrue(intents.get(0).getOutputConditionIdentifier().contains("sRGB"));
                assertNotNull(intents.get(0).getDestOutputIntent(), "the ICC profile itself is inside");
            }
        }
    }

    @Test
    void theMetadataNamesTheAnalysisItsModelAndTheStandards() throws Exception {
        byte[] model = Files.readAllBytes(Reports.EXAMPLE);
        Analysis analysis = Reports.example();
        try (PDDocument document = Loader.loadPDF(example.toFile())) {
            XMPMetadata xmp = new DomXmpParser().parse(document.getDocumentCatalog().getMetadata().toByteArray());
            assertEquals(3, xmp.getPDFAIdentificationSchema().getPart());
            assertEquals("A", xmp.getPDFAIdentificationSchema().getConformance());
            assertEquals(1, xmp.getSchema("http://www.aiim.org/pdfua/ns/id/").getIntegerPropertyValueAsSimple("part"));
            assertEquals(analysis.getName(), xmp.getDublinCoreSchema().getTitle());
            assertEquals(analysis.getName(), document.getDocumentInformation().getTitle());
            var premortem = xmp.getSchema(PREMORTEM_NS);
            assertEquals(analysis.getName(), premortem.getUnqualifiedTextPropertyValue("analysisName"));
            assertEquals(analysis.getId(), premortem.getUnqualifiedTextPropertyValue("analysisId"));
            assertEquals("dynamodb-dns.premortem", premortem.getUnqualifiedTextPropertyValue("modelFile"));
            assertEquals(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(model)),
                    premortem.getUnqualifiedTextPropertyValue("modelSha256"));
            assertEquals(Reports.DATE.toString(), premortem.getUnqualifiedTextPropertyValue("reportDate"));
            assertTrue(premortem.getUnqualifiedTextPropertyValue("premortemVersion").matches("\\d+\\.\\d+\\.\\d+.*"),
                    premortem.getUnqualifiedTextPropertyValue("premortemVersion"));
            assertEquals(Reports.DATE.toString(), xmp.getXMPBasicSchema().getCreateDate().toInstant().toString()
                    .substring(0, 10));
        }
    }

    @Test
    void theModelFileIsInsideAsTheSourceOfTheReport() throws Exception {
        try (PDDocument document = Loader.loadPDF(example.toFile())) {
            COSArray associated = document.getDocumentCatalog().getCOSObject().getCOSArray(COSName.getPDFName("AF"));
            assertEquals(1, associated.size());
            COSDictionary spec = (COSDictionary) associated.getObject(0);
            assertEquals("Source", spec.getCOSName(COSName.getPDFName("AFRelationship")).getName());
            assertEquals("dynamodb-dns.premortem", spec.getString(COSName.UF));
        }
        ModelFile attachment = AttachedModel.read(example).orElseThrow();
        assertEquals("dynamodb-dns.premortem", attachment.fileName());
        assertArrayEquals(Files.readAllBytes(Reports.EXAMPLE), attachment.bytes(), "byte for byte the example's file");
        Analysis loaded = AnalysisStore.parse(Path.of("extracted.premortem"), attachment.bytes());
        assertTrue(EcoreUtil.equals(Reports.example(), loaded), "and so the same model");
    }

    /**
     * The hostile-text analysis has control characters in its names, which no .premortem file can hold (saving it is
     * refused): its report is still tagged and archival, names the analysis, and carries no model.
     */
    @Test
    void anAnalysisNoFileCanHoldIsReportedWithoutItsModel() throws Exception {
        assertTrue(AttachedModel.read(hostile).isEmpty());
        try (PDDocument document = Loader.loadPDF(hostile.toFile())) {
            XMPMetadata xmp = new DomXmpParser().parse(document.getDocumentCatalog().getMetadata().toByteArray());
            var premortem = xmp.getSchema(PREMORTEM_NS);
            assertEquals(Reports.payload().getName(), premortem.getUnqualifiedTextPropertyValue("analysisName"));
            assertEquals(null, premortem.getUnqualifiedTextPropertyValue("modelSha256"));
            assertNull(document.getDocumentCatalog().getCOSObject().getDictionaryObject(COSName.getPDFName("AF")));
        }
    }

    @Test
    void anAnalysisAFileCanHoldComesBackWholeEvenWithHostileText(@org.junit.jupiter.api.io.TempDir Path folder)
            throws Exception {
        Analysis savable = Reports.payload();
        List<org.eclipse.emf.ecore.EObject> objects = new java.util.ArrayList<>(List.of(savable));
        savable.eAllContents().forEachRemaining(objects::add);
        objects.forEach(object -> object.eClass().getEAllAttributes()
                .stream().filter(attribute -> attribute.getEType().getInstanceClass() == String.class
                        && !attribute.isMany() && attribute.isChangeable())
                .forEach(attribute -> {
                    if (object.eGet(attribute) instanceof String text) {
                        object.eSet(attribute, text.replace("\u0007", "").replace("\u0000", ""));
                    }
                }));
        Path pdf = Reports.export("pdf", savable, folder).get(0);
        Analysis loaded = AnalysisStore.parse(Path.of("extracted.premortem"),
                AttachedModel.read(pdf).orElseThrow().bytes());
        assertTrue(EcoreUtil.equals(savable, loaded), "every payload survives the trip through the PDF");
    }
}
