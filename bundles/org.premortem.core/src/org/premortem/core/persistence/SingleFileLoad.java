/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.core.persistence;

import java.util.Map;

import org.eclipse.emf.ecore.InternalEObject;
import org.eclipse.emf.ecore.xmi.XMIException;
import org.eclipse.emf.ecore.xmi.XMLHelper;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.impl.SAXXMIHandler;
import org.eclipse.emf.ecore.xmi.impl.XMILoadImpl;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Reads a .premortem file as one self-contained document: a reference into another file or to a URL
 * ({@code losses="http://host/x.premortem#_l1"}, {@code <losses href="/etc/passwd#_l1"/>}) is an error at its line,
 * never a proxy that something could later resolve by reading that file or fetching that URL.
 */
final class SingleFileLoad extends XMILoadImpl {

    SingleFileLoad(XMLHelper helper) {
        super(helper);
    }

    @Override
    protected DefaultHandler makeDefaultHandler() {
        return new Handler(resource, helper, options);
    }

    private static final class Handler extends SAXXMIHandler {

        Handler(XMLResource resource, XMLHelper helper, Map<?, ?> options) {
            super(resource, helper, options);
        }

        @Override
        protected void handleProxy(InternalEObject proxy, String uriLiteral) {
            error(new XMIException(Messages.get("load.otherFile", XmlMessages.quote(uriLiteral)), getLocation(),
                    getLineNumber(), getColumnNumber()));
        }
    }
}
