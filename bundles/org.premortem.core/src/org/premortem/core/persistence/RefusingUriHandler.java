/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.core.persistence;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.impl.URIHandlerImpl;

/**
 * The only URI handler of a .premortem file's resource set: it opens nothing. Premortem reads and writes its files
 * through streams it opens itself, so nothing in a file (a schema location, a package namespace, a reference) can make
 * EMF read another file or reach the network.
 */
final class RefusingUriHandler extends URIHandlerImpl {

    @Override
    public boolean canHandle(URI uri) {
        return true;
    }

    @Override
    public InputStream createInputStream(URI uri, Map<?, ?> options) throws IOException {
        throw new IOException(Messages.get("load.otherFile", XmlMessages.quote(uri.toString())));
    }

    @Override
    public OutputStream createOutputStream(URI uri, Map<?, ?> options) throws IOException {
        throw new IOException(Messages.get("load.otherFile", XmlMessages.quote(uri.toString())));
    }

    @Override
    public void delete(URI uri, Map<?, ?> options) throws IOException {
        throw new IOException(Messages.get("load.otherFile", XmlMessages.quote(uri.toString())));
    }

    @Override
    public boolean exists(URI uri, Map<?, ?> options) {
        return false;
    }

    @Override
    public Map<String, ?> getAttributes(URI uri, Map<?, ?> options) {
        return Map.of();
    }
}
