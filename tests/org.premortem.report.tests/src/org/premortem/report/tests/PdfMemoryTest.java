/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.report.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.premortem.core.persistence.AnalysisStore;
import org.premortem.core.report.ReportInput;
import org.premortem.core.synthetic.SyntheticAnalysis;
import org.premortem.report.pdf.PdfReportExporter;

/**
 * The PDF is written part by part, so its memory follows a part and not the report: a synthetic analysis of
 * {@value #UCAS} UCAs (about 115 pages), cut into parts of a few pages, is exported in a JVM of its own with a heap of
 * {@value #HEAP}, in which joining the parts in PDFBox before writing them ran out of memory. (The 10k- and
 * 100k-UCA figures are measured by {@code releng/org.premortem.benchmarks}, see the README's performance section.)
 */
class PdfMemoryTest {

    static final int UCAS = 300;
    static final String HEAP = "128m";
    /** Parts of a few pages: many joints, little memory each. */
    static final int PART_WEIGHT = 400;

    @TempDir
    Path folder;

    @Test
    void aMidSizeReportIsWrittenInASmallHeap() throws Exception {
        Path model = folder.resolve("synthetic.premortem");
        AnalysisStore.save(SyntheticAnalysis.generate(UCAS, 1), model);
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(List.of("-Xmx" + HEAP, "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-Xshare:auto",
                "-Djava.awt.headless=true", "-cp", classPath(), Child.class.getName(), model.toString(),
                folder.toString()));
        Path log = folder.resolve("child.log");
        Process child = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        boolean ended = child.waitFor(5, TimeUnit.MINUTES);
        if (!ended) {
            child.destroyForcibly();
        }
        String output = Files.readString(log, StandardCharsets.UTF_8);
        assertTrue(ended, "the child JVM ended: " + output);
        assertEquals(0, child.exitValue(), output);
        Path pdf = folder.resolve("report.pdf");
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            assertTrue(document.getNumberOfPages() > 100, "pages: " + document.getNumberOfPages());
            assertTrue(document.getDocumentCatalog().getStructureTreeRoot() != null, "tagged");
        }
    }

    /**
     * The class path of the bundles this test runs with: where each bundle's classes come from (its jar, or for a
     * bundle of the build its classes folder), found through a class of it as Equinox loads it.
     */
    private static String classPath() throws IOException {
        Set<String> entries = new LinkedHashSet<>();
        entries.add(entryOf(Child.class));
        for (Bundle bundle : FrameworkUtil.getBundle(PdfMemoryTest.class).getBundleContext().getBundles()) {
            if (bundle.getBundleId() == 0) {
                continue;
            }
            Enumeration<URL> classes = bundle.findEntries("/", "*.class", true);
            for (int tried = 0; classes != null && classes.hasMoreElements() && tried < 5; tried++) {
                String path = classes.nextElement().getPath();
                int start = path.startsWith("/target/classes/") ? "/target/classes/".length()
                        : path.startsWith("/bin/") ? "/bin/".length() : 1;
                String name = path.substring(start, path.length() - ".class".length()).replace('/', '.');
                try {
                    entries.add(entryOf(bundle.loadClass(name)));
                    break;
                } catch (ClassNotFoundException | LinkageError | IOException | RuntimeException e) {
                    // try another class of the bundle
                }
            }
        }
        return String.join(File.pathSeparator, entries);
    }

    private static String entryOf(Class<?> type) throws IOException {
        try {
            Path path = Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
            if (Files.isRegularFile(path)) {
                return path.toString();
            }
            String classFile = type.getName().replace('.', '/') + ".class";
            for (Path folder : List.of(path, path.resolve("target").resolve("classes"), path.resolve("bin"))) {
                if (Files.isRegularFile(folder.resolve(classFile))) {
                    return folder.toString();
                }
            }
            throw new IOException("cannot find " + classFile + " under " + path);
        } catch (URISyntaxException | NullPointerException e) {
            throw new IOException("cannot find the code of " + type.getName(), e);
        }
    }

    /** The exporter in the child JVM: loads the model and writes {@code report.pdf}. */
    public static final class Child {
        private Child() {
        }

        public static void main(String[] args) throws Exception {
            ReportInput input = ReportInput.of(AnalysisStore.load(Path.of(args[0])), LocalDate.of(2026, 1, 1));
            new PdfReportExporter(PART_WEIGHT).export(input, Path.of(args[1]), "report");
        }
    }
}
