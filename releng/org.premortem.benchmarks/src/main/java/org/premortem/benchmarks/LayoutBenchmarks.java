/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;
import org.premortem.diagram.layout.ControlStructureLayouter;
import org.premortem.diagram.layout.DiagramLayout;
import org.premortem.model.stpa.ControlStructure;

/** Laying out every control structure of the analysis with ELK, as the diagram editor and the reports do. */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class LayoutBenchmarks {

    @Benchmark
    public List<DiagramLayout> layout(SyntheticModel model) {
        ControlStructureLayouter layouter = new ControlStructureLayouter();
        List<DiagramLayout> layouts = new ArrayList<>();
        for (ControlStructure structure : model.analysis.getControlStructures()) {
            layouts.add(layouter.layout(structure));
        }
        return layouts;
    }
}
