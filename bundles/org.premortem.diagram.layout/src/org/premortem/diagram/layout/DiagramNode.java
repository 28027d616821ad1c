/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.diagram.layout;

import java.util.List;
import java.util.Optional;

import org.premortem.model.stpa.Component;

/**
 * A laid-out component. {@code bounds} covers the whole shape, including the boxes stacked behind a replicated
 * component; {@code front} is the box the name is drawn in. {@code stacked} boxes lie behind the front box, back first.
 * A component with children is a container: its label sits at the top of the front box and its children inside it.
 */
public record DiagramNode(Component component, Optional<Component> parent, Box bounds, Box front, List<Box> stacked,
        DiagramLabel label, Optional<String> caption, boolean container) {

    public DiagramNode {
        stacked = List.copyOf(stacked);
    }
}
