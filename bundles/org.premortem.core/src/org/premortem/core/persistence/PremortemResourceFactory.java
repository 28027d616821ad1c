/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.core.persistence;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.impl.ResourceFactoryImpl;

/** Creates {@link PremortemResource}s; registered for the {@code premortem} file extension. */
public class PremortemResourceFactory extends ResourceFactoryImpl {

    /** The file extension of Premortem analyses. */
    public static final String FILE_EXTENSION = "premortem";

    @Override
    public Resource createResource(URI uri) {
        return new PremortemResource(uri);
    }
}
