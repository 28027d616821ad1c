/**
 * Premortem contributors — EPL-2.0
 */
package org.premortem.model.stpa;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>System Constraint</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A system-level constraint specifies system conditions or behaviors that need to be satisfied to prevent hazards (and ultimately prevent losses).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.premortem.model.stpa.SystemConstraint#getText <em>Text</em>}</li>
 *   <li>{@link org.premortem.model.stpa.SystemConstraint#getHazards <em>Hazards</em>}</li>
 *   <li>{@link org.premortem.model.stpa.SystemConstraint#getSubConstraints <em>Sub Constraints</em>}</li>
 * </ul>
 *
 * @see org.premortem.model.stpa.StpaPackage#getSystemConstraint()
 * @model
 * @generated
 */
public interface SystemConstraint extends IdentifiedElement {
	/**
	 * Returns the value of the '<em><b>Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Text</em>' attribute.
	 * @see #setText(String)
	 * @see org.premortem.model.stpa.StpaPackage#getSystemConstraint_Text()
	 * @model
	 * @generated
	 */
	String getText();

	/**
	 * Sets the value of the '{@link org.premortem.model.stpa.SystemConstraint#getText <em>Text</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Text</em>' attribute.
	 * @see #getText()
	 * @generated
	 */
	void setText(String value);

	/**
	 * Returns the value of the '<em><b>Hazards</b></em>' reference list.
	 * The list contents are of type {@link org.premortem.model.stpa.Hazard}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Hazards</em>' reference list.
	 * @see org.premortem.model.stpa.StpaPackage#getSystemConstraint_Hazards()
	 * @model
	 * @generated
	 */
	EList<Hazard> getHazards();

	/**
	 * Returns the value of the '<em><b>Sub Constraints</b></em>' containment reference list.
	 * The list contents are of type {@link org.premortem.model.stpa.SystemConstraint}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Sub Constraints</em>' containment reference list.
	 * @see org.premortem.model.stpa.StpaPackage#getSystemConstraint_SubConstraints()
	 * @model containment="true"
	 * @generated
	 */
	EList<SystemConstraint> getSubConstraints();

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @model
	 * @generated
	 */
	String labelText();

} // SystemConstraint
