/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.benchmarks;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.ref.Reference;
import java.nio.file.Files;
import java.nio.file.Path;

import org.premortem.core.persistence.AnalysisStore;
import org.premortem.core.synthetic.SyntheticAnalysis;
import org.premortem.model.stpa.Analysis;

/** How much heap a loaded analysis keeps: used heap after a full collection, with and without the model. */
final class HeapFootprint {

    private HeapFootprint() {
    }

    static long retainedBytes(int ucas) throws IOException, InterruptedException {
        Path file = Files.createTempFile("premortem-footprint", ".premortem");
        try {
            AnalysisStore.save(SyntheticAnalysis.generate(ucas, SyntheticModel.SEED), file);
            long before = usedAfterCollection();
            Analysis analysis = AnalysisStore.load(file);
            long after = usedAfterCollection();
            Reference.reachabilityFence(analysis);
            return after - before;
        } finally {
            Files.deleteIfExists(file);
        }
    }

    private static long usedAfterCollection() throws InterruptedException {
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(100);
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
}
