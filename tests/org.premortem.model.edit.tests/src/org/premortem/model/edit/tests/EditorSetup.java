/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.model.edit.tests;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.emf.edit.provider.ReflectiveItemProviderAdapterFactory;
import org.eclipse.emf.edit.provider.resource.ResourceItemProviderAdapterFactory;
import org.premortem.core.ids.IdAssigningAdapter;
import org.premortem.core.ids.IdSource;
import org.premortem.core.persistence.AnalysisStore;
import org.premortem.model.stpa.Analysis;
import org.premortem.model.stpa.provider.StpaItemProviderAdapterFactory;

/**
 * The editing machinery of the Premortem editor, without its SWT: the same composed item-provider factory, editing
 * domain and command stack, the analysis parsed into the domain's resource set, and ids given by an
 * {@link IdAssigningAdapter}. A command that throws is recorded instead of being swallowed by the stack.
 */
final class EditorSetup {

    static final Path EXAMPLE = Path.of("..", "..", "bundles", "org.premortem.examples", "projects", "dynamodb-dns",
            "dynamodb-dns.premortem");

    final RecordingCommandStack stack = new RecordingCommandStack();
    final AdapterFactoryEditingDomain domain = new AdapterFactoryEditingDomain(new ComposedAdapterFactory(List.of(
            new ResourceItemProviderAdapterFactory(), new StpaItemProviderAdapterFactory(),
            new ReflectiveItemProviderAdapterFactory())), stack);
    final Analysis analysis;

    EditorSetup(Path file, long idSeed) throws IOException {
        analysis = AnalysisStore.parse(file, Files.readAllBytes(file), domain.getResourceSet());
        IdAssigningAdapter.install(analysis, IdSource.seeded(idSeed));
    }

    /** A command stack that keeps the exceptions of failing commands, which BasicCommandStack only logs. */
    static final class RecordingCommandStack extends BasicCommandStack {

        final List<Exception> errors = new ArrayList<>();

        @Override
        protected void handleError(Exception exception) {
            errors.add(exception);
        }
    }
}
