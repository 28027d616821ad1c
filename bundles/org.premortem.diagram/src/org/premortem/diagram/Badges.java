/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.diagram;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.premortem.diagram.layout.Box;
import org.premortem.diagram.layout.DiagramEdge;
import org.premortem.diagram.layout.DiagramLayout;
import org.premortem.diagram.layout.DiagramNode;
import org.premortem.model.stpa.IdentifiedElement;

/**
 * Where the validation badges of a drawn diagram are: at the top right corner of a box, right of a connection's
 * label (or beside its route's middle when it has none). In diagram coordinates.
 */
final class Badges {

    static final double SIZE = 14;

    private Badges() {
    }

    /** The badge of each element that has findings. */
    static Map<IdentifiedElement, Box> of(DiagramLayout layout, Map<IdentifiedElement, List<DiagramFinding>> findings) {
        Map<IdentifiedElement, Box> badges = new LinkedHashMap<>();
        for (DiagramNode node : layout.nodes()) {
            if (findings.containsKey(node.component())) {
                Box front = node.front();
                badges.put(node.component(), new Box(front.right() - 8, front.y() - 6, SIZE, SIZE));
            }
        }
        for (DiagramEdge edge : layout.edges()) {
            if (findings.containsKey(edge.connection()) && !edge.route().isEmpty()) {
                Box badge = edge.label().map(label -> new Box(label.bounds().right() + 2, label.bounds().y() - 4, SIZE,
                        SIZE)).orElseGet(() -> {
                            var middle = edge.route().get(edge.route().size() / 2);
                            return new Box(middle.x() + 4, middle.y() - SIZE / 2, SIZE, SIZE);
                        });
                badges.put(edge.connection(), badge);
            }
        }
        return badges;
    }

    /** The element whose badge lies under the point. */
    static Optional<IdentifiedElement> at(Map<IdentifiedElement, Box> badges, double x, double y) {
        IdentifiedElement found = null;
        for (Map.Entry<IdentifiedElement, Box> badge : badges.entrySet()) {
            Box box = badge.getValue();
            if (x >= box.x() && x <= box.right() && y >= box.y() && y <= box.bottom()) {
                found = badge.getKey();
            }
        }
        return Optional.ofNullable(found);
    }

    /** The worst severity of the findings (IMarker.SEVERITY_*). */
    static int worst(List<DiagramFinding> findings) {
        return findings.stream().mapToInt(DiagramFinding::severity).max().orElse(0);
    }
}
