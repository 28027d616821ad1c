/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.report.text.markdown;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.premortem.core.persistence.AtomicFile;
import org.premortem.core.report.ReportExporter;
import org.premortem.core.report.ReportInput;
import org.premortem.diagram.layout.svg.SvgOptions;
import org.premortem.diagram.layout.svg.SvgWriter;
import org.premortem.report.ReportBuilder;
import org.premortem.report.ReportMessages;
import org.premortem.report.doc.Block;
import org.premortem.report.doc.ReportDocument;

/** The report as Markdown ({@code BASE.md}) with each control-structure diagram as an SVG file beside it. */
public final class MarkdownReportExporter implements ReportExporter {

    public static final String ID = "md";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String label() {
        return ReportMessages.get("format.md");
    }

    @Override
    public List<Path> export(ReportInput input, Path directory, String baseName) throws IOException {
        ReportDocument document = ReportBuilder.build(input);
        Map<Block.Figure, String> figureFiles = new IdentityHashMap<>();
        List<Path> svgs = new ArrayList<>();
        for (Block.Figure figure : document.figures()) {
            String name = baseName + "-" + figure.name() + ".svg";
            Path file = directory.resolve(name);
            AtomicFile.write(file, SvgWriter.write(figure.layout(), SvgOptions.file(figure.anchor() + "-"))
                    .getBytes(StandardCharsets.UTF_8));
            figureFiles.put(figure, name);
            svgs.add(file);
        }
        Path markdown = directory.resolve(baseName + ".md");
        AtomicFile.write(markdown, new MarkdownWriter(document, figureFiles).write().getBytes(StandardCharsets.UTF_8));
        List<Path> files = new ArrayList<>();
        files.add(markdown);
        files.addAll(svgs);
        return files;
    }
}
