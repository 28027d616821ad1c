/**
 * Premortem contributors — EPL-2.0
 */
package org.premortem.model.stpa;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Context Table</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A context table enumerates the combinations of process model variable values for a control action and marks in which contexts providing or not providing it is hazardous.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.premortem.model.stpa.ContextTable#getControlAction <em>Control Action</em>}</li>
 *   <li>{@link org.premortem.model.stpa.ContextTable#getVariables <em>Variables</em>}</li>
 *   <li>{@link org.premortem.model.stpa.ContextTable#getRows <em>Rows</em>}</li>
 * </ul>
 *
 * @see org.premortem.model.stpa.StpaPackage#getContextTable()
 * @model
 * @generated
 */
public interface ContextTable extends IdentifiedElement {
	/**
	 * Returns the value of the '<em><b>Control Action</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Control Action</em>' reference.
	 * @see #setControlAction(ControlAction)
	 * @see org.premortem.model.stpa.StpaPackage#getContextTable_ControlAction()
	 * @model
	 * @generated
	 */
	ControlAction getControlAction();

	/**
	 * Sets the value of the '{@link org.premortem.model.stpa.ContextTable#getControlAction <em>Control Action</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Control Action</em>' reference.
	 * @see #getControlAction()
	 * @generated
	 */
	void setControlAction(ControlAction value);

	/**
	 * Returns the value of the '<em><b>Variables</b></em>' reference list.
	 * The list contents are of type {@link org.premortem.model.stpa.ProcessModelVariable}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The process model variables whose values make up the columns of the table, in column order.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Variables</em>' reference list.
	 * @see org.premortem.model.stpa.StpaPackage#getContextTable_Variables()
	 * @model
	 * @generated
	 */
	EList<ProcessModelVariable> getVariables();

	/**
	 * Returns the value of the '<em><b>Rows</b></em>' containment reference list.
	 * The list contents are of type {@link org.premortem.model.stpa.ContextTableRow}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Rows</em>' containment reference list.
	 * @see org.premortem.model.stpa.StpaPackage#getContextTable_Rows()
	 * @model containment="true"
	 * @generated
	 */
	EList<ContextTableRow> getRows();

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @model
	 * @generated
	 */
	String labelText();

} // ContextTable
