/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.core.persistence;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.xmi.XMIResource;
import org.premortem.model.stpa.IdentifiedElement;
import org.premortem.model.stpa.StpaPackage;
import org.xml.sax.Attributes;

/**
 * Makes sure that nothing in a file is dropped as EMF reads it. EMF passes in silence over much it does not expect —
 * an element written where a reference is (it makes the element and holds it nowhere), a value given twice (the
 * second wins), text between elements, a list written as one attribute, namespaced attributes ({@code xsi:nil},
 * {@code xmi:id}, {@code xsi:schemaLocation}), ids that are paths or carry type names — and a file saved after such a
 * load has lost part of itself. Fed with the same parse events as EMF, this accepts only what EMF keeps whole: each
 * element an element of the model where the metamodel has room for one, or one value of an attribute; each attribute
 * a value, references by permanent ids, a namespace declaration, an {@code xsi:type} (not on the root, where EMF
 * ignores it), or the root's {@code xmi:version}. Each element of the model must carry its permanent id, well-formed
 * and used once. Anything else is reported where it is; what EMF reports itself (unknown names, values of the wrong
 * type, dangling references) is left to EMF. Comments and processing instructions are not content and are not kept.
 */
final class ContentCheck {

    private static final String ID = "id";
    private static final String HREF = "href";
    private static final String XMLNS = "xmlns";
    private static final String XSI = "http://www.w3.org/2001/XMLSchema-instance";
    private static final String XSI_PREFIX = "xsi";
    private static final String XSI_TYPE = "xsi:type";
    private static final String XMI_PREFIX = "xmi";
    private static final String XMI_VERSION = "xmi:version";
    private static final String XMI_VERSION_WRITTEN = "2.0";

    private enum Next {
        ELEMENT, VALUE, SKIPPED
    }

    private final Consumer<String> problems;
    private final UnaryOperator<String> namespaces;
    private final FileIds ids;
    private final Deque<OpenElement> open = new ArrayDeque<>();
    /** How deep inside an element whose content is not checked (reported, or refused by EMF); 0 when checking. */
    private int skipped;
    private Next next;
    /** Whether the file declares a default namespace anywhere so far; Premortem's files do not. */
    private boolean defaultNamespaceDeclared;

    /**
     * {@code problems} reports a problem at the parser's current place; {@code namespaces} gives the namespace a
     * prefix stands for there ({@code ""}: the default namespace), or {@code null}.
     */
    ContentCheck(int fileSize, Consumer<String> problems, UnaryOperator<String> namespaces) {
        this.problems = problems;
        this.namespaces = namespaces;
        this.ids = new FileIds(fileSize);
    }

    /** Before EMF reads a start tag: whether its name is one EMF keeps there. */
    void startTag(String name, Attributes attributes, int line) {
        if (skipped > 0) {
            skipped++;
            ids.note(attributes.getValue(ID), line);
            next = Next.SKIPPED;
            return;
        }
        OpenElement parent = open.peek();
        next = parent == null ? Next.ELEMENT : childOf(parent, name, attributes);
        if (next == Next.SKIPPED) {
            skipped = 1;
            ids.note(attributes.getValue(ID), line);
        }
    }

    /** EMF has met a declaration of the default namespace. */
    void defaultNamespaceDeclared() {
        defaultNamespaceDeclared = true;
    }

    /** After EMF has read the start tag; {@code created}: the element of the model EMF made of it, if any. */
    void started(EObject created, String name, Attributes attributes, int line) {
        if (next != Next.SKIPPED && defaultNamespaceDeclared && !open.isEmpty() && !isInPremortemNamespace()) {
            report(open.peek(), Messages.get("load.unknownFeature", XmlMessages.quote(name)));
            skipped = 1;
        } else if (next == Next.VALUE) {
            open.push(OpenElement.ofValue(open.peek().object, name));
        } else if (next == Next.ELEMENT) {
            if (created == null) {
                skipped = 1; // EMF has reported why it made nothing of it
            } else {
                open.push(OpenElement.ofElement(created, name));
                attributes(open.peek(), attributes, line, open.size() == 1);
            }
        }
    }

