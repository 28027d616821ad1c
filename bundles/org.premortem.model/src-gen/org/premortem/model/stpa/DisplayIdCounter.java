/**
 * Premortem contributors — EPL-2.0
 */
package org.premortem.model.stpa;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Display Id Counter</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Remembers the last number issued for a display id prefix (such as H for H-1, H-2), so that a deleted element's id is never reused.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.premortem.model.stpa.DisplayIdCounter#getPrefix <em>Prefix</em>}</li>
 *   <li>{@link org.premortem.model.stpa.DisplayIdCounter#getLast <em>Last</em>}</li>
 * </ul>
 *
 * @see org.premortem.model.stpa.StpaPackage#getDisplayIdCounter()
 * @model
 * @generated
 */
public interface DisplayIdCounter extends EObject {
	/**
	 * Returns the value of the '<em><b>Prefix</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Prefix</em>' attribute.
	 * @see #setPrefix(String)
	 * @see org.premortem.model.stpa.StpaPackage#getDisplayIdCounter_Prefix()
	 * @model
	 * @generated
	 */
	String getPrefix();

	/**
	 * Sets the value of the '{@link org.premortem.model.stpa.DisplayIdCounter#getPrefix <em>Prefix</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Prefix</em>' attribute.
	 * @see #getPrefix()
	 * @generated
	 */
	void setPrefix(String value);

	/**
	 * Returns the value of the '<em><b>Last</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Last</em>' attribute.
	 * @see #setLast(int)
	 * @see org.premortem.model.stpa.StpaPackage#getDisplayIdCounter_Last()
	 * @model
	 * @generated
	 */
	int getLast();

	/**
	 * Sets the value of the '{@link org.premortem.model.stpa.DisplayIdCounter#getLast <em>Last</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Last</em>' attribute.
	 * @see #getLast()
	 * @generated
	 */
	void setLast(int value);

} // DisplayIdCounter
