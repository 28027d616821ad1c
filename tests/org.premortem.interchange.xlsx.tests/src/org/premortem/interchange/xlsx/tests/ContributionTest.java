/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.interchange.xlsx.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.premortem.core.interchange.AnalysisImporter;
import org.premortem.core.report.ReportExporter;
import org.premortem.interchange.reqif.ReqifExporter;
import org.premortem.interchange.xlsx.XlsxExporter;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Each bundle lists the same importers and exporters in its plugin.xml (for the workbench) and in META-INF/services
 * (for the command line), and each contribution's id is the id its class gives.
 */
class ContributionTest {

    static Stream<Arguments> contributions() {
        return Stream.of(
                Arguments.of(XlsxExporter.class, "org.premortem.report.exporters", "exporter", ReportExporter.class),
                Arguments.of(XlsxExporter.class, "org.premortem.importers", "importer", AnalysisImporter.class),
                Arguments.of(ReqifExporter.class, "org.premortem.report.exporters", "exporter", ReportExporter.class),
                Arguments.of(ReqifExporter.class, "org.premortem.importers", "importer", AnalysisImporter.class));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("contributions")
    void pluginXmlAndServicesAgree(Class<?> bundleClass, String point, String element, Class<?> api)
            throws Exception {
        ClassLoader loader = bundleClass.getClassLoader();
        org.osgi.framework.Bundle bundle = org.osgi.framework.FrameworkUtil.getBundle(bundleClass);
        List<String> declared = new ArrayList<>();
        try (InputStream in = bundle.getEntry("plugin.xml").openStream()) {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            NodeList extensions = factory.newDocumentBuilder().parse(in).getElementsByTagName("extension");
            for (int i = 0; i < extensions.getLength(); i++) {
                Element extension = (Element) extensions.item(i);
                if (point.equals(extension.getAttribute("point"))) {
                    NodeList items = extension.getElementsByTagName(element);
                    for (int j = 0; j < items.getLength(); j++) {
                        Element item = (Element) items.item(j);
                        declared.add(item.getAttribute("class"));
                        Object contribution = loader.loadClass(item.getAttribute("class")).getConstructor().newInstance();
                        Object id = api.getMethod("id").invoke(contribution);
                        assertEquals(item.getAttribute("id"), id, item.getAttribute("class"));
                    }
                }
            }
        }
        List<String> services = new ArrayList<>();
        var resource = bundle.getEntry("META-INF/services/" + api.getName());
        if (resource != null) {
            try (InputStream in = resource.openStream()) {
                for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\\R")) {
                    if (!line.isBlank() && !line.startsWith("#")) {
                        services.add(line.strip());
                    }
                }
            }
        }
        assertEquals(declared.stream().sorted().toList(), services.stream().sorted().toList());
    }
}