    /** Text, which is kept only inside a value. */
    void text(char[] characters, int start, int length) {
        OpenElement element = open.peek();
        if (skipped > 0 || element == null || element.isValue || element.damaged
                || isWhiteSpace(characters, start, length)) {
            return;
        }
        report(element, Messages.get("load.textOutside", XmlMessages.quote(new String(characters, start, length)
                .strip()), element.name));
    }

    void endTag() {
        if (skipped > 0) {
            skipped--;
        } else if (!open.isEmpty()) {
            open.pop();
        }
    }

    /** What a child element of {@code parent} is: an element of the model, a value, or something EMF would lose. */
    private Next childOf(OpenElement parent, String name, Attributes attributes) {
        if (parent.isValue) {
            return Next.SKIPPED; // EMF refuses elements inside a value
        }
        if (name.indexOf(':') >= 0) {
            report(parent, Messages.get("load.unknownFeature", XmlMessages.quote(name)));
            return Next.SKIPPED;
        }
        EStructuralFeature feature = storedFeature(parent.type, name);
        if (feature == null) {
            return Next.SKIPPED; // EMF reports the unknown name
        }
        int before = parent.give(feature);
        if (feature instanceof EReference reference && !reference.isContainment()) {
            if (attributes.getValue(HREF) == null) { // with one, a reference in XMI's element form, refused as a proxy
                report(parent, Messages.get("load.elementInReference", name, parent.name,
                        ElementMentions.of(parent.object)));
            }
            return Next.SKIPPED;
        }
        if (feature instanceof EAttribute) {
            if (!feature.isMany() && before > 0) {
                report(parent, Messages.get("load.givenTwice", name, ElementMentions.of(parent.object)));
                return Next.SKIPPED;
            }
            for (int i = 0; i < attributes.getLength(); i++) {
                if (!isNamespaceDeclaration(attributes.getQName(i))) {
                    report(parent, Messages.get("load.unknownFeature", XmlMessages.quote(attributes.getQName(i))));
                    return Next.SKIPPED;
                }
            }
            return Next.VALUE;
        }
        return Next.ELEMENT;
    }

    /** The attributes of an element of the model, and its permanent id. */
    private void attributes(OpenElement element, Attributes attributes, int line, boolean isRoot) {
        String id = null;
        for (int i = 0; i < attributes.getLength(); i++) {
            String name = attributes.getQName(i);
            if (isNamespaceDeclaration(name)) {
                continue;
            }
            String value = attributes.getValue(i);
            if (!isRoot && XSI_TYPE.equals(name) && XSI.equals(namespaces.apply(XSI_PREFIX))) {
                if (!namesTypeOf(value, element.object)) {
                    report(element, Messages.get("load.typeNotKept", XmlMessages.quote(value),
                            element.object.eClass().getName()));
                }
            } else if (isRoot && XMI_VERSION.equals(name) && XMIResource.XMI_URI.equals(namespaces.apply(XMI_PREFIX))) {
                if (!XMI_VERSION_WRITTEN.equals(value)) {
                    report(element, Messages.get("load.xmiVersion", XmlMessages.quote(value)));
                }
            } else if (name.indexOf(':') >= 0) {
                report(element, Messages.get("load.unknownFeature", XmlMessages.quote(name)));
            } else {
                EStructuralFeature feature = storedFeature(element.type, name);
                if (feature != null) {
                    element.give(feature);
                    attribute(element, feature, value);
                }
                id = ID.equals(name) ? value : id;
            }
        }
        if (element.object instanceof IdentifiedElement identified) {
            ids.problemOf(identified, id, line).ifPresent(message -> report(element, message));
        }
    }

