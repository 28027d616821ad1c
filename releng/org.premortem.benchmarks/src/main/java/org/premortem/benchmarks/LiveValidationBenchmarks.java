/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.benchmarks;

import java.util.List;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.premortem.core.persistence.AnalysisStore;
import org.premortem.core.synthetic.SyntheticAnalysis;
import org.premortem.core.validation.AnalysisIndex;
import org.premortem.core.validation.EditRecorder;
import org.premortem.core.validation.EditedElements;
import org.premortem.core.validation.Finding;
import org.premortem.core.validation.IndexUpdater;
import org.premortem.core.validation.RuleRegistry;
import org.premortem.core.validation.ValidationSettings;
import org.premortem.core.validation.Validator;
import org.premortem.model.stpa.Analysis;
import org.premortem.model.stpa.UnsafeControlAction;

/**
 * What the editor does on the UI thread for each command (live validation): one UCA's text edited, which the index
 * kept by edits follows as it is notified, then the elements the edit affected found and validated again against
 * that index. Target at 10k UCAs: < 50 ms.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class LiveValidationBenchmarks {

    /** An analysis open in an editor, with live validation following its edits. */
    @State(Scope.Thread)
    public static class OpenAnalysis {

        @Param({ "1000" })
        public int ucas;

        Analysis analysis;
        EditRecorder recorder;
        IndexUpdater index;
        Validator validator;
        UnsafeControlAction edited;
        int edits;

        @Setup(Level.Trial)
        public void setUp() throws Exception {
            java.nio.file.Path file = java.nio.file.Files.createTempFile("premortem-live", ".premortem");
            AnalysisStore.save(SyntheticAnalysis.generate(ucas, SyntheticModel.SEED), file);
            analysis = AnalysisStore.load(file);
            java.nio.file.Files.delete(file);
            recorder = EditRecorder.install(analysis);
            index = IndexUpdater.install(analysis);
            validator = new Validator(RuleRegistry.fromServiceLoader(OpenAnalysis.class.getClassLoader()),
                    ValidationSettings.defaults());
            edited = analysis.getUnsafeControlActions().get(ucas / 2);
        }
    }

    @Benchmark
    public List<Finding> revalidateAfterATextEdit(OpenAnalysis open) {
        open.edited.setText("Controller provides the action too late, edit " + open.edits++);
        AnalysisIndex index = open.index.index();
        EditedElements edited = EditedElements.of(open.analysis, open.recorder.drain(), index);
        return open.validator.validate(edited.affected(), index);
    }
}
