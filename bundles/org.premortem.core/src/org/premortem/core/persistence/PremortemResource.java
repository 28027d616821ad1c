/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.core.persistence;

import java.util.HashMap;
import java.util.Map;

import javax.xml.XMLConstants;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.xmi.XMLLoad;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl;

/**
 * A .premortem file: XMI whose references use the elements' permanent ids, written deterministically (same model,
 * same bytes) and read by a parser that refuses DOCTYPEs, so no external entity is ever resolved and no entity is
 * expanded, that refers to nothing outside itself, and that bounds nesting depth, attributes per element and name
 * lengths (the same bounds on every JDK, whatever its defaults).
 */
public class PremortemResource extends XMIResourceImpl {

    /**
     * Deepest element nesting read and written (the root is at depth 1). Real analyses nest a few levels (components
     * in components, sub-hazards); the bound, the JDK's own default since Java 24, keeps hostile files from
     * exhausting the stack of EMF's recursive saving, copying and comparing, which overflows near 1,000 levels.
     */
    public static final int MAX_DEPTH = 100;
    /** Most attributes on one element; the widest Premortem element has about fifteen. */
    public static final int MAX_ATTRIBUTES = 200;
    /** Longest element or attribute name. */
    public static final int MAX_NAME_LENGTH = 1000;

    private static final String JDK_LIMITS = "http://www.oracle.com/xml/jaxp/properties/";

    public PremortemResource(URI uri) {
        super(uri);
        // Id lookups by hash instead of a scan of the whole model per reference: loading stays linear.
        setIntrinsicIDToEObjectMap(new HashMap<>());
        getDefaultSaveOptions().putAll(saveOptions());
        getDefaultLoadOptions().putAll(loadOptions());
    }

    static Map<Object, Object> saveOptions() {
        Map<Object, Object> options = new HashMap<>();
        options.put(XMLResource.OPTION_ENCODING, "UTF-8");
        options.put(XMLResource.OPTION_LINE_DELIMITER, "\n");
        options.put(XMLResource.OPTION_LINE_WIDTH, 120);
        options.put(XMLResource.OPTION_SCHEMA_LOCATION, Boolean.FALSE);
        options.put(XMLResource.OPTION_USE_ENCODED_ATTRIBUTE_STYLE, Boolean.FALSE);
        options.put(XMLResource.OPTION_PROCESS_DANGLING_HREF, XMLResource.OPTION_PROCESS_DANGLING_HREF_THROW);
        return options;
    }

    static Map<Object, Object> loadOptions() {
        Map<Object, Object> options = new HashMap<>();
        options.put(XMLResource.OPTION_DEFER_IDREF_RESOLUTION, Boolean.TRUE);
        options.put(XMLResource.OPTION_RECORD_UNKNOWN_FEATURE, Boolean.FALSE);
        Map<String, Boolean> features = new HashMap<>();
        features.put("http://apache.org/xml/features/disallow-doctype-decl", Boolean.TRUE);
        features.put("http://xml.org/sax/features/external-general-entities", Boolean.FALSE);
        features.put("http://xml.org/sax/features/external-parameter-entities", Boolean.FALSE);
        features.put("http://apache.org/xml/features/nonvalidating/load-external-dtd", Boolean.FALSE);
        features.put(XMLConstants.FEATURE_SECURE_PROCESSING, Boolean.TRUE);
        options.put(XMLResource.OPTION_PARSER_FEATURES, features);
        Map<String, Object> properties = new HashMap<>();
        properties.put(JDK_LIMITS + "maxElementDepth", String.valueOf(MAX_DEPTH));
        properties.put(JDK_LIMITS + "elementAttributeLimit", String.valueOf(MAX_ATTRIBUTES));
        properties.put(JDK_LIMITS + "maxXMLNameLimit", String.valueOf(MAX_NAME_LENGTH));
        options.put(XMLResource.OPTION_PARSER_PROPERTIES, properties);
        return options;
    }

    /** A loader that refuses references into other files instead of creating proxies for them. */
    @Override
    protected XMLLoad createXMLLoad() {
        return new SingleFileLoad(createXMLHelper());
    }

    @Override
    protected boolean useUUIDs() {
        return false;
    }
}
