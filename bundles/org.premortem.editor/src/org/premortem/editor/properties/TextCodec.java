/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.editor.properties;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.osgi.util.NLS;

/** How a text field shows a property's value and reads it back: text as it is, numbers, or a list one per line. */
interface TextCodec {

    String toText(Object value);

    /** The value for what was typed; an exception whose message says what is wrong when it is not one. */
    Object fromText(String text);

    static TextCodec of(EAttribute attribute) {
        EDataType type = attribute.getEAttributeType();
        if (attribute.isMany()) {
            return new TextCodec() {
                @Override
                public String toText(Object value) {
                    return value instanceof Collection<?> lines
                            ? lines.stream().map(String::valueOf).collect(Collectors.joining("\n")) : "";
                }

                @Override
                public Object fromText(String text) {
                    List<String> lines = new ArrayList<>();
                    text.lines().map(String::strip).filter(line -> !line.isEmpty()).forEach(lines::add);
                    return lines;
                }
            };
        }
        if (type.getInstanceClass() == String.class) {
            return new TextCodec() {
                @Override
                public String toText(Object value) {
                    return value == null ? "" : value.toString();
                }

                @Override
                public Object fromText(String text) {
                    return text.isEmpty() ? null : text;
                }
            };
        }
        return new TextCodec() {
            @Override
            public String toText(Object value) {
                return value == null ? "" : EcoreUtil.convertToString(type, value);
            }

            @Override
            public Object fromText(String text) {
                try {
                    return EcoreUtil.createFromString(type, text.strip());
                } catch (RuntimeException e) {
                    throw new IllegalArgumentException(NLS.bind(Messages.Properties_badValue, text.strip()), e);
                }
            }
        };
    }
}
