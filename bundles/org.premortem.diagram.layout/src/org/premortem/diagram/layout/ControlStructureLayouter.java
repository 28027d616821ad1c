/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.diagram.layout;

import java.util.Objects;

import org.eclipse.elk.alg.layered.options.LayeredMetaDataProvider;
import org.eclipse.elk.core.RecursiveGraphLayoutEngine;
import org.eclipse.elk.core.data.LayoutMetaDataService;
import org.eclipse.elk.core.util.BasicProgressMonitor;
import org.eclipse.elk.graph.ElkNode;
import org.premortem.diagram.layout.internal.ElkGraphBuilder;
import org.premortem.diagram.layout.internal.ElkLayoutReader;
import org.premortem.model.stpa.ControlStructure;

/**
 * Lays out a control structure with Eclipse ELK (layered, top-down) following the STPA Handbook: higher authority
 * above, control actions pointing down, feedback pointing up, the actions and the feedback of one controller and
 * controlled component on opposite sides (actions left, feedback right), replicated components drawn as a stack with
 * "×N", and connection labels placed by the layout so that they overlap no box. Plain Java: works with or without
 * OSGi, and the same input gives the same layout.
 */
public final class ControlStructureLayouter {

    private static boolean registered;

    private final TextMetrics metrics;
    private final DiagramStyle style;

    /** A layouter measuring text as the reports draw it (DejaVu Sans) in the standard style. */
    public ControlStructureLayouter() {
        this(new DejaVuSansMetrics(), DiagramStyle.standard());
    }

    public ControlStructureLayouter(TextMetrics metrics, DiagramStyle style) {
        this.metrics = Objects.requireNonNull(metrics, "metrics");
        this.style = Objects.requireNonNull(style, "style");
    }

    public DiagramLayout layout(ControlStructure structure) {
        Objects.requireNonNull(structure, "structure");
        registerLayered();
        ElkGraphBuilder builder = new ElkGraphBuilder(metrics, style);
        ElkNode graph = builder.build(structure);
        new RecursiveGraphLayoutEngine().layout(graph, new BasicProgressMonitor());
        return new ElkLayoutReader(builder, metrics, style).read(structure, graph);
    }

    /** ELK finds its algorithms through a registry; without OSGi nobody fills it, so we do, once. */
    private static synchronized void registerLayered() {
        if (!registered) {
            LayoutMetaDataService.getInstance().registerLayoutMetaDataProviders(new LayeredMetaDataProvider());
            registered = true;
        }
    }
}
