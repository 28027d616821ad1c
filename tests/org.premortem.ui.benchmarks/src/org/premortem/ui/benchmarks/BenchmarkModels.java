/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.ui.benchmarks;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.premortem.core.build.AnalysisBuilder;
import org.premortem.core.build.ControlStructureBuilder;
import org.premortem.core.ids.IdSource;
import org.premortem.core.persistence.AnalysisStore;
import org.premortem.core.synthetic.SyntheticAnalysis;
import org.premortem.model.stpa.Analysis;
import org.premortem.model.stpa.Component;
import org.premortem.model.stpa.NodeLayout;
import org.premortem.model.stpa.StpaFactory;

/** The analyses the benchmarks open, saved into a workspace project as a user's files are. */
final class BenchmarkModels {

    /** The seed of the synthetic analyses, the one the JMH benchmarks use (releng/org.premortem.benchmarks). */
    static final long SEED = 1;
    /** Controllers of the 200-component structure; each has a controlled process, an actuator and a sensor. */
    static final int CONTROLLERS = 50;

    private final IProject project;

    BenchmarkModels(String projectName) throws CoreException {
        project = ResourcesPlugin.getWorkspace().getRoot().getProject(projectName);
        if (!project.exists()) {
            project.create(null);
        }
        project.open(null);
    }

    /** A file holding {@code SyntheticAnalysis.generate(ucas, SEED)}. */
    IFile synthetic(int ucas) throws IOException, CoreException {
        return save("synthetic-" + ucas + ".premortem", SyntheticAnalysis.generate(ucas, SEED));
    }

    /** A file holding one control structure of 200 components, every box placed by the analyst. */
    IFile structureOf200() throws IOException, CoreException {
        return save("structure-200.premortem", structure(CONTROLLERS));
    }

    /**
     * A control structure of {@code controllers} controllers in a binary hierarchy (the top one a human operator),
     * each acting on its controlled process through an actuator and sensing it through a sensor, commanding the
     * controllers below it and hearing back from them: four components per controller. Every box has a placement
     * (a grid, as an analyst might leave it), so that Lay out has something to forget.
     */
    static Analysis structure(int controllers) {
        AnalysisBuilder builder = AnalysisBuilder.create("Control structure of " + 4 * controllers + " components",
                IdSource.seeded(SEED));
        var loss = builder.loss("Loss of the plant");
        builder.hazard("The plant leaves its safe operating envelope", loss);
        ControlStructureBuilder structure = builder.controlStructure("Plant");
        List<Component> all = new ArrayList<>();
        List<Component> chain = new ArrayList<>();
        for (int i = 0; i < controllers; i++) {
            Component controller = i == 0 ? structure.humanController("Operator")
                    : structure.controller("Controller " + (i + 1));
            Component actuator = structure.actuator("Actuator " + (i + 1));
            Component process = structure.controlledProcess("Process " + (i + 1));
            Component sensor = structure.sensor("Sensor " + (i + 1));
            structure.controlAction(controller, actuator, "Command " + (i + 1));
            structure.inputOutput(actuator, process, "Actuation " + (i + 1));
            structure.inputOutput(process, sensor, "Measured quantity " + (i + 1));
            structure.feedback(sensor, controller, "Reading " + (i + 1));
            if (i > 0) {
                Component parent = chain.get((i - 1) / 2);
                structure.controlAction(parent, controller, "Setpoint " + (i + 1));
                structure.feedback(controller, parent, "Status " + (i + 1));
            }
            chain.add(controller);
            all.addAll(List.of(controller, actuator, process, sensor));
        }
        for (int i = 0; i < all.size(); i++) {
            NodeLayout placement = StpaFactory.eINSTANCE.createNodeLayout();
            placement.setElement(all.get(i));
            placement.setX(20 + (i % 20) * 200);
            placement.setY(20 + (i / 20) * 120);
            placement.setWidth(160);
            placement.setHeight(56);
            structure.structure().getDiagram().add(placement);
        }
        return builder.build();
    }

    private IFile save(String name, Analysis analysis) throws IOException, CoreException {
        IFile file = project.getFile(name);
        byte[] bytes = AnalysisStore.serialize(analysis);
        if (file.exists()) {
            file.setContents(new ByteArrayInputStream(bytes), true, false, null);
        } else {
            file.create(new ByteArrayInputStream(bytes), true, null);
        }
        return file;
    }

    void delete() throws CoreException {
        project.delete(true, true, null);
    }
}
