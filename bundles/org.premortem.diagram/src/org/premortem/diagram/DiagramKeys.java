/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.diagram;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.expressions.EvaluationResult;
import org.eclipse.core.expressions.Expression;
import org.eclipse.core.expressions.ExpressionInfo;
import org.eclipse.core.expressions.IEvaluationContext;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.ui.ISources;
import org.eclipse.ui.IWorkbenchCommandConstants;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerActivation;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.swt.IFocusService;

/**
 * The workbench's Edit > Delete (Delete key) and Rename (F2) act on the diagram while its canvas has the keyboard:
 * the editor's own Delete would delete a component but leave its connections and its box behind. The handlers are
 * active only while the canvas has the focus, so everywhere else the editor's keep working.
 */
final class DiagramKeys {

    private static final String FOCUS_ID = "org.premortem.diagram.canvas";

    private DiagramKeys() {
    }

    static void install(DiagramPage page, Canvas canvas) {
        if (!PlatformUI.isWorkbenchRunning()) {
            return;
        }
        IFocusService focus = PlatformUI.getWorkbench().getService(IFocusService.class);
        IHandlerService handlers = PlatformUI.getWorkbench().getService(IHandlerService.class);
        if (focus == null || handlers == null) {
            return;
        }
        focus.addFocusTracker(canvas, FOCUS_ID);
        Expression focused = new Expression() {
            @Override
            public EvaluationResult evaluate(IEvaluationContext context) {
                return EvaluationResult.valueOf(context.getVariable(ISources.ACTIVE_FOCUS_CONTROL_NAME) == canvas);
            }

            @Override
            public void collectExpressionInfo(ExpressionInfo info) {
                info.addVariableNameAccess(ISources.ACTIVE_FOCUS_CONTROL_NAME);
            }
        };
        List<IHandlerActivation> activations = new ArrayList<>();
        activations.add(handlers.activateHandler(IWorkbenchCommandConstants.EDIT_DELETE, handler(page::deleteSelection),
                focused));
        activations.add(handlers.activateHandler(IWorkbenchCommandConstants.FILE_RENAME,
                handler(page::renameSelection), focused));
        canvas.addDisposeListener(event -> {
            handlers.deactivateHandlers(activations);
            focus.removeFocusTracker(canvas);
        });
    }

    private static AbstractHandler handler(Runnable action) {
        return new AbstractHandler() {
            @Override
            public Object execute(ExecutionEvent event) {
                action.run();
                return null;
            }
        };
    }
}
