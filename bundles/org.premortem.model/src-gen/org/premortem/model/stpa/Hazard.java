/**
 * Premortem contributors — EPL-2.0
 */
package org.premortem.model.stpa;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Hazard</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A hazard is a system state or set of conditions that, together with a particular set of worst-case environmental conditions, will lead to a loss.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.premortem.model.stpa.Hazard#getText <em>Text</em>}</li>
 *   <li>{@link org.premortem.model.stpa.Hazard#getLosses <em>Losses</em>}</li>
 *   <li>{@link org.premortem.model.stpa.Hazard#getSubHazards <em>Sub Hazards</em>}</li>
 * </ul>
 *
 * @see org.premortem.model.stpa.StpaPackage#getHazard()
 * @model
 * @generated
 */
public interface Hazard extends IdentifiedElement {
	/**
	 * Returns the value of the '<em><b>Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Text</em>' attribute.
	 * @see #setText(String)
	 * @see org.premortem.model.stpa.StpaPackage#getHazard_Text()
	 * @model
	 * @generated
	 */
	String getText();

	/**
	 * Sets the value of the '{@link org.premortem.model.stpa.Hazard#getText <em>Text</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Text</em>' attribute.
	 * @see #getText()
	 * @generated
	 */
	void setText(String value);

	/**
	 * Returns the value of the '<em><b>Losses</b></em>' reference list.
	 * The list contents are of type {@link org.premortem.model.stpa.Loss}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Losses</em>' reference list.
	 * @see org.premortem.model.stpa.StpaPackage#getHazard_Losses()
	 * @model
	 * @generated
	 */
	EList<Loss> getLosses();

	/**
	 * Returns the value of the '<em><b>Sub Hazards</b></em>' containment reference list.
	 * The list contents are of type {@link org.premortem.model.stpa.Hazard}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Sub Hazards</em>' containment reference list.
	 * @see org.premortem.model.stpa.StpaPackage#getHazard_SubHazards()
	 * @model containment="true"
	 * @generated
	 */
	EList<Hazard> getSubHazards();

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @model
	 * @generated
	 */
	String labelText();

} // Hazard
