/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.report.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.apache.pdfbox.pdmodel.common.filespecification.PDEmbeddedFile;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.premortem.cli.CommandServices;
import org.premortem.cli.Main;
import org.premortem.core.persistence.AnalysisStore;
import org.premortem.core.validation.RuleRegistry;

/**
 * {@code premortem extract}: writes the model a PDF report carries back out, byte for byte the file the report was
 * made from; a file that is not a PDF, a PDF without a model, a missing file exit 2 with one line naming the file.
 */
class ExtractCommandTest {

    @TempDir
    static Path reports;

    private static Path pdf;

    @TempDir
    Path folder;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @BeforeAll
    static void report() throws Exception {
        CommandServices services = new CommandServices(new RuleRegistry(), Reports.registry());
        int exit = Main.run(services, new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()),
                "report", Reports.EXAMPLE.toString(), "--format", "pdf", "--out", reports.toString());
        assertEquals(0, exit);
        pdf = reports.resolve("dynamodb-dns.pdf");
    }

    private int run(String... args) {
        CommandServices services = new CommandServices(new RuleRegistry(), Reports.registry());
        return Main.run(services, new PrintWriter(out), new PrintWriter(err), args);
    }

    @Test
    void theModelComesBackByteForByteAndLoadsAsTheSameModel() throws Exception {
        Path target = folder.resolve("sub/back.premortem");
        assertEquals(0, run("extract", pdf.toString(), "--out", target.toString()), err.toString());
        assertEquals(target.toString(), out.toString().strip());
        assertArrayEquals(Files.readAllBytes(Reports.EXAMPLE), Files.readAllBytes(target));
        assertTrue(EcoreUtil.equals(Reports.example(), AnalysisStore.load(target)));
        assertEquals("", err.toString());
    }

    @Test
    void withoutOutItGoesBesideTheReportUnderItsOwnName() throws Exception {
        Path copy = Files.copy(pdf, folder.resolve("report.pdf"));
        assertEquals(0, run("extract", copy.toString()), err.toString());
        Path target = folder.resolve("dynamodb-dns.premortem");
        assertEquals(target.toString(), out.toString().strip());
        assertArrayEquals(Files.readAllBytes(Reports.EXAMPLE), Files.readAllBytes(target));
        assertEquals(0, run("extract", copy.toString()), "the same file again is no conflict");
    }

    @Test
    void aDifferentFileBesideTheReportIsLeftAlone() throws Exception {
        Path copy = Files.copy(pdf, folder.resolve("report.pdf"));
        Path model = Files.writeString(folder.resolve("dynamodb-dns.premortem"), "my newer work");
        assertEquals(2, run("extract", copy.toString()));
        assertEquals("my newer work", Files.readString(model));
        assertTrue(err.toString().startsWith("premortem: " + model + " exists"), err.toString());
        assertTrue(err.toString().contains("--out"), err.toString());
    }

    @Test
    void aNameInsideTheReportCannotPointElsewhere() throws Exception {
        Path crafted = folder.resolve("reports/crafted.pdf");
        Files.createDirectories(crafted.getParent());
        writePdfWithSource(crafted, "../../escaped.premortem", "x");
        assertEquals(0, run("extract", crafted.toString()), err.toString());
        assertEquals(crafted.getParent().resolve("escaped.premortem").toString(), out.toString().strip());
        assertFalse(Files.exists(folder.resolve("escaped.premortem")));
    }

    @Test
    void aPdfWithoutAModelIsRefused() throws Exception {
        Path plain = folder.resolve("plain.pdf");
        try (PDDocument document = new PDDocument()) {
            document.addPage(new PDPage());
            document.save(plain.toFile());
        }
        assertEquals(2, run("extract", plain.toString()));
        assertEquals("premortem: " + plain + ": the PDF carries no Premortem model (only archival reports do)",
                err.toString().strip());
    }

    @Test
    void aFileThatIsNotAPdfIsRefused() throws Exception {
        Path model = Files.copy(Reports.EXAMPLE, folder.resolve("dynamodb-dns.pdf"));
        assertEquals(2, run("extract", model.toString()));
        assertEquals("premortem: " + model + ": not a PDF file", err.toString().strip());
    }

    @Test
    void aDamagedPdfIsRefusedWithTheFileNamed() throws Exception {
        Path damaged = folder.resolve("damaged.pdf");
        Files.write(damaged, "%PDF-1.7\nnothing else".getBytes(StandardCharsets.ISO_8859_1));
        assertEquals(2, run("extract", damaged.toString()));
        assertTrue(err.toString().startsWith("premortem: " + damaged + ": cannot read the PDF: "), err.toString());
        assertEquals(1, err.toString().lines().count(), err.toString());
    }

    /** The report's metadata records the model's SHA-256: a model swapped inside the PDF afterwards is refused. */
    @Test
    void aModelChangedAfterTheReportWasWrittenIsRefused() throws Exception {
        Path tampered = folder.resolve("tampered.pdf");
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            COSArray associated = document.getDocumentCatalog().getCOSObject().getCOSArray(
                    COSName.getPDFName("AF"));
            PDComplexFileSpecification spec = new PDComplexFileSpecification(
                    (org.apache.pdfbox.cos.COSDictionary) associated.getObject(0));
            PDEmbeddedFile other = new PDEmbeddedFile(document, new ByteArrayInputStream(
                    Files.readString(Reports.EXAMPLE).replace("DynamoDB", "DynamoDb").getBytes(StandardCharsets.UTF_8)));
            spec.setEmbeddedFile(other);
            spec.setEmbeddedFileUnicode(other);
            document.save(tampered.toFile());
        }
        assertEquals(2, run("extract", tampered.toString(), "--out", folder.resolve("x.premortem").toString()));
        assertEquals("premortem: " + tampered + ": the model inside (dynamodb-dns.premortem) does not match the SHA-256"
                + " the report's metadata records: it was changed after the report was written", err.toString().strip());
        assertFalse(Files.exists(folder.resolve("x.premortem")));
    }

    @Test
    void aMissingFileIsRefused() {
        Path missing = folder.resolve("missing.pdf");
        assertEquals(2, run("extract", missing.toString()));
        assertEquals("premortem: " + missing + ": no such file", err.toString().strip());
    }

    @Test
    void noArgumentIsAUsageError() {
        assertEquals(2, run("extract"));
        assertTrue(err.toString().contains("REPORT.pdf"), err.toString());
    }

    private static void writePdfWithSource(Path file, String name, String content) throws Exception {
        try (PDDocument document = new PDDocument()) {
            document.addPage(new PDPage());
            PDEmbeddedFile embedded = new PDEmbeddedFile(document,
                    new ByteArrayInputStream(content.getBytes(StandardCharsets.UTF_8)));
            PDComplexFileSpecification spec = new PDComplexFileSpecification();
            spec.setFile(name);
            spec.setFileUnicode(name);
            spec.setEmbeddedFile(embedded);
            spec.getCOSObject().setItem(COSName.getPDFName("AFRelationship"), COSName.getPDFName("Source"));
            COSArray associated = new COSArray();
            associated.add(spec);
            document.getDocumentCatalog().getCOSObject().setItem(COSName.getPDFName("AF"), associated);
            document.save(file.toFile());
        }
    }
}
