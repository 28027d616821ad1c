/**
 * Premortem contributors — EPL-2.0
 */
package org.premortem.model.stpa;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Requirement</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A requirement or mitigation that eliminates or controls one or more loss scenarios.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.premortem.model.stpa.Requirement#getText <em>Text</em>}</li>
 *   <li>{@link org.premortem.model.stpa.Requirement#getRationale <em>Rationale</em>}</li>
 *   <li>{@link org.premortem.model.stpa.Requirement#getLossScenarios <em>Loss Scenarios</em>}</li>
 *   <li>{@link org.premortem.model.stpa.Requirement#getUnsafeControlActions <em>Unsafe Control Actions</em>}</li>
 *   <li>{@link org.premortem.model.stpa.Requirement#getHazards <em>Hazards</em>}</li>
 * </ul>
 *
 * @see org.premortem.model.stpa.StpaPackage#getRequirement()
 * @model
 * @generated
 */
public interface Requirement extends IdentifiedElement {
	/**
	 * Returns the value of the '<em><b>Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Text</em>' attribute.
	 * @see #setText(String)
	 * @see org.premortem.model.stpa.StpaPackage#getRequirement_Text()
	 * @model
	 * @generated
	 */
	String getText();

	/**
	 * Sets the value of the '{@link org.premortem.model.stpa.Requirement#getText <em>Text</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Text</em>' attribute.
	 * @see #getText()
	 * @generated
	 */
	void setText(String value);

	/**
	 * Returns the value of the '<em><b>Rationale</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Rationale</em>' attribute.
	 * @see #setRationale(String)
	 * @see org.premortem.model.stpa.StpaPackage#getRequirement_Rationale()
	 * @model
	 * @generated
	 */
	String getRationale();

	/**
	 * Sets the value of the '{@link org.premortem.model.stpa.Requirement#getRationale <em>Rationale</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Rationale</em>' attribute.
	 * @see #getRationale()
	 * @generated
	 */
	void setRationale(String value);

	/**
	 * Returns the value of the '<em><b>Loss Scenarios</b></em>' reference list.
	 * The list contents are of type {@link org.premortem.model.stpa.LossScenario}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Loss Scenarios</em>' reference list.
	 * @see org.premortem.model.stpa.StpaPackage#getRequirement_LossScenarios()
	 * @model
	 * @generated
	 */
	EList<LossScenario> getLossScenarios();

	/**
	 * Returns the value of the '<em><b>Unsafe Control Actions</b></em>' reference list.
	 * The list contents are of type {@link org.premortem.model.stpa.UnsafeControlAction}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Unsafe Control Actions</em>' reference list.
	 * @see org.premortem.model.stpa.StpaPackage#getRequirement_UnsafeControlActions()
	 * @model
	 * @generated
	 */
	EList<UnsafeControlAction> getUnsafeControlActions();

	/**
	 * Returns the value of the '<em><b>Hazards</b></em>' reference list.
	 * The list contents are of type {@link org.premortem.model.stpa.Hazard}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Hazards</em>' reference list.
	 * @see org.premortem.model.stpa.StpaPackage#getRequirement_Hazards()
	 * @model
	 * @generated
	 */
	EList<Hazard> getHazards();

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @model
	 * @generated
	 */
	String labelText();

} // Requirement
