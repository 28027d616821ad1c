/**
 * Premortem contributors — EPL-2.0
 */
package org.premortem.model.stpa;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Input Output</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * An input or output that is neither a control action nor feedback, typically crossing the system boundary (one end may be empty).
 * <!-- end-model-doc -->
 *
 *
 * @see org.premortem.model.stpa.StpaPackage#getInputOutput()
 * @model
 * @generated
 */
public interface InputOutput extends Connection {
} // InputOutput
