/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.report.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.premortem.core.report.ReportExporter;
import org.premortem.report.html.HtmlReportExporter;
import org.premortem.report.pdf.PdfReportExporter;
import org.premortem.report.text.csv.CsvReportExporter;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Every exporter bundle contributes the same exporters to the extension point (plugin.xml, for the workbench) and to
 * {@code META-INF/services} (for the command line), with the ids the classes report.
 */
class ExporterContributionTest {

    private static final String SERVICES = "META-INF/services/" + ReportExporter.class.getName();

    static Stream<Class<?>> exporterBundles() {
        return Stream.of(HtmlReportExporter.class, PdfReportExporter.class, CsvReportExporter.class);
    }

    @ParameterizedTest
    @MethodSource("exporterBundles")
    void pluginXmlAndServicesListTheSameExporters(Class<?> anyClassOfTheBundle) throws Exception {
        Bundle bundle = FrameworkUtil.getBundle(anyClassOfTheBundle);
        Map<String, String> extensions = extensions(bundle.getEntry("plugin.xml"));
        List<String> services = services(bundle.getEntry(SERVICES));
        assertEquals(List.copyOf(new TreeMap<>(extensions).values().stream().sorted().toList()),
                services.stream().sorted().toList(), bundle.getSymbolicName());
        for (Map.Entry<String, String> extension : extensions.entrySet()) {
            ReportExporter exporter = (ReportExporter) bundle.loadClass(extension.getValue()).getConstructor()
                    .newInstance();
            assertEquals(extension.getKey(), exporter.id(), extension.getValue());
        }
    }

    @Test
    void theCommandLineFindsFourFormats() {
        assertEquals(List.of("csv", "html", "md", "pdf"), Reports.registry().ids());
        for (ReportExporter exporter : Reports.registry().all()) {
            assertNotNull(exporter.label());
        }
    }

    /** Exporter id to class, from the bundle's plugin.xml. */
    private static Map<String, String> extensions(URL pluginXml) throws Exception {
        assertNotNull(pluginXml, "the bundle has a plugin.xml");
        Map<String, String> exporters = new TreeMap<>();
        try (InputStream in = pluginXml.openStream()) {
            NodeList nodes = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(in)
                    .getElementsByTagName("extension");
            for (int i = 0; i < nodes.getLength(); i++) {
                Element extension = (Element) nodes.item(i);
                if ("org.premortem.report.exporters".equals(extension.getAttribute("point"))) {
                    NodeList children = extension.getElementsByTagName("exporter");
                    for (int j = 0; j < children.getLength(); j++) {
                        Element exporter = (Element) children.item(j);
                        exporters.put(exporter.getAttribute("id"), exporter.getAttribute("class"));
                    }
                }
            }
        }
        return exporters;
    }

    private static List<String> services(URL file) throws Exception {
        assertNotNull(file, "the bundle has " + SERVICES);
        List<String> classes = new ArrayList<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(file.openStream(),
                StandardCharsets.UTF_8))) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                String name = line.replaceAll("#.*", "").strip();
                if (!name.isEmpty()) {
                    classes.add(name);
                }
            }
        }
        return classes;
    }
}
