/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.validation.structure;


import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;
import org.premortem.core.validation.AnalysisIndex;
import org.premortem.core.validation.RuleContext;
import org.premortem.core.validation.Severity;
import org.premortem.model.stpa.Component;
import org.premortem.model.stpa.IdentifiedElement;

/** A component with no connection at all (neither it nor anything nested in it): it controls and tells nothing. */
public final class IsolatedComponentRule extends StructureRule {

    public IsolatedComponentRule() {
        super("structure.isolated-component", Severity.WARNING, STPA.getComponent());
    }

    @Override
    public void check(IdentifiedElement element, RuleContext context) {
        Component component = (Component) element;
        if (component.eContainer() instanceof Component) {
            return; // a nested component is part of its parent; the parent is checked
        }
        if (!isConnected(component, context.index())) {
            context.report(component, message("message", name(component)));
        }
    }

    private static boolean isConnected(Component component, AnalysisIndex index) {
        if (!index.incoming(component).isEmpty() || !index.outgoing(component).isEmpty()) {
            return true;
        }
        for (TreeIterator<EObject> it = component.eAllContents(); it.hasNext();) {
            if (it.next() instanceof Component child
                    && (!index.incoming(child).isEmpty() || !index.outgoing(child).isEmpty())) {
                return true;
            }
        }
        return false;
    }
}
