/**
 * Premortem contributors — EPL-2.0
 */
package org.premortem.model.stpa;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Context Table Row</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * One row of a context table: a combination of process model variable values and the unsafe control action types that are hazardous in that context.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.premortem.model.stpa.ContextTableRow#getValues <em>Values</em>}</li>
 *   <li>{@link org.premortem.model.stpa.ContextTableRow#getHazardousTypes <em>Hazardous Types</em>}</li>
 *   <li>{@link org.premortem.model.stpa.ContextTableRow#getHazards <em>Hazards</em>}</li>
 *   <li>{@link org.premortem.model.stpa.ContextTableRow#getRationale <em>Rationale</em>}</li>
 * </ul>
 *
 * @see org.premortem.model.stpa.StpaPackage#getContextTableRow()
 * @model
 * @generated
 */
public interface ContextTableRow extends IdentifiedElement {
	/**
	 * Returns the value of the '<em><b>Values</b></em>' containment reference list.
	 * The list contents are of type {@link org.premortem.model.stpa.VariableValue}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Values</em>' containment reference list.
	 * @see org.premortem.model.stpa.StpaPackage#getContextTableRow_Values()
	 * @model containment="true"
	 * @generated
	 */
	EList<VariableValue> getValues();

	/**
	 * Returns the value of the '<em><b>Hazardous Types</b></em>' attribute list.
	 * The list contents are of type {@link org.premortem.model.stpa.UcaType}.
	 * The literals are from the enumeration {@link org.premortem.model.stpa.UcaType}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Hazardous Types</em>' attribute list.
	 * @see org.premortem.model.stpa.UcaType
	 * @see org.premortem.model.stpa.StpaPackage#getContextTableRow_HazardousTypes()
	 * @model
	 * @generated
	 */
	EList<UcaType> getHazardousTypes();

	/**
	 * Returns the value of the '<em><b>Hazards</b></em>' reference list.
	 * The list contents are of type {@link org.premortem.model.stpa.Hazard}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Hazards</em>' reference list.
	 * @see org.premortem.model.stpa.StpaPackage#getContextTableRow_Hazards()
	 * @model
	 * @generated
	 */
	EList<Hazard> getHazards();

	/**
	 * Returns the value of the '<em><b>Rationale</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Rationale</em>' attribute.
	 * @see #setRationale(String)
	 * @see org.premortem.model.stpa.StpaPackage#getContextTableRow_Rationale()
	 * @model
	 * @generated
	 */
	String getRationale();

	/**
	 * Sets the value of the '{@link org.premortem.model.stpa.ContextTableRow#getRationale <em>Rationale</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Rationale</em>' attribute.
	 * @see #getRationale()
	 * @generated
	 */
	void setRationale(String value);

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @model
	 * @generated
	 */
	String labelText();

} // ContextTableRow
