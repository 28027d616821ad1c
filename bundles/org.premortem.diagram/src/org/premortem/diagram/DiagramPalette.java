/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.diagram;

import java.io.IOException;
import java.nio.file.Path;

import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.resource.LocalResourceManager;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.ToolBar;
import org.eclipse.swt.widgets.ToolItem;

/**
 * The diagram's tools: the palette right of the drawing (select; the component kinds; the connection kinds), each
 * with its icon, name and a tool tip saying what it makes and how, and the commands above the drawing (lay out,
 * zoom, export).
 */
final class DiagramPalette {

    private static final double ZOOM_STEP = 1.25;

    private final ToolBar palette;
    private final LocalResourceManager images = new LocalResourceManager(JFaceResources.getResources());

    DiagramPalette(Composite header, Composite body, DiagramPage page) {
        ToolBar commands = new ToolBar(header, SWT.FLAT | SWT.RIGHT);
        commands.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        ToolItem layout = button(commands, Messages.Tool_layout, Messages.Tip_layout, page::layOut);
        layout.setImage(images.create(icon("icons/layout.png")));
        new ToolItem(commands, SWT.SEPARATOR);
        button(commands, "+", Messages.Tool_zoomIn, () -> page.setZoom(page.zoom() * ZOOM_STEP));
        button(commands, "\u2212", Messages.Tool_zoomOut, () -> page.setZoom(page.zoom() / ZOOM_STEP));
        button(commands, "\u2922", Messages.Tool_zoomFit, page::zoomToFit);
        new ToolItem(commands, SWT.SEPARATOR);
        button(commands, "SVG", Messages.Tool_exportSvg, () -> export(commands, page, "svg"));
        button(commands, "PNG", Messages.Tool_exportPng, () -> export(commands, page, "png"));

        palette = new ToolBar(body, SWT.FLAT | SWT.VERTICAL | SWT.RIGHT);
        palette.setLayoutData(new GridData(SWT.FILL, SWT.TOP, false, true));
        for (Tool tool : Tool.values()) {
            if (tool == Tool.CONTROLLER || tool == Tool.CONTROL_ACTION) {
                new ToolItem(palette, SWT.SEPARATOR);
            }
            ToolItem item = new ToolItem(palette, SWT.RADIO);
            item.setText(tool.label());
            item.setToolTipText(tool.tip());
            item.setImage(images.create(icon(tool)));
            item.setSelection(tool == Tool.SELECT);
            item.setData(tool);
            item.addListener(SWT.Selection, event -> {
                if (item.getSelection() && page.tool() != tool) {
                    page.setTool(tool);
                }
            });
        }
    }

    /** The icon of a tool. */
    static ImageDescriptor icon(Tool tool) {
        return icon(tool.icon());
    }

    private static ImageDescriptor icon(String path) {
        return ImageDescriptor.createFromURL(DiagramPalette.class.getResource("/" + path));
    }

    /** Shows {@code tool} as the chosen one (when the page changes the tool, e.g. back to select after creating). */
    void show(Tool tool) {
        for (ToolItem item : palette.getItems()) {
            if (item.getData() instanceof Tool shown) {
                item.setSelection(shown == tool);
            }
        }
    }

    void dispose() {
        images.dispose();
    }

    private static ToolItem button(ToolBar bar, String text, String tooltip, Runnable action) {
        ToolItem item = new ToolItem(bar, SWT.PUSH);
        item.setText(text);
        item.setToolTipText(tooltip);
        item.addListener(SWT.Selection, event -> action.run());
        return item;
    }

    private static void export(ToolBar bar, DiagramPage page, String extension) {
        FileDialog dialog = new FileDialog(bar.getShell(), SWT.SAVE);
        dialog.setFilterExtensions(new String[] { "*." + extension });
        dialog.setOverwrite(true);
        dialog.setFileName(page.structure().map(s -> s.getDisplayId() == null ? "diagram" : s.getDisplayId())
                .orElse("diagram") + "." + extension);
        String chosen = dialog.open();
        if (chosen == null) {
            return;
        }
        try {
            if (extension.equals("svg")) {
                page.exportSvg(Path.of(chosen));
            } else {
                page.exportPng(Path.of(chosen));
            }
        } catch (IOException | RuntimeException e) {
            MessageDialog.openError(bar.getShell(), Messages.Export_failed, e.getMessage());
        }
    }
}
