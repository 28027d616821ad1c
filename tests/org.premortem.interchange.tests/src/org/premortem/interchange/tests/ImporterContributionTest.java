/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.interchange.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
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
import org.osgi.framework.wiring.BundleWiring;
import org.premortem.core.interchange.AnalysisImporter;
import org.premortem.core.interchange.AnalysisImporterRegistry;
import org.premortem.core.report.ReportExporter;
import org.premortem.core.report.ReportExporterRegistry;
import org.premortem.interchange.pasta.PastaExporter;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Every bundle of the test runtime that contributes importers lists the same ones in its plugin.xml (extension point
 * {@code org.premortem.importers}, for the workbench) and in {@code META-INF/services} (for the command line), with the
 * ids and file extensions the classes report; and the command line's registry finds exactly the contributed formats.
 */
class ImporterContributionTest {

    private static final String POINT = "org.premortem.importers";
    private static final String SERVICES = "META-INF/services/" + AnalysisImporter.class.getName();

    /** A contribution as plugin.xml states it. */
    record Declared(String id, String className, List<String> extensions) {
    }

    /** The bundles that declare importers in either list. */
    static Stream<Bundle> importerBundles() throws Exception {
        List<Bundle> bundles = new ArrayList<>();
        for (Bundle bundle : FrameworkUtil.getBundle(ImporterContributionTest.class).getBundleContext()
                .getBundles()) {
            if (bundle.getEntry(SERVICES) != null || !declared(bundle).isEmpty()) {
                bundles.add(bundle);
            }
        }
        return bundles.stream();
    }

    @ParameterizedTest
    @MethodSource("importerBundles")
    void pluginXmlAndServicesListTheSameImporters(Bundle bundle) throws Exception {
        Map<String, Declared> declared = declared(bundle);
        assertEquals(declared.values().stream().map(Declared::className).sorted().toList(),
                services(bundle.getEntry(SERVICES)).stream().sorted().toList(), bundle.getSymbolicName());
        for (Declared extension : declared.values()) {
            AnalysisImporter importer = (AnalysisImporter) bundle.loadClass(extension.className()).getConstructor()
                    .newInstance();
            assertEquals(extension.id(), importer.id(), extension.className());
            assertEquals(extension.extensions(), importer.fileExtensions(), extension.className());
            assertFalse(importer.label().isBlank(), extension.className());
        }
    }

    @Test
    void theCommandLineFindsEveryContributedFormat() throws Exception {
        List<String> contributed = new ArrayList<>();
        List<ClassLoader> loaders = new ArrayList<>();
        for (Bundle bundle : importerBundles().toList()) {
            contributed.addAll(declared(bundle).keySet());
            loaders.add(bundle.adapt(BundleWiring.class).getClassLoader());
        }
        AnalysisImporterRegistry registry = AnalysisImporterRegistry.fromServiceLoader(
                loaders.toArray(ClassLoader[]::new));
        assertEquals(contributed.stream().sorted().toList(), registry.ids());
        assertTrue(registry.ids().contains("pasta"), registry.ids().toString());
    }

    @Test
    void theInterchangeBundlesExportersAgreeToo() throws Exception {
        Bundle bundle = FrameworkUtil.getBundle(PastaExporter.class);
        List<String> declared = new ArrayList<>();
        try (InputStream in = bundle.getEntry("plugin.xml").openStream()) {
            NodeList nodes = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(in)
                    .getElementsByTagName("exporter");
            for (int i = 0; i < nodes.getLength(); i++) {
                Element exporter = (Element) nodes.item(i);
                declared.add(exporter.getAttribute("class"));
                ReportExporter instance = (ReportExporter) bundle.loadClass(exporter.getAttribute("class"))
                        .getConstructor().newInstance();
                assertEquals(exporter.getAttribute("id"), instance.id());
            }
        }
        assertEquals(declared, services(bundle.getEntry("META-INF/services/" + ReportExporter.class.getName())));
        assertEquals(List.of("pasta"), ReportExporterRegistry.fromServiceLoader(
                bundle.adapt(BundleWiring.class).getClassLoader()).ids());
    }

    /** Importer id to contribution, from the bundle's plugin.xml. */
    private static Map<String, Declared> declared(Bundle bundle) throws Exception {
        Map<String, Declared> importers = new TreeMap<>();
        URL pluginXml = bundle.getEntry("plugin.xml");
        if (pluginXml == null) {
            return importers;
        }
        try (InputStream in = pluginXml.openStream()) {
            NodeList nodes = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(in)
                    .getElementsByTagName("extension");
            for (int i = 0; i < nodes.getLength(); i++) {
                Element extension = (Element) nodes.item(i);
                if (POINT.equals(extension.getAttribute("point"))) {
                    NodeList children = extension.getElementsByTagName("importer");
                    for (int j = 0; j < children.getLength(); j++) {
                        Element importer = (Element) children.item(j);
                        List<String> extensions = Arrays.stream(importer.getAttribute("extensions").split(","))
                                .map(String::strip).filter(s -> !s.isEmpty()).toList();
                        importers.put(importer.getAttribute("id"), new Declared(importer.getAttribute("id"),
                                importer.getAttribute("class"), extensions));
                    }
                }
            }
        }
        return importers;
    }

    private static List<String> services(URL file) throws Exception {
        List<String> classes = new ArrayList<>();
        if (file == null) {
            return classes;
        }
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
