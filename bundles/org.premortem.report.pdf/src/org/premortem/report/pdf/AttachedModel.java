/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.report.pdf;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Calendar;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDDocumentNameDictionary;
import org.apache.pdfbox.pdmodel.PDEmbeddedFilesNameTreeNode;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.apache.pdfbox.pdmodel.common.filespecification.PDEmbeddedFile;
import org.premortem.report.ReportMessages;

/**
 * The model file inside a report PDF: a PDF/A-3 associated file of the document (in the catalog's {@code AF} array and
 * its embedded files, relationship {@code Source}), so the report carries what it was made from and
 * {@code premortem extract} gives it back byte for byte.
 */
public final class AttachedModel {

    static final String MEDIA_TYPE = "application/xml";
    private static final COSName AF = COSName.getPDFName("AF");
    private static final COSName AF_RELATIONSHIP = COSName.getPDFName("AFRelationship");
    private static final COSName SOURCE = COSName.getPDFName("Source");
    /** The recorded SHA-256, as an element (as Premortem writes it) or as an attribute (as XMP also allows). */
    private static final Pattern RECORDED_SHA256 = Pattern.compile(ArchivalMetadata.PREFIX
            + ":modelSha256(?:>\\s*([0-9a-fA-F]{64})\\s*<|\\s*=\\s*[\"']([0-9a-fA-F]{64})[\"'])");

    private AttachedModel() {
    }

    /** Embeds {@code model} into {@code pdf} as the document's source, dated {@code date}. */
    static void attach(PDDocument pdf, ModelFile model, String analysisName, Calendar date) throws IOException {
        byte[] bytes = model.bytes();
        PDEmbeddedFile file = new PDEmbeddedFile(pdf, new ByteArrayInputStream(bytes), COSName.FLATE_DECODE);
        file.setSubtype(MEDIA_TYPE);
        file.setSize(bytes.length);
        file.setCreationDate(date);
        file.setModDate(date);
        PDComplexFileSpecification spec = new PDComplexFileSpecification();
        spec.setFile(model.fileName());
        spec.setFileUnicode(model.fileName());
        spec.setEmbeddedFile(file);
        spec.setEmbeddedFileUnicode(file);
        spec.setFileDescription(ReportMessages.get("pdf.attachedModel", analysisName));
        spec.getCOSObject().setItem(AF_RELATIONSHIP, SOURCE);

        PDDocumentCatalog catalog = pdf.getDocumentCatalog();
        PDEmbeddedFilesNameTreeNode files = new PDEmbeddedFilesNameTreeNode();
        files.setNames(Map.of(model.fileName(), spec));
        PDDocumentNameDictionary names = catalog.getNames() != null ? catalog.getNames()
                : new PDDocumentNameDictionary(catalog);
        names.setEmbeddedFiles(files);
        catalog.setNames(names);
        COSArray associated = new COSArray();
        associated.add(spec);
        catalog.getCOSObject().setItem(AF, associated);
    }

    /**
     * The model file of a report PDF: its name and bytes.
     *
     * @throws IOException if the file cannot be read, is not a PDF, or carries a model that does not match the SHA-256
     *             its metadata records (the message says which)
     */
    public static Optional<ModelFile> read(Path pdfFile) throws IOException {
        Objects.requireNonNull(pdfFile, "pdfFile");
        if (!looksLikePdf(pdfFile)) {
            throw new IOException(ReportMessages.get("pdf.notPdf"));
        }
        PDDocument pdf;
        try {
            pdf = Loader.loadPDF(pdfFile.toFile());
        } catch (NoSuchFileException e) {
            throw e;
        } catch (IOException e) {
            throw new IOException(ReportMessages.get("pdf.unreadable", e.getMessage()), e);
        }
        try (pdf) {
            Optional<ModelFile> model = source(pdf.getDocumentCatalog());
            if (model.isPresent()) {
                checkAgainstMetadata(model.get(), pdf.getDocumentCatalog());
            }
            return model;
        }
    }

    /**
     * The report's metadata records the model's SHA-256 when it is written; a model that no longer matches it was
     * changed (or damaged) since, and is not the source of this report.
     */
    private static void checkAgainstMetadata(ModelFile model, PDDocumentCatalog catalog) throws IOException {
        if (catalog.getMetadata() == null) {
            return;
        }
        String xmp = new String(catalog.getMetadata().toByteArray(), StandardCharsets.UTF_8);
        Matcher recorded = RECORDED_SHA256.matcher(xmp);
        if (recorded.find()) {
            String sha256 = recorded.group(1) != null ? recorded.group(1) : recorded.group(2);
            if (!sha256.equalsIgnoreCase(model.sha256())) {
                throw new IOException(ReportMessages.get("pdf.modelChanged", model.fileName()));
            }
        }
    }

    private static Optional<ModelFile> source(PDDocumentCatalog catalog) throws IOException {
        if (!(catalog.getCOSObject().getDictionaryObject(AF) instanceof COSArray associated)) {
            return Optional.empty();
        }
        for (int i = 0; i < associated.size(); i++) {
            COSBase entry = associated.getObject(i);
            if (entry instanceof COSDictionary dictionary && SOURCE.equals(dictionary.getCOSName(AF_RELATIONSHIP))) {
                PDComplexFileSpecification spec = new PDComplexFileSpecification(dictionary);
                PDEmbeddedFile file = spec.getEmbeddedFileUnicode() != null ? spec.getEmbeddedFileUnicode()
                        : spec.getEmbeddedFile();
                if (file != null) {
                    String name = spec.getFileUnicode() != null ? spec.getFileUnicode() : spec.getFile();
                    return Optional.of(new ModelFile(name == null ? "" : name, file.toByteArray()));
                }
            }
        }
        return Optional.empty();
    }

    /** Whether the file starts like a PDF ({@code %PDF-} in its first kilobyte, as readers accept). */
    private static boolean looksLikePdf(Path file) throws IOException {
        byte[] head;
        try (var in = Files.newInputStream(file)) {
            head = in.readNBytes(1024);
        }
        String text = new String(head, StandardCharsets.ISO_8859_1);
        return text.contains("%PDF-");
    }
}
