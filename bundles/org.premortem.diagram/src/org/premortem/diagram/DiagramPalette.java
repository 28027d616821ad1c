/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.diagram;

import java.io.IOException;
import java.nio.file.Path;

import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.ToolBar;
import org.eclipse.swt.widgets.ToolItem;

/**
 * The diagram's palette and commands, one tool bar: select; create controller, human controller, controlled
 * process, actuator, sensor; connect with a control action or feedback; lay out; zoom; export.
 */
final class DiagramPalette {

    private static final double ZOOM_STEP = 1.25;

    private final ToolBar bar;

    DiagramPalette(Composite parent, DiagramPage page) {
        bar = new ToolBar(parent, SWT.FLAT | SWT.WRAP | SWT.RIGHT);
        for (Tool tool : Tool.values()) {
            ToolItem item = new ToolItem(bar, SWT.RADIO);
            item.setText(shortLabel(tool));
            item.setToolTipText(tool.label());
            item.setSelection(tool == Tool.SELECT);
            item.setData(tool);
            item.addListener(SWT.Selection, event -> {
                if (item.getSelection()) {
                    page.setTool(tool);
                }
            });
        }
        new ToolItem(bar, SWT.SEPARATOR);
        button(bar, "\u2316", Messages.Tool_layout, page::layOut);
        button(bar, "+", Messages.Tool_zoomIn, () -> page.setZoom(page.zoom() * ZOOM_STEP));
        button(bar, "\u2212", Messages.Tool_zoomOut, () -> page.setZoom(page.zoom() / ZOOM_STEP));
        button(bar, "\u2922", Messages.Tool_zoomFit, page::zoomToFit);
        new ToolItem(bar, SWT.SEPARATOR);
        button(bar, "SVG", Messages.Tool_exportSvg, () -> export(bar, page, "svg"));
        button(bar, "PNG", Messages.Tool_exportPng, () -> export(bar, page, "png"));
    }

    ToolBar control() {
        return bar;
    }

    private static String shortLabel(Tool tool) {
        return switch (tool) {
            case SELECT -> "\u2196";
            case CONTROLLER -> "Controller";
            case HUMAN_CONTROLLER -> "Human";
            case CONTROLLED_PROCESS -> "Process";
            case ACTUATOR -> "Actuator";
            case SENSOR -> "Sensor";
            case CONTROL_ACTION -> "\u2193 Control action";
            case FEEDBACK -> "\u2191 Feedback";
        };
    }

    private static void button(ToolBar bar, String text, String tooltip, Runnable action) {
        ToolItem item = new ToolItem(bar, SWT.PUSH);
        item.setText(text);
        item.setToolTipText(tooltip);
        item.addListener(SWT.Selection, event -> action.run());
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