    private void attribute(OpenElement element, EStructuralFeature feature, String value) {
        if (feature instanceof EAttribute) {
            if (feature.isMany()) {
                report(element, Messages.get("load.listAsAttribute", feature.getName(),
                        ElementMentions.of(element.object)));
            }
        } else if (((EReference) feature).isContainment()) {
            report(element, Messages.get("load.containmentAsReference", feature.getName(),
                    ElementMentions.of(element.object)));
        } else {
            references(element, (EReference) feature, value);
        }
    }

    /**
     * References are permanent ids separated by white space (a leading {@code #} allowed). EMF reads other tokens
     * its own way, and saving would not give them back: a path ({@code //@losses.0}) is written as an id, a type name
     * ({@code stpa:Loss}) is dropped, and of several ids for a single reference only the last is kept. Tokens with a
     * {@code #} inside point into other files, which EMF reports. Tokens are split as EMF splits them.
     */
    private void references(OpenElement element, EReference reference, String value) {
        int count = 0;
        int start = -1;
        boolean wellFormed = true;
        boolean otherFile = false;
        for (int i = 0, length = value.length(); i <= length; i++) {
            char c = i < length ? value.charAt(i) : ' ';
            if (isTokenSeparator(c)) {
                if (start >= 0 && !otherFile && (!wellFormed || i == start + 1 && value.charAt(start) == '#')) {
                    report(element, Messages.get("load.notAnId", reference.getName(),
                            ElementMentions.of(element.object), XmlMessages.quote(value.substring(start, i))));
                    return;
                }
                start = -1;
            } else if (start < 0) {
                start = i;
                count++;
                wellFormed = c == '#' || PermanentIds.isIdCharacter(c);
                otherFile = false;
            } else if (c == '#') {
                otherFile = true; // a reference into another file, which EMF reports
            } else if (!PermanentIds.isIdCharacter(c)) {
                wellFormed = false;
            }
        }
        if (!reference.isMany() && count > 1) {
            report(element, Messages.get("load.oneReference", reference.getName(), ElementMentions.of(element.object),
                    count));
        }
    }

    /** What {@link java.util.StringTokenizer}, which EMF splits references with, separates tokens by. */
    private static boolean isTokenSeparator(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
    }

    /** A feature that files hold; the derived label, for one, is not (EMF refuses it). */
    private static EStructuralFeature storedFeature(EClass type, String name) {
        EStructuralFeature feature = type.getEStructuralFeature(name);
        return feature == null || feature.isTransient() || feature.isDerived() || !feature.isChangeable() ? null
                : feature;
    }

    /**
     * Whether an {@code xsi:type} names the type EMF made the element of. EMF falls back to the reference's own type
     * when the type's namespace is not one it knows ({@code evil:Loss}), dropping the type the file gives.
     */
    private boolean namesTypeOf(String type, EObject object) {
        if (object.eClass().getEPackage() != StpaPackage.eINSTANCE) {
            return true; // a type of another package: EMF reports that it is the wrong kind of element
        }
        int colon = type.indexOf(':');
        return StpaPackage.eNS_URI.equals(namespaces.apply(colon < 0 ? "" : type.substring(0, colon)))
                && object.eClass().getName().equals(type.substring(colon + 1));
    }

    private static boolean isNamespaceDeclaration(String name) {
        return name.equals(XMLNS) || name.startsWith("xmlns:");
    }

    /**
     * Whether an unprefixed element name means the element of the model it names, as EMF takes it whatever the
     * namespace: there is no default namespace, or it is Premortem's.
     */
    private boolean isInPremortemNamespace() {
        String namespace = namespaces.apply("");
        return namespace == null || namespace.isEmpty() || StpaPackage.eNS_URI.equals(namespace);
    }

    private static boolean isWhiteSpace(char[] characters, int start, int length) {
        for (int i = start; i < start + length; i++) {
            char c = characters[i];
            if (c != ' ' && c != '\n' && c != '\t' && c != '\r') {
                return false;
            }
        }
        return true;
    }

    private void report(OpenElement element, String message) {
        element.damaged = true;
        problems.accept(message);
    }
}
