/**
 * Premortem contributors — EPL-2.0
 */
package org.premortem.model.stpa;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Unsafe Control Action</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * An unsafe control action (UCA) is a control action that, in a particular context and worst-case environment, will lead to a hazard.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.premortem.model.stpa.UnsafeControlAction#getText <em>Text</em>}</li>
 *   <li>{@link org.premortem.model.stpa.UnsafeControlAction#getSource <em>Source</em>}</li>
 *   <li>{@link org.premortem.model.stpa.UnsafeControlAction#getControlAction <em>Control Action</em>}</li>
 *   <li>{@link org.premortem.model.stpa.UnsafeControlAction#getType <em>Type</em>}</li>
 *   <li>{@link org.premortem.model.stpa.UnsafeControlAction#getContext <em>Context</em>}</li>
 *   <li>{@link org.premortem.model.stpa.UnsafeControlAction#getContextConditions <em>Context Conditions</em>}</li>
 *   <li>{@link org.premortem.model.stpa.UnsafeControlAction#getHazards <em>Hazards</em>}</li>
 *   <li>{@link org.premortem.model.stpa.UnsafeControlAction#getRationale <em>Rationale</em>}</li>
 *   <li>{@link org.premortem.model.stpa.UnsafeControlAction#getContextTableRow <em>Context Table Row</em>}</li>
 *   <li>{@link org.premortem.model.stpa.UnsafeControlAction#getRejectedScenarios <em>Rejected Scenarios</em>}</li>
 * </ul>
 *
 * @see org.premortem.model.stpa.StpaPackage#getUnsafeControlAction()
 * @model
 * @generated
 */
public interface UnsafeControlAction extends IdentifiedElement {
	/**
	 * Returns the value of the '<em><b>Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The full standard wording: <source controller> <type> <control action> <context> [<hazards>].
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Text</em>' attribute.
	 * @see #setText(String)
	 * @see org.premortem.model.stpa.StpaPackage#getUnsafeControlAction_Text()
	 * @model
	 * @generated
	 */
	String getText();

	/**
	 * Sets the value of the '{@link org.premortem.model.stpa.UnsafeControlAction#getText <em>Text</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Text</em>' attribute.
	 * @see #getText()
	 * @generated
	 */
	void setText(String value);

	/**
	 * Returns the value of the '<em><b>Source</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The controller that can provide the control action.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Source</em>' reference.
	 * @see #setSource(Component)
	 * @see org.premortem.model.stpa.StpaPackage#getUnsafeControlAction_Source()
	 * @model
	 * @generated
	 */
	Component getSource();

	/**
	 * Sets the value of the '{@link org.premortem.model.stpa.UnsafeControlAction#getSource <em>Source</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Source</em>' reference.
	 * @see #getSource()
	 * @generated
	 */
	void setSource(Component value);

	/**
	 * Returns the value of the '<em><b>Control Action</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Control Action</em>' reference.
	 * @see #setControlAction(ControlAction)
	 * @see org.premortem.model.stpa.StpaPackage#getUnsafeControlAction_ControlAction()
	 * @model
	 * @generated
	 */
	ControlAction getControlAction();

	/**
	 * Sets the value of the '{@link org.premortem.model.stpa.UnsafeControlAction#getControlAction <em>Control Action</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Control Action</em>' reference.
	 * @see #getControlAction()
	 * @generated
	 */
	void setControlAction(ControlAction value);

	/**
	 * Returns the value of the '<em><b>Type</b></em>' attribute.
	 * The literals are from the enumeration {@link org.premortem.model.stpa.UcaType}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Type</em>' attribute.
	 * @see org.premortem.model.stpa.UcaType
	 * @see #setType(UcaType)
	 * @see org.premortem.model.stpa.StpaPackage#getUnsafeControlAction_Type()
	 * @model
	 * @generated
	 */
	UcaType getType();

	/**
	 * Sets the value of the '{@link org.premortem.model.stpa.UnsafeControlAction#getType <em>Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Type</em>' attribute.
	 * @see org.premortem.model.stpa.UcaType
	 * @see #getType()
	 * @generated
	 */
	void setType(UcaType value);

	/**
	 * Returns the value of the '<em><b>Context</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Context</em>' attribute.
	 * @see #setContext(String)
	 * @see org.premortem.model.stpa.StpaPackage#getUnsafeControlAction_Context()
	 * @model
	 * @generated
	 */
	String getContext();

	/**
	 * Sets the value of the '{@link org.premortem.model.stpa.UnsafeControlAction#getContext <em>Context</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Context</em>' attribute.
	 * @see #getContext()
	 * @generated
	 */
	void setContext(String value);

	/**
	 * Returns the value of the '<em><b>Context Conditions</b></em>' containment reference list.
	 * The list contents are of type {@link org.premortem.model.stpa.VariableValue}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Context Conditions</em>' containment reference list.
	 * @see org.premortem.model.stpa.StpaPackage#getUnsafeControlAction_ContextConditions()
	 * @model containment="true"
	 * @generated
	 */
	EList<VariableValue> getContextConditions();

	/**
	 * Returns the value of the '<em><b>Hazards</b></em>' reference list.
	 * The list contents are of type {@link org.premortem.model.stpa.Hazard}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Hazards</em>' reference list.
	 * @see org.premortem.model.stpa.StpaPackage#getUnsafeControlAction_Hazards()
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
	 * @see org.premortem.model.stpa.StpaPackage#getUnsafeControlAction_Rationale()
	 * @model
	 * @generated
	 */
	String getRationale();

	/**
	 * Sets the value of the '{@link org.premortem.model.stpa.UnsafeControlAction#getRationale <em>Rationale</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Rationale</em>' attribute.
	 * @see #getRationale()
	 * @generated
	 */
	void setRationale(String value);

	/**
	 * Returns the value of the '<em><b>Context Table Row</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The context table row this unsafe control action was generated from, if any.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Context Table Row</em>' reference.
	 * @see #setContextTableRow(ContextTableRow)
	 * @see org.premortem.model.stpa.StpaPackage#getUnsafeControlAction_ContextTableRow()
	 * @model
	 * @generated
	 */
	ContextTableRow getContextTableRow();

	/**
	 * Sets the value of the '{@link org.premortem.model.stpa.UnsafeControlAction#getContextTableRow <em>Context Table Row</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Context Table Row</em>' reference.
	 * @see #getContextTableRow()
	 * @generated
	 */
	void setContextTableRow(ContextTableRow value);

	/**
	 * Returns the value of the '<em><b>Rejected Scenarios</b></em>' containment reference list.
	 * The list contents are of type {@link org.premortem.model.stpa.RejectedScenario}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The candidate loss scenarios the scenario assistant proposed for this unsafe control action and the analyst rejected, so that they are not proposed again.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Rejected Scenarios</em>' containment reference list.
	 * @see org.premortem.model.stpa.StpaPackage#getUnsafeControlAction_RejectedScenarios()
	 * @model containment="true"
	 * @generated
	 */
	EList<RejectedScenario> getRejectedScenarios();

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @model
	 * @generated
	 */
	String labelText();

} // UnsafeControlAction
