/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.benchmarks;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.premortem.core.persistence.AnalysisStore;
import org.premortem.core.report.ReportExporter;
import org.premortem.core.report.ReportExporterRegistry;
import org.premortem.core.report.ReportInput;
import org.premortem.core.synthetic.SyntheticAnalysis;
import org.premortem.core.validation.RuleRegistry;
import org.premortem.core.validation.ValidationSettings;
import org.premortem.core.validation.Validator;
import org.premortem.model.stpa.Analysis;

/**
 * One PDF report of a synthetic analysis in a cold JVM, as the issue 13 targets are stated (10k UCAs in
 * {@code -Xmx1g} under 20 s; 100k in {@code -Xmx2g}): generates the analysis (seed {@link SyntheticModel#SEED}),
 * saves and loads it, validates it with the built-in rules, exports the PDF through the exporter the command line
 * finds, and prints the export's wall time, the heap's peak (sum of the heap pools' peaks, an upper bound of what
 * was live at once), the process's peak RSS and the file size, then the pages. Run it in a JVM with the heap to prove,
 * e.g. through {@code exec:exec@pdf-scale} (see this module's pom): arguments are the number of UCAs, the folder for
 * the model and PDF, and optionally the unpacked product, whose jars are then loaded (the exporter, openhtmltopdf,
 * PDFBox) as {@code ./premortem} runs them.
 */
public final class PdfScale {

    private PdfScale() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length > 2) {
            // Run again with the product's jars on the class path, in this JVM (its heap is the one measured).
            String classPath = ProductJars.extend(System.getProperty("java.class.path"), Path.of(args[2]));
            List<java.net.URL> urls = new java.util.ArrayList<>();
            for (String entry : classPath.split(java.io.File.pathSeparator)) {
                urls.add(Path.of(entry).toUri().toURL());
            }
            try (java.net.URLClassLoader loader = new java.net.URLClassLoader(urls.toArray(java.net.URL[]::new),
                    ClassLoader.getPlatformClassLoader())) {
                loader.loadClass(PdfScale.class.getName()).getMethod("main", String[].class).invoke(null,
                        (Object) new String[] { args[0], args[1] });
            }
            return;
        }
        int ucas = Integer.parseInt(args[0]);
        Path folder = Files.createDirectories(Path.of(args.length > 1 ? args[1] : "target/pdf-scale"));
        Path model = folder.resolve("synthetic-" + ucas + ".premortem");
        if (!Files.exists(model)) {
            AnalysisStore.save(SyntheticAnalysis.generate(ucas, SyntheticModel.SEED), model);
        }
        Analysis analysis = AnalysisStore.load(model);
        RuleRegistry rules = RuleRegistry.fromServiceLoader(PdfScale.class.getClassLoader());
        ReportInput input = ReportInput.of(analysis, LocalDate.of(2026, 1, 1))
                .withFindings(new Validator(rules, ValidationSettings.defaults()).validate(analysis));
        ReportExporter pdf = ReportExporterRegistry.fromServiceLoader(PdfScale.class.getClassLoader()).find("pdf")
                .orElseThrow(() -> new IllegalStateException("no PDF exporter found"));
        long start = System.nanoTime();
        List<Path> files = pdf.export(input, folder, "report-" + ucas);
        double seconds = (System.nanoTime() - start) / 1e9;
        Path file = files.get(0);
        System.out.printf(Locale.ROOT,
                "PDF of %d UCAs: %.1f s, heap max %d MiB, heap peak %d MiB, peak RSS %d MiB, %.1f MiB%n",
                ucas, seconds, Runtime.getRuntime().maxMemory() >> 20, heapPeak() >> 20, peakRss() >> 10,
                Files.size(file) / 1048576.0);
        // Counted after the figures above: PDFBox reads the whole cross-reference, which for the 100k PDF (11 million
        // objects) needs more than the heap that made it.
        try {
            System.out.printf(Locale.ROOT, "%d pages%n", pages(file));
        } catch (IOException e) {
            System.out.println("pages not counted: " + rootCause(e));
        }
    }

    private static String rootCause(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause.toString();
    }

    private static long heapPeak() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return peak;
    }

    /** VmHWM in KiB, or -1 where there is no /proc. */
    private static long peakRss() {
        try {
            Matcher hwm = Pattern.compile("VmHWM:\\s+(\\d+) kB").matcher(Files.readString(Path.of("/proc/self/status")));
            return hwm.find() ? Long.parseLong(hwm.group(1)) : -1;
        } catch (IOException e) {
            return -1;
        }
    }

    /**
     * The page count, read by the PDFBox of the product jars (not a compile dependency of this module): it parses
     * only the trailer, catalog and page tree root.
     */
    private static int pages(Path file) throws IOException {
        try {
            Class<?> loader = Class.forName("org.apache.pdfbox.Loader");
            try (AutoCloseable document = (AutoCloseable) loader.getMethod("loadPDF", java.io.File.class).invoke(null,
                    file.toFile())) {
                return (Integer) document.getClass().getMethod("getNumberOfPages").invoke(document);
            }
        } catch (ReflectiveOperationException | OutOfMemoryError e) {
            throw new IOException("cannot count the pages of " + file, e);
        } catch (Exception e) {
            throw e instanceof IOException io ? io : new IOException(e);
        }
    }
}
