/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.core.persistence;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.InternalEObject;
import org.eclipse.emf.ecore.xmi.XMIException;
import org.eclipse.emf.ecore.xmi.XMLHelper;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.impl.SAXXMIHandler;
import org.eclipse.emf.ecore.xmi.impl.XMILoadImpl;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Reads a .premortem file as one self-contained document: a reference into another file or to a URL
 * ({@code losses="http://host/x.premortem#_l1"}, {@code <losses href="/etc/passwd#_l1"/>}) is an error at its line,
 * never a proxy that something could later resolve by reading that file or fetching that URL. What EMF would pass
 * over in silence is an error too ({@link ContentCheck}): a file either loads whole or not at all.
 */
final class SingleFileLoad extends XMILoadImpl {

    /** The size of the file being read, as far as known: sizes the table of its ids. */
    private int fileSize;

    SingleFileLoad(XMLHelper helper) {
        super(helper);
    }

    @Override
    public void load(XMLResource resource, InputStream inputStream, Map<?, ?> options) throws IOException {
        fileSize = inputStream.available();
        super.load(resource, inputStream, options);
    }

    @Override
    protected DefaultHandler makeDefaultHandler() {
        return new Handler(resource, helper, options, fileSize);
    }

    private static final class Handler extends SAXXMIHandler {

        private final ContentCheck content;

        Handler(XMLResource resource, XMLHelper helper, Map<?, ?> options, int fileSize) {
            super(resource, helper, options);
            content = new ContentCheck(fileSize, message -> error(new ContentProblem(message, getLocation(),
                    getLineNumber(), getColumnNumber())), prefix -> this.helper.getURI(prefix));
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes attributes)
                throws SAXException {
            content.startTag(qName, attributes, getLineNumber());
            super.startElement(uri, localName, qName, attributes);
            EObject created = types.peek() == OBJECT_TYPE ? objects.peekEObject() : null;
            content.started(created, qName, attributes, getLineNumber());
        }

        @Override
        public void endElement(String uri, String localName, String qName) {
            super.endElement(uri, localName, qName);
            content.endTag();
        }

        @Override
        public void characters(char[] characters, int start, int length) {
            content.text(characters, start, length);
            super.characters(characters, start, length);
        }

        @Override
        protected void handleXMLNSAttribute(String attribute, String value) {
            super.handleXMLNSAttribute(attribute, value);
            if (attribute.indexOf(':') < 0) {
                content.defaultNamespaceDeclared();
            }
        }

        @Override
        protected void handleProxy(InternalEObject proxy, String uriLiteral) {
            error(new XMIException(Messages.get("load.otherFile", XmlMessages.quote(uriLiteral)), getLocation(),
                    getLineNumber(), getColumnNumber()));
        }
    }
}
