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
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.premortem.model.stpa.ControlAction#getDestructive <em>Destructive</em>}</li>
 *   <li>{@link org.premortem.model.stpa.ControlAction#getIrreversible <em>Irreversible</em>}</li>
 * </ul>
 *
 * @see org.premortem.model.stpa.StpaPackage#getControlAction()
 * @model
 * @generated
 */
public interface ControlAction extends Connection {
	/**
	 * Returns the value of the '<em><b>Destructive</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Whether the action destroys, removes or disables something (set by the analyst); when not set, the action's wording decides.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Destructive</em>' attribute.
	 * @see #setDestructive(Boolean)
	 * @see org.premortem.model.stpa.StpaPackage#getControlAction_Destructive()
	 * @model
	 * @generated
	 */
	Boolean getDestructive();

	/**
	 * Sets the value of the '{@link org.premortem.model.stpa.ControlAction#getDestructive <em>Destructive</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Destructive</em>' attribute.
	 * @see #getDestructive()
	 * @generated
	 */
	void setDestructive(Boolean value);

	/**
	 * Returns the value of the '<em><b>Irreversible</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Whether the effect of the action cannot be undone by the action itself (set by the analyst); when not set, the action's wording decides.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Irreversible</em>' attribute.
	 * @see #setIrreversible(Boolean)
	 * @see org.premortem.model.stpa.StpaPackage#getControlAction_Irreversible()
	 * @model
	 * @generated
	 */
	Boolean getIrreversible();

	/**
	 * Sets the value of the '{@link org.premortem.model.stpa.ControlAction#getIrreversible <em>Irreversible</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Irreversible</em>' attribute.
	 * @see #getIrreversible()
	 * @generated
	 */
	void setIrreversible(Boolean value);

} // ControlAction
