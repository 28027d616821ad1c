/**
 * Premortem contributors — EPL-2.0
 */
package org.premortem.model.stpa;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Causal Factor</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A causal factor of a loss scenario, such as a flawed process model or delayed feedback, with a description of how it applies.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.premortem.model.stpa.CausalFactor#getKind <em>Kind</em>}</li>
 *   <li>{@link org.premortem.model.stpa.CausalFactor#getText <em>Text</em>}</li>
 * </ul>
 *
 * @see org.premortem.model.stpa.StpaPackage#getCausalFactor()
 * @model
 * @generated
 */
public interface CausalFactor extends EObject {
	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link org.premortem.model.stpa.CausalFactorKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see org.premortem.model.stpa.CausalFactorKind
	 * @see #setKind(CausalFactorKind)
	 * @see org.premortem.model.stpa.StpaPackage#getCausalFactor_Kind()
	 * @model
	 * @generated
	 */
	CausalFactorKind getKind();

	/**
	 * Sets the value of the '{@link org.premortem.model.stpa.CausalFactor#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see org.premortem.model.stpa.CausalFactorKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(CausalFactorKind value);

	/**
	 * Returns the value of the '<em><b>Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Text</em>' attribute.
	 * @see #setText(String)
	 * @see org.premortem.model.stpa.StpaPackage#getCausalFactor_Text()
	 * @model
	 * @generated
	 */
	String getText();

	/**
	 * Sets the value of the '{@link org.premortem.model.stpa.CausalFactor#getText <em>Text</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Text</em>' attribute.
	 * @see #getText()
	 * @generated
	 */
	void setText(String value);

} // CausalFactor
