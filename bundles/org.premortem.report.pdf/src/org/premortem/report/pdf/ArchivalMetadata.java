/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.report.pdf;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import org.premortem.core.report.XmlText;

/**
 * The XMP metadata of an archival report: PDF/A-3 and PDF/UA-1 identification, the Dublin Core title, description and
 * language that match the document information, the dates (all the report date, so the bytes are reproducible), and a
 * Premortem schema naming what the report was made from: the analysis, its permanent id, the name and SHA-256 of the
 * embedded model file (if there is one), the report date and the Premortem version. PDF/A accepts properties outside the standard schemas only
 * when the packet describes them, so it carries the description of its two extension schemas too.
 */
final class ArchivalMetadata {

    /** The namespace of the Premortem properties of a report. */
    static final String NAMESPACE = "http://premortem.org/ns/report/1.0/";
    static final String PREFIX = "premortem";

    private static final String PDFUA_NAMESPACE = "http://www.aiim.org/pdfua/ns/id/";

    private record Property(String name, String description) {
    }

    private static final List<Property> PREMORTEM_PROPERTIES = List.of(
            new Property("analysisName", "Name of the STPA analysis the report shows"),
            new Property("analysisId", "Permanent id of the analysis in its model file"),
            new Property("modelFile", "Name of the embedded model file the report was made from"),
            new Property("modelSha256", "SHA-256 of the embedded model file, in hexadecimal"),
            new Property("reportDate", "Date of the report, yyyy-MM-dd"),
            new Property("premortemVersion", "Version of Premortem that wrote the report"));

    private final StringBuilder xml = new StringBuilder(4096);

    private ArchivalMetadata() {
    }

    /**
     * The XMP packet, UTF-8.
     *
     * @param conformance the PDF/A-3 conformance level ({@code A}, {@code U} or {@code B})
     */
    static byte[] write(String title, String description, String language, LocalDate date, String conformance,
            ReportSource source) {
        Objects.requireNonNull(source, "source");
        ArchivalMetadata metadata = new ArchivalMetadata();
        metadata.packet(title, description, language, date.toString() + "T00:00:00Z", conformance, source);
        return metadata.xml.toString().getBytes(StandardCharsets.UTF_8);
    }

    /**
     * The text as the metadata can hold it: without the characters XML forbids (control characters, lone
     * surrogates), which the XMP packet drops; the document information gets the same text so that the two match.
     */
    static String storable(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().filter(ArchivalMetadata::allowedInXml).forEach(out::appendCodePoint);
        return out.toString();
    }

    private static boolean allowedInXml(int c) {
        if (c < 0x20) {
            return c == '\t' || c == '\n' || c == '\r';
        }
        return !(c >= 0x7F && c <= 0x9F) && !(c >= 0xD800 && c <= 0xDFFF) && c != 0xFFFE && c != 0xFFFF;
    }

    private void packet(String title, String description, String language, String instant, String conformance,
            ReportSource source) {
        xml.append("<?xpacket begin=\"\uFEFF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n");
        xml.append("<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n");
        xml.append("<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n");
        open("pdfaid", "http://www.aiim.org/pdfa/ns/id/");
        simple("pdfaid:part", "3");
        simple("pdfaid:conformance", conformance);
        close();
        open("pdfuaid", PDFUA_NAMESPACE);
        simple("pdfuaid:part", "1");
        close();
        open("dc", "http://purl.org/dc/elements/1.1/");
        simple("dc:format", "application/pdf");
        alternative("dc:title", title);
        alternative("dc:description", description);
        xml.append("<dc:language><rdf:Bag><rdf:li>").append(XmlText.escape(language))
                .append("</rdf:li></rdf:Bag></dc:language>\n");
        close();
        open("xmp", "http://ns.adobe.com/xap/1.0/");
        simple("xmp:CreatorTool", PdfRenderer.PRODUCER);
        simple("xmp:CreateDate", instant);
        simple("xmp:ModifyDate", instant);
        simple("xmp:MetadataDate", instant);
        close();
        open("pdf", "http://ns.adobe.com/pdf/1.3/");
        simple("pdf:Producer", PdfRenderer.PRODUCER);
        close();
        open(PREFIX, NAMESPACE);
        simple(PREFIX + ":analysisName", source.analysisName());
        simple(PREFIX + ":analysisId", source.analysisId());
        source.model().ifPresent(model -> {
            simple(PREFIX + ":modelFile", model.fileName());
            simple(PREFIX + ":modelSha256", model.sha256());
        });
        simple(PREFIX + ":reportDate", instant.substring(0, 10));
        simple(PREFIX + ":premortemVersion", PremortemVersion.get());
        close();
        extensionSchemas();
        xml.append("</rdf:RDF>\n</x:xmpmeta>\n");
        xml.append("<?xpacket end=\"r\"?>");
    }

    /** PDF/A's description of the schemas it does not know: PDF/UA identification and Premortem's. */
    private void extensionSchemas() {
        xml.append("<rdf:Description rdf:about=\"\" xmlns:pdfaExtension=\"http://www.aiim.org/pdfa/ns/extension/\"")
                .append(" xmlns:pdfaSchema=\"http://www.aiim.org/pdfa/ns/schema#\"")
                .append(" xmlns:pdfaProperty=\"http://www.aiim.org/pdfa/ns/property#\">\n");
        xml.append("<pdfaExtension:schemas><rdf:Bag>\n");
        schema("PDF/UA identification", PDFUA_NAMESPACE, "pdfuaid",
                List.of(new Property("part", "Part of ISO 14289 the document conforms to")), "Integer");
        schema("Premortem report", NAMESPACE, PREFIX, PREMORTEM_PROPERTIES, "Text");
        xml.append("</rdf:Bag></pdfaExtension:schemas>\n");
        close();
    }

    private void schema(String name, String namespace, String prefix, List<Property> properties, String valueType) {
        xml.append("<rdf:li rdf:parseType=\"Resource\">\n");
        simple("pdfaSchema:schema", name);
        simple("pdfaSchema:namespaceURI", namespace);
        simple("pdfaSchema:prefix", prefix);
        xml.append("<pdfaSchema:property><rdf:Seq>\n");
        for (Property property : properties) {
            xml.append("<rdf:li rdf:parseType=\"Resource\">");
            simple("pdfaProperty:name", property.name());
            simple("pdfaProperty:valueType", valueType);
            simple("pdfaProperty:category", "internal");
            simple("pdfaProperty:description", property.description());
            xml.append("</rdf:li>\n");
        }
        xml.append("</rdf:Seq></pdfaSchema:property>\n");
        xml.append("</rdf:li>\n");
    }

    private void open(String prefix, String namespace) {
        xml.append("<rdf:Description rdf:about=\"\" xmlns:").append(prefix).append("=\"").append(namespace)
                .append("\">\n");
    }

    private void close() {
        xml.append("</rdf:Description>\n");
    }

    private void simple(String name, String value) {
        xml.append('<').append(name).append('>').append(XmlText.escape(value)).append("</").append(name)
                .append(">\n");
    }

    private void alternative(String name, String value) {
        xml.append('<').append(name).append("><rdf:Alt><rdf:li xml:lang=\"x-default\">").append(XmlText.escape(value))
                .append("</rdf:li></rdf:Alt></").append(name).append(">\n");
    }
}
