/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.interchange.xlsx.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.premortem.core.report.ReportInput;
import org.premortem.core.synthetic.SyntheticAnalysis;
import org.premortem.examples.DynamoDbDnsExample;
import org.premortem.interchange.reqif.ReqifExporter;
import org.premortem.model.stpa.Analysis;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.w3c.dom.ls.LSInput;
import org.w3c.dom.ls.LSResourceResolver;

/**
 * The ReqIF export is valid against the OMG's ReqIF schema (fixtures/reqif/, resolved offline), holds a SPEC-OBJECT per
 * requirement and constraint with ReqIF.ForeignID = display id, a SPEC-RELATION per trace link, identifiers derived
 * from permanent ids (so a new export of the same analysis keeps them) and the same bytes for the same input.
 */
class ReqifSchemaTest {

    private static final Path FIXTURES = Path.of("fixtures", "reqif");
    private static final String REQIF = "http://www.omg.org/spec/ReqIF/20110401/reqif.xsd";

    static Stream<Arguments> analyses() {
        return Stream.of(Arguments.of("dynamodb-dns", DynamoDbDnsExample.build()),
                Arguments.of("synthetic-100", SyntheticAnalysis.generate(100, 11)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("analyses")
    void theExportIsValidReqif12(String name, Analysis analysis) throws Exception {
        byte[] reqif = ReqifExporter.bytes(ReportInput.of(analysis, Workbooks.DATE));
        Validator validator = schema().newValidator();

        assertDoesNotThrow(() -> validator.validate(new StreamSource(new ByteArrayInputStream(reqif))));
    }

    @org.junit.jupiter.api.Test
    void theSchemaCheckCatchesAnInvalidDocument() throws Exception {
        String reqif = new String(ReqifExporter.bytes(ReportInput.of(DynamoDbDnsExample.build(), Workbooks.DATE)),
                java.nio.charset.StandardCharsets.UTF_8);
        String broken = reqif.replace("<SPEC-RELATION-TYPE-REF>", "<SPEC-OBJECT-TYPE-REF>")
                .replace("</SPEC-RELATION-TYPE-REF>", "</SPEC-OBJECT-TYPE-REF>");
        Validator validator = schema().newValidator();

        org.junit.jupiter.api.Assertions.assertThrows(org.xml.sax.SAXException.class, () -> validator.validate(
                new StreamSource(new ByteArrayInputStream(broken.getBytes(java.nio.charset.StandardCharsets.UTF_8)))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("analyses")
    void requirementsAndConstraintsAreObjectsAndTraceLinksAreRelations(String name, Analysis analysis)
            throws Exception {
        Document document = parse(ReqifExporter.bytes(ReportInput.of(analysis, Workbooks.DATE)));

        Set<String> foreignIds = new HashSet<>();
        NodeList values = document.getElementsByTagNameNS(REQIF, "ATTRIBUTE-VALUE-STRING");
        for (int i = 0; i < values.getLength(); i++) {
            Element value = (Element) values.item(i);
            if (value.getTextContent().contains("premortem-attribute-foreign-id")) {
                foreignIds.add(value.getAttribute("THE-VALUE"));
            }
        }
        analysis.getRequirements().forEach(r -> assertTrue(foreignIds.contains(r.getDisplayId()), r.getDisplayId()));
        allConstraints(analysis).forEach(c -> assertTrue(foreignIds.contains(c.getDisplayId()), c.getDisplayId()));
        analysis.getControllerConstraints().forEach(c -> assertTrue(foreignIds.contains(c.getDisplayId())));

        long links = analysis.getRequirements().stream().mapToLong(r -> r.getLossScenarios().size()
                + r.getUnsafeControlActions().size() + r.getHazards().size()).sum()
                + allConstraints(analysis).mapToLong(c -> c.getHazards().size()).sum()
                + analysis.getControllerConstraints().stream().mapToLong(c -> c.getUnsafeControlActions().size()).sum();
        assertEquals(links, document.getElementsByTagNameNS(REQIF, "SPEC-RELATION").getLength());
        assertEquals(1, document.getElementsByTagNameNS(REQIF, "SPECIFICATION").getLength());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("analyses")
    void identifiersComeFromPermanentIdsAndBytesRepeat(String name, Analysis analysis) throws Exception {
        byte[] first = ReqifExporter.bytes(ReportInput.of(analysis, Workbooks.DATE));
        assertArrayEquals(first, ReqifExporter.bytes(ReportInput.of(analysis, Workbooks.DATE)));

        Document document = parse(first);
        List<String> identifiers = new ArrayList<>();
        NodeList objects = document.getElementsByTagNameNS(REQIF, "SPEC-OBJECT");
        for (int i = 0; i < objects.getLength(); i++) {
            identifiers.add(((Element) objects.item(i)).getAttribute("IDENTIFIER"));
        }
        analysis.getRequirements().forEach(r -> assertTrue(identifiers.contains("premortem-" + r.getId())));

        // A later export after an edit that adds a requirement keeps every earlier identifier.
        Analysis edited = org.eclipse.emf.ecore.util.EcoreUtil.copy(analysis);
        org.premortem.core.build.AnalysisBuilder.extend(edited, org.premortem.core.ids.IdSource.seeded(5))
                .requirement("Alert when the plan storage is near full");
        String later = new String(ReqifExporter.bytes(ReportInput.of(edited, Workbooks.DATE)),
                java.nio.charset.StandardCharsets.UTF_8);
        identifiers.forEach(id -> assertTrue(later.contains("IDENTIFIER=\"" + id + "\""), id));
    }

    /** System-level constraints with their sub-constraints. */
    private static Stream<org.premortem.model.stpa.SystemConstraint> allConstraints(Analysis analysis) {
        List<org.premortem.model.stpa.SystemConstraint> all = new ArrayList<>();
        analysis.eAllContents().forEachRemaining(e -> {
            if (e instanceof org.premortem.model.stpa.SystemConstraint constraint) {
                all.add(constraint);
            }
        });
        return all.stream();
    }

    private static Document parse(byte[] xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
    }

    /** The OMG schema, its two imports resolved to local files: nothing is fetched. */
    private static Schema schema() throws Exception {
        SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
        factory.setResourceResolver(new LocalImports());
        return factory.newSchema(new StreamSource(FIXTURES.resolve("reqif.xsd").toFile()));
    }

    private static final class LocalImports implements LSResourceResolver {

        @Override
        public LSInput resolveResource(String type, String namespace, String publicId, String systemId,
                String baseUri) {
            String file = switch (String.valueOf(namespace)) {
                case "http://www.w3.org/XML/1998/namespace" -> "xml.xsd";
                case "http://www.w3.org/1999/xhtml" -> "xhtml-stub.xsd";
                default -> throw new AssertionError("reqif.xsd imports " + namespace + " from " + systemId);
            };
            try {
                return new Input(Files.readAllBytes(FIXTURES.resolve(file)), systemId);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private record Input(byte[] bytes, String systemId) implements LSInput {

        @Override
        public InputStream getByteStream() {
            return new ByteArrayInputStream(bytes);
        }

        @Override
        public String getSystemId() {
            return systemId;
        }

        // The rest of LSInput: nothing else is offered.
        @Override public java.io.Reader getCharacterStream() { return null; }
        @Override public void setCharacterStream(java.io.Reader characterStream) { }
        @Override public void setByteStream(InputStream byteStream) { }
        @Override public String getStringData() { return null; }
        @Override public void setStringData(String stringData) { }
        @Override public void setSystemId(String systemId) { }
        @Override public String getPublicId() { return null; }
        @Override public void setPublicId(String publicId) { }
        @Override public String getBaseURI() { return null; }
        @Override public void setBaseURI(String baseURI) { }
        @Override public String getEncoding() { return null; }
        @Override public void setEncoding(String encoding) { }
        @Override public boolean getCertifiedText() { return false; }
        @Override public void setCertifiedText(boolean certifiedText) { }
    }
}
