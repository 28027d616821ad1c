/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.core.tests.fuzz;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.StringTokenizer;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.premortem.model.stpa.Analysis;
import org.premortem.model.stpa.IdentifiedElement;
import org.premortem.model.stpa.StpaPackage;
import org.w3c.dom.Attr;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;

/**
 * The fuzz oracle's own account of an accepted file, independent of the loader: the file read again as a DOM, and
 * every element and attribute of it found in the analysis loaded from it — each element an element of the model in
 * its place and order, or a value; each attribute a value equal to the model's, or references naming exactly the
 * model's targets, all inside the analysis — and nothing in the model the file does not give. What is not accounted
 * for is said with its path in the file ({@code /Analysis/hazards[2]/@losses}).
 */
final class FileAccount {

    private static final String XSI = "http://www.w3.org/2001/XMLSchema-instance";
    private static final String XMI = "http://www.omg.org/XMI";
    private static final String XMLNS = XMLConstants.XMLNS_ATTRIBUTE_NS_URI;

    private final Analysis analysis;

    private FileAccount(Analysis analysis) {
        this.analysis = analysis;
    }

    /** Empty when every element and attribute of {@code bytes} is in {@code analysis}, else the first that is not. */
    static Optional<String> check(byte[] bytes, Analysis analysis) {
        Element root;
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setCoalescing(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            root = factory.newDocumentBuilder().parse(new ByteArrayInputStream(bytes)).getDocumentElement();
        } catch (Exception e) {
            return Optional.of("the accepted file does not parse as XML: " + e.getMessage());
        }
        return new FileAccount(analysis).element(root, analysis, null, "/Analysis");
    }

    /** An element of the model: its type, attributes, children, and nothing more in the model. */
    private Optional<String> element(Element element, EObject object, EReference containment, String path) {
        int[] given = new int[object.eClass().getFeatureCount()];
        Optional<String> problem = type(element, object, containment, path);
        if (problem.isEmpty() && object instanceof IdentifiedElement identified
                && (identified.getId() == null || identified.getId().isEmpty())) {
            problem = Optional.of(path + ": an element without a permanent id was accepted");
        }
        NamedNodeMap attributes = element.getAttributes();
        for (int i = 0; i < attributes.getLength() && problem.isEmpty(); i++) {
            problem = attribute((Attr) attributes.item(i), object, given, path, containment == null);
        }
        List<Node> children = children(element);
        for (int i = 0; i < children.size() && problem.isEmpty(); i++) {
            problem = child(children.get(i), object, given, path + "/" + children.get(i).getNodeName() + "[" + i + "]");
        }
        return problem.isPresent() ? problem : unaccounted(object, given, path);
    }

    private static Optional<String> type(Element element, EObject object, EReference containment, String path) {
        String type = element.getAttributeNodeNS(XSI, "type") == null ? null : element.getAttributeNS(XSI, "type");
        if (type == null) {
            return containment == null || object.eClass() == containment.getEReferenceType() ? Optional.empty()
                    : Optional.of(path + ": loaded as " + object.eClass().getName() + ", the file gives no type");
        }
        int colon = type.indexOf(':');
        String namespace = element.lookupNamespaceURI(colon < 0 ? null : type.substring(0, colon));
        return StpaPackage.eNS_URI.equals(namespace) && object.eClass().getName().equals(type.substring(colon + 1))
                ? Optional.empty()
                : Optional.of(path + ": xsi:type " + type + " loaded as " + object.eClass().getName());
    }

    private Optional<String> attribute(Attr attribute, EObject object, int[] given, String path, boolean isRoot) {
        String namespace = attribute.getNamespaceURI();
        String at = path + "/@" + attribute.getName();
        if (XMLNS.equals(namespace) || XSI.equals(namespace) && "type".equals(attribute.getLocalName())
                || isRoot && XMI.equals(namespace) && "version".equals(attribute.getLocalName())) {
            return Optional.empty();
        }
        EStructuralFeature feature = namespace == null ? feature(object, attribute.getLocalName()) : null;
        if (feature == null) {
            return Optional.of(at + ": accepted, but no feature of " + object.eClass().getName() + " holds it");
        }
        given[object.eClass().getFeatureID(feature)]++;
        String value = attribute.getValue();
        if (feature instanceof EAttribute single && !single.isMany()) {
            return holds(object.eGet(single), single, value) ? Optional.empty()
                    : Optional.of(at + ": '" + value + "' loaded as '" + object.eGet(single) + "'");
        }
        if (feature instanceof EReference reference && !reference.isContainment()) {
            return references(object, reference, value, at);
        }
        return Optional.of(at + ": accepted, but " + feature.getName() + " is not held in an attribute");
    }

