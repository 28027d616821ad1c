/**
 * Premortem contributors — EPL-2.0
 */
package org.premortem.model.stpa;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Merge Conflict</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * One undecided change of a three-way merge: the element, the feature (empty when the conflict is about the element's existence), and both versions' values as text (permanent ids for references). The model holds our value.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.premortem.model.stpa.MergeConflict#getElement <em>Element</em>}</li>
 *   <li>{@link org.premortem.model.stpa.MergeConflict#getKind <em>Kind</em>}</li>
 *   <li>{@link org.premortem.model.stpa.MergeConflict#getFeature <em>Feature</em>}</li>
 *   <li>{@link org.premortem.model.stpa.MergeConflict#getOurs <em>Ours</em>}</li>
 *   <li>{@link org.premortem.model.stpa.MergeConflict#getTheirs <em>Theirs</em>}</li>
 * </ul>
 *
 * @see org.premortem.model.stpa.StpaPackage#getMergeConflict()
 * @model
 * @generated
 */
public interface MergeConflict extends EObject {
	/**
	 * Returns the value of the '<em><b>Element</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Element</em>' reference.
	 * @see #setElement(IdentifiedElement)
	 * @see org.premortem.model.stpa.StpaPackage#getMergeConflict_Element()
	 * @model
	 * @generated
	 */
	IdentifiedElement getElement();

	/**
	 * Sets the value of the '{@link org.premortem.model.stpa.MergeConflict#getElement <em>Element</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Element</em>' reference.
	 * @see #getElement()
	 * @generated
	 */
	void setElement(IdentifiedElement value);

	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link org.premortem.model.stpa.ConflictKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see org.premortem.model.stpa.ConflictKind
	 * @see #setKind(ConflictKind)
	 * @see org.premortem.model.stpa.StpaPackage#getMergeConflict_Kind()
	 * @model
	 * @generated
	 */
	ConflictKind getKind();

	/**
	 * Sets the value of the '{@link org.premortem.model.stpa.MergeConflict#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see org.premortem.model.stpa.ConflictKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(ConflictKind value);

	/**
	 * Returns the value of the '<em><b>Feature</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Feature</em>' attribute.
	 * @see #setFeature(String)
	 * @see org.premortem.model.stpa.StpaPackage#getMergeConflict_Feature()
	 * @model
	 * @generated
	 */
	String getFeature();

	/**
	 * Sets the value of the '{@link org.premortem.model.stpa.MergeConflict#getFeature <em>Feature</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Feature</em>' attribute.
	 * @see #getFeature()
	 * @generated
	 */
	void setFeature(String value);

	/**
	 * Returns the value of the '<em><b>Ours</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Ours</em>' attribute list.
	 * @see org.premortem.model.stpa.StpaPackage#getMergeConflict_Ours()
	 * @model unique="false"
	 * @generated
	 */
	EList<String> getOurs();

	/**
	 * Returns the value of the '<em><b>Theirs</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Theirs</em>' attribute list.
	 * @see org.premortem.model.stpa.StpaPackage#getMergeConflict_Theirs()
	 * @model unique="false"
	 * @generated
	 */
	EList<String> getTheirs();

} // MergeConflict
