/**
 * Premortem contributors — EPL-2.0
 */
package org.premortem.model.stpa;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Controller Constraint</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A controller constraint specifies the controller behaviors that need to be satisfied to prevent unsafe control actions.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.premortem.model.stpa.ControllerConstraint#getText <em>Text</em>}</li>
 *   <li>{@link org.premortem.model.stpa.ControllerConstraint#getUnsafeControlActions <em>Unsafe Control Actions</em>}</li>
 * </ul>
 *
 * @see org.premortem.model.stpa.StpaPackage#getControllerConstraint()
 * @model
 * @generated
 */
public interface ControllerConstraint extends IdentifiedElement {
	/**
	 * Returns the value of the '<em><b>Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Text</em>' attribute.
	 * @see #setText(String)
	 * @see org.premortem.model.stpa.StpaPackage#getControllerConstraint_Text()
	 * @model
	 * @generated
	 */
	String getText();

	/**
	 * Sets the value of the '{@link org.premortem.model.stpa.ControllerConstraint#getText <em>Text</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Text</em>' attribute.
	 * @see #getText()
	 * @generated
	 */
	void setText(String value);

	/**
	 * Returns the value of the '<em><b>Unsafe Control Actions</b></em>' reference list.
	 * The list contents are of type {@link org.premortem.model.stpa.UnsafeControlAction}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Unsafe Control Actions</em>' reference list.
	 * @see org.premortem.model.stpa.StpaPackage#getControllerConstraint_UnsafeControlActions()
	 * @model
	 * @generated
	 */
	EList<UnsafeControlAction> getUnsafeControlActions();

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @model
	 * @generated
	 */
	String labelText();

} // ControllerConstraint