    /** The ids name the reference's targets, all of them, in order, each inside the analysis. */
    private Optional<String> references(EObject object, EReference reference, String value, String at) {
        List<?> targets = reference.isMany() ? (List<?>) object.eGet(reference)
                : object.eGet(reference) == null ? List.of() : List.of(object.eGet(reference));
        List<String> ids = new ArrayList<>();
        for (StringTokenizer tokens = new StringTokenizer(value); tokens.hasMoreTokens();) {
            String token = tokens.nextToken();
            ids.add(token.startsWith("#") ? token.substring(1) : token);
        }
        List<String> loaded = new ArrayList<>();
        for (Object target : targets) {
            if (!(target instanceof IdentifiedElement element) || !EcoreUtil.isAncestor(analysis, element)) {
                return Optional.of(at + ": refers to an element outside the analysis");
            }
            loaded.add(element.getId());
        }
        return ids.equals(loaded) ? Optional.empty() : Optional.of(at + ": " + ids + " loaded as " + loaded);
    }

    private Optional<String> child(Node node, EObject object, int[] given, String path) {
        if (node.getNodeType() == Node.TEXT_NODE || node.getNodeType() == Node.CDATA_SECTION_NODE) {
            return node.getNodeValue().isBlank() ? Optional.empty()
                    : Optional.of(path + ": text between elements was accepted and dropped");
        }
        if (node.getNodeType() != Node.ELEMENT_NODE) {
            return Optional.empty(); // comments and processing instructions are not content
        }
        Element element = (Element) node;
        String namespace = element.getNamespaceURI();
        EStructuralFeature feature = namespace == null || StpaPackage.eNS_URI.equals(namespace)
                && element.getPrefix() == null ? feature(object, element.getLocalName()) : null;
        if (feature == null) {
            return Optional.of(path + ": accepted, but no feature of " + object.eClass().getName() + " holds it");
        }
        int index = given[object.eClass().getFeatureID(feature)]++;
        if (feature instanceof EReference reference && reference.isContainment()) {
            List<?> elements = (List<?>) object.eGet(reference);
            return index < elements.size() ? element(element, (EObject) elements.get(index), reference, path)
                    : Optional.of(path + ": not loaded");
        }
        if (feature instanceof EAttribute attribute && (attribute.isMany() || index == 0)) {
            return value(element, object, attribute, index, path);
        }
        return Optional.of(path + ": accepted, but " + feature.getName() + " does not hold it");
    }

    /**
     * An attribute's value written as an element: no attributes of its own, text only (comments and processing
     * instructions inside are not content: {@code no<?pi?>t} is the value {@code not}).
     */
    private static Optional<String> value(Element element, EObject object, EAttribute attribute, int index,
            String path) {
        NamedNodeMap attributes = element.getAttributes();
        for (int i = 0; i < attributes.getLength(); i++) {
            if (!XMLNS.equals(attributes.item(i).getNamespaceURI())) {
                return Optional.of(path + "/@" + attributes.item(i).getNodeName() + ": accepted and dropped");
            }
        }
        if (children(element).stream().anyMatch(n -> n.getNodeType() == Node.ELEMENT_NODE)) {
            return Optional.of(path + ": a value with elements inside was accepted");
        }
        Object loaded = attribute.isMany() ? ((List<?>) object.eGet(attribute)).size() > index
                ? ((List<?>) object.eGet(attribute)).get(index) : null : object.eGet(attribute);
        return holds(loaded, attribute, element.getTextContent()) ? Optional.empty()
                : Optional.of(path + ": '" + element.getTextContent() + "' loaded as '" + loaded + "'");
    }

    /** Nothing in the model beyond what the file gave: list lengths match, set values were given. */
    private static Optional<String> unaccounted(EObject object, int[] given, String path) {
        List<EStructuralFeature> features = object.eClass().getEAllStructuralFeatures();
        for (EStructuralFeature feature : features) {
            if (feature.isTransient() || feature.isDerived()) {
                continue;
            }
            int count = given[object.eClass().getFeatureID(feature)];
            boolean listOfValues = feature.isMany()
                    && (feature instanceof EAttribute || ((EReference) feature).isContainment());
            if (listOfValues ? ((List<?>) object.eGet(feature)).size() != count
                    : count == 0 && object.eIsSet(feature)) {
                return Optional.of(path + ": " + feature.getName() + " holds what the file does not give");
            }
        }
        return Optional.empty();
    }

    private static boolean holds(Object loaded, EAttribute attribute, String text) {
        try {
            return Objects.equals(EcoreUtil.createFromString(attribute.getEAttributeType(), text), loaded);
        } catch (RuntimeException e) {
            return false;
        }
    }

    private static EStructuralFeature feature(EObject object, String name) {
        EStructuralFeature feature = object.eClass().getEStructuralFeature(name);
        return feature == null || feature.isTransient() || feature.isDerived() ? null : feature;
    }

    private static List<Node> children(Element element) {
        List<Node> children = new ArrayList<>();
        for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
            children.add(child);
        }
        return children;
    }
}
