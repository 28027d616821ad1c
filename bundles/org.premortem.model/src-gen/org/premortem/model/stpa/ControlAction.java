/**
 * Premortem contributors — EPL-2.0
 */
package org.premortem.model.stpa;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Control Action</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A control action is a command a controller provides to the component it controls (drawn downward in the control structure).
 * <!-- end-model-doc -->
 *
 *
 * @see org.premortem.model.stpa.StpaPackage#getControlAction()
 * @model
 * @generated
 */
public interface ControlAction extends Connection {
} // ControlAction
