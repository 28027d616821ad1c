/**
 * Premortem contributors — EPL-2.0
 */
package org.premortem.model.stpa;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Loss Scenario</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A loss scenario describes the causal factors that can lead to the unsafe control actions and to hazards.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.premortem.model.stpa.LossScenario#getText <em>Text</em>}</li>
 *   <li>{@link org.premortem.model.stpa.LossScenario#getScenarioClass <em>Scenario Class</em>}</li>
 *   <li>{@link org.premortem.model.stpa.LossScenario#getCausalFactors <em>Causal Factors</em>}</li>
 *   <li>{@link org.premortem.model.stpa.LossScenario#getUnsafeControlAction <em>Unsafe Control Action</em>}</li>
 *   <li>{@link org.premortem.model.stpa.LossScenario#getControlAction <em>Control Action</em>}</li>
 *   <li>{@link org.premortem.model.stpa.LossScenario#getHazards <em>Hazards</em>}</li>
 * </ul>
 *
 * @see org.premortem.model.stpa.StpaPackage#getLossScenario()
 * @model
 * @generated
 */
public interface LossScenario extends IdentifiedElement {
	/**
	 * Returns the value of the '<em><b>Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Text</em>' attribute.
	 * @see #setText(String)
	 * @see org.premortem.model.stpa.StpaPackage#getLossScenario_Text()
	 * @model
	 * @generated
	 */
	String getText();

	/**
	 * Sets the value of the '{@link org.premortem.model.stpa.LossScenario#getText <em>Text</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Text</em>' attribute.
	 * @see #getText()
	 * @generated
	 */
	void setText(String value);

	/**
	 * Returns the value of the '<em><b>Scenario Class</b></em>' attribute.
	 * The literals are from the enumeration {@link org.premortem.model.stpa.ScenarioClass}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Scenario Class</em>' attribute.
	 * @see org.premortem.model.stpa.ScenarioClass
	 * @see #setScenarioClass(ScenarioClass)
	 * @see org.premortem.model.stpa.StpaPackage#getLossScenario_ScenarioClass()
	 * @model
	 * @generated
	 */
	ScenarioClass getScenarioClass();

	/**
	 * Sets the value of the '{@link org.premortem.model.stpa.LossScenario#getScenarioClass <em>Scenario Class</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Scenario Class</em>' attribute.
	 * @see org.premortem.model.stpa.ScenarioClass
	 * @see #getScenarioClass()
	 * @generated
	 */
	void setScenarioClass(ScenarioClass value);

	/**
	 * Returns the value of the '<em><b>Causal Factors</b></em>' containment reference list.
	 * The list contents are of type {@link org.premortem.model.stpa.CausalFactor}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Causal Factors</em>' containment reference list.
	 * @see org.premortem.model.stpa.StpaPackage#getLossScenario_CausalFactors()
	 * @model containment="true"
	 * @generated
	 */
	EList<CausalFactor> getCausalFactors();

	/**
	 * Returns the value of the '<em><b>Unsafe Control Action</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Unsafe Control Action</em>' reference.
	 * @see #setUnsafeControlAction(UnsafeControlAction)
	 * @see org.premortem.model.stpa.StpaPackage#getLossScenario_UnsafeControlAction()
	 * @model
	 * @generated
	 */
	UnsafeControlAction getUnsafeControlAction();

	/**
	 * Sets the value of the '{@link org.premortem.model.stpa.LossScenario#getUnsafeControlAction <em>Unsafe Control Action</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Unsafe Control Action</em>' reference.
	 * @see #getUnsafeControlAction()
	 * @generated
	 */
	void setUnsafeControlAction(UnsafeControlAction value);

	/**
	 * Returns the value of the '<em><b>Control Action</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Control Action</em>' reference.
	 * @see #setControlAction(ControlAction)
	 * @see org.premortem.model.stpa.StpaPackage#getLossScenario_ControlAction()
	 * @model
	 * @generated
	 */
	ControlAction getControlAction();

	/**
	 * Sets the value of the '{@link org.premortem.model.stpa.LossScenario#getControlAction <em>Control Action</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Control Action</em>' reference.
	 * @see #getControlAction()
	 * @generated
	 */
	void setControlAction(ControlAction value);

	/**
	 * Returns the value of the '<em><b>Hazards</b></em>' reference list.
	 * The list contents are of type {@link org.premortem.model.stpa.Hazard}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Hazards</em>' reference list.
	 * @see org.premortem.model.stpa.StpaPackage#getLossScenario_Hazards()
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

} // LossScenario
