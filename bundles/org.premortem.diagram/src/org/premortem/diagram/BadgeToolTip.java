/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.diagram;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.eclipse.jface.window.DefaultToolTip;
import org.eclipse.jface.window.ToolTip;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Event;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PlatformUI;
import org.premortem.model.stpa.IdentifiedElement;

/** The tool tip of a validation badge: the messages of the findings on its element, as the Problems view has them. */
final class BadgeToolTip extends DefaultToolTip {

    private final DiagramPage page;

    BadgeToolTip(DiagramPage page, Canvas canvas) {
        super(canvas, ToolTip.RECREATE, false);
        this.page = page;
        setPopupDelay(300);
        setShift(new org.eclipse.swt.graphics.Point(12, 12));
    }

    private Optional<IdentifiedElement> badgeAt(Event event) {
        double zoom = page.zoom();
        Map<IdentifiedElement, List<DiagramFinding>> findings = page.findings();
        return Badges.at(Badges.of(page.layout(), findings), event.x / zoom, event.y / zoom)
                .filter(element -> Badges.worst(findings.get(element)) >= 1);
    }

    @Override
    protected Object getToolTipArea(Event event) {
        return badgeAt(event).orElse(null);
    }

    @Override
    protected boolean shouldCreateToolTip(Event event) {
        return super.shouldCreateToolTip(event) && badgeAt(event).isPresent();
    }

    @Override
    protected String getText(Event event) {
        return badgeAt(event).map(element -> page.findings().get(element).stream().map(DiagramFinding::message)
                .collect(Collectors.joining("\n"))).orElse("");
    }

    @Override
    protected Image getImage(Event event) {
        int worst = badgeAt(event).map(element -> Badges.worst(page.findings().get(element))).orElse(0);
        return PlatformUI.getWorkbench().getSharedImages().getImage(worst >= 2 ? ISharedImages.IMG_OBJS_ERROR_TSK
                : ISharedImages.IMG_OBJS_WARN_TSK);
    }
}
