/**
 * Premortem contributors — EPL-2.0
 */
package org.premortem.model.stpa;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Responsibility</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A responsibility is a refinement of the system-level constraints that a controller must enforce.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.premortem.model.stpa.Responsibility#getText <em>Text</em>}</li>
 *   <li>{@link org.premortem.model.stpa.Responsibility#getSystemConstraints <em>System Constraints</em>}</li>
 * </ul>
 *
 * @see org.premortem.model.stpa.StpaPackage#getResponsibility()
 * @model
 * @generated
 */
public interface Responsibility extends IdentifiedElement {
	/**
	 * Returns the value of the '<em><b>Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Text</em>' attribute.
	 * @see #setText(String)
	 * @see org.premortem.model.stpa.StpaPackage#getResponsibility_Text()
	 * @model
	 * @generated
	 */
	String getText();

	/**
	 * Sets the value of the '{@link org.premortem.model.stpa.Responsibility#getText <em>Text</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Text</em>' attribute.
	 * @see #getText()
	 * @generated
	 */
	void setText(String value);

	/**
	 * Returns the value of the '<em><b>System Constraints</b></em>' reference list.
	 * The list contents are of type {@link org.premortem.model.stpa.SystemConstraint}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>System Constraints</em>' reference list.
	 * @see org.premortem.model.stpa.StpaPackage#getResponsibility_SystemConstraints()
	 * @model
	 * @generated
	 */
	EList<SystemConstraint> getSystemConstraints();

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @model
	 * @generated
	 */
	String labelText();

} // Responsibility
