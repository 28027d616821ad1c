/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.core.compare;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.EStructuralFeature;

/**
 * An analysis as a readable outline, one element a line by display id and kind, each feature on its own line below
 * it, references by display id, contained elements indented under their container in file order. Meant for
 * {@code git diff} (textconv): a changed attribute is one changed line, and a reviewer reads ids, not XMI.
 */
public final class OutlineText {

    private static final String INDENT = "  ";

    private final ModelSnapshot snapshot;
    private final StringBuilder text = new StringBuilder();

    private OutlineText(ModelSnapshot snapshot) {
        this.snapshot = snapshot;
    }

    public static String of(ModelSnapshot snapshot) {
        Objects.requireNonNull(snapshot, "snapshot");
        OutlineText outline = new OutlineText(snapshot);
        outline.element(snapshot.rootId(), 0);
        return outline.text.toString();
    }

    private void element(String id, int depth) {
        ElementState element = snapshot.get(id).orElseThrow();
        String indent = INDENT.repeat(depth);
        text.append(indent).append(element.displayId().isEmpty() ? element.kind() : element.displayId() + " "
                + element.kind()).append(" [").append(id).append("]\n");
        List<EStructuralFeature> features = SnapshotFeatures.eClass(element.kind()).getEAllStructuralFeatures();
        for (EStructuralFeature feature : features) {
            String name = feature.getName();
            if (name.equals("displayId")) {
                continue;
            }
            if (element.attributes().containsKey(name)) {
                line(indent, name, element.attribute(name).stream().map(OutlineText::oneLine)
                        .collect(Collectors.joining(" | ")));
            } else if (element.references().containsKey(name)) {
                line(indent, name, element.reference(name).stream().map(snapshot::shortName)
                        .collect(Collectors.joining(", ")));
            } else if (element.parts().containsKey(name)) {
                for (Part part : element.part(name)) {
                    line(indent, name, partText(part));
                }
            }
        }
        for (EStructuralFeature feature : features) {
            for (String child : element.childIds(feature.getName())) {
                element(child, depth + 1);
            }
        }
    }

    private void line(String indent, String name, String value) {
        text.append(indent).append(INDENT).append(name).append(": ").append(value).append('\n');
    }

    private String partText(Part part) {
        return part.kind() + part.features().entrySet().stream().sorted(java.util.Map.Entry.comparingByKey())
                .map(entry -> entry.getKey() + "=" + entry.getValue().stream()
                        .map(value -> snapshot.contains(value) ? snapshot.shortName(value) : oneLine(value))
                        .collect(Collectors.joining(" ")))
                .collect(Collectors.joining(", ", "(", ")"));
    }

    private static String oneLine(String value) {
        return value.replace("\\", "\\\\").replace("\r", "\\r").replace("\n", "\\n");
    }
}
