/**
 * Premortem contributors — EPL-2.0
 */
package org.premortem.model.stpa;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Loss</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A loss involves something of value to stakeholders, such as a loss of human life or injury, property damage, or loss of mission or customer satisfaction.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.premortem.model.stpa.Loss#getText <em>Text</em>}</li>
 * </ul>
 *
 * @see org.premortem.model.stpa.StpaPackage#getLoss()
 * @model
 * @generated
 */
public interface Loss extends IdentifiedElement {
	/**
	 * Returns the value of the '<em><b>Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Text</em>' attribute.
	 * @see #setText(String)
	 * @see org.premortem.model.stpa.StpaPackage#getLoss_Text()
	 * @model
	 * @generated
	 */
	String getText();

	/**
	 * Sets the value of the '{@link org.premortem.model.stpa.Loss#getText <em>Text</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Text</em>' attribute.
	 * @see #getText()
	 * @generated
	 */
	void setText(String value);

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @model
	 * @generated
	 */
	String labelText();

} // Loss
