/**
 * Premortem contributors — EPL-2.0
 */
package org.premortem.model.stpa;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Identified Element</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * An element of the analysis with a permanent identifier and a human-readable display id (such as L-1 or H-1.1) used for traceability.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.premortem.model.stpa.IdentifiedElement#getId <em>Id</em>}</li>
 *   <li>{@link org.premortem.model.stpa.IdentifiedElement#getDisplayId <em>Display Id</em>}</li>
 *   <li>{@link org.premortem.model.stpa.IdentifiedElement#getLabel <em>Label</em>}</li>
 * </ul>
 *
 * @see org.premortem.model.stpa.StpaPackage#getIdentifiedElement()
 * @model abstract="true"
 * @generated
 */
public interface IdentifiedElement extends EObject {
	/**
	 * Returns the value of the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The permanent identifier of the element, used for references and never shown to the user.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Id</em>' attribute.
	 * @see #setId(String)
	 * @see org.premortem.model.stpa.StpaPackage#getIdentifiedElement_Id()
	 * @model id="true"
	 * @generated
	 */
	String getId();

	/**
	 * Sets the value of the '{@link org.premortem.model.stpa.IdentifiedElement#getId <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Id</em>' attribute.
	 * @see #getId()
	 * @generated
	 */
	void setId(String value);

	/**
	 * Returns the value of the '<em><b>Display Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The identifier shown to the user, such as L-1, H-1.1 or UCA-3.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Display Id</em>' attribute.
	 * @see #setDisplayId(String)
	 * @see org.premortem.model.stpa.StpaPackage#getIdentifiedElement_DisplayId()
	 * @model
	 * @generated
	 */
	String getDisplayId();

	/**
	 * Sets the value of the '{@link org.premortem.model.stpa.IdentifiedElement#getDisplayId <em>Display Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Display Id</em>' attribute.
	 * @see #getDisplayId()
	 * @generated
	 */
	void setDisplayId(String value);

	/**
	 * Returns the value of the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The display id followed by the element's main text, such as "L-1: Loss of availability".
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Label</em>' attribute.
	 * @see org.premortem.model.stpa.StpaPackage#getIdentifiedElement_Label()
	 * @model transient="true" changeable="false" volatile="true" derived="true"
	 * @generated
	 */
	String getLabel();

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Returns the element's main text (its text or name), shown after the display id in its label.
	 * <!-- end-model-doc -->
	 * @model
	 * @generated
	 */
	String labelText();

} // IdentifiedElement
