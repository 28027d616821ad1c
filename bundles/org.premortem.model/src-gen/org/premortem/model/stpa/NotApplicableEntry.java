/**
 * Premortem contributors — EPL-2.0
 */
package org.premortem.model.stpa;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Not Applicable Entry</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Records, with a rationale, that a cell of the unsafe control action table (a control action and a category) holds no unsafe control action.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.premortem.model.stpa.NotApplicableEntry#getControlAction <em>Control Action</em>}</li>
 *   <li>{@link org.premortem.model.stpa.NotApplicableEntry#getCategory <em>Category</em>}</li>
 *   <li>{@link org.premortem.model.stpa.NotApplicableEntry#getVerdict <em>Verdict</em>}</li>
 *   <li>{@link org.premortem.model.stpa.NotApplicableEntry#getRationale <em>Rationale</em>}</li>
 * </ul>
 *
 * @see org.premortem.model.stpa.StpaPackage#getNotApplicableEntry()
 * @model
 * @generated
 */
public interface NotApplicableEntry extends IdentifiedElement {
	/**
	 * Returns the value of the '<em><b>Control Action</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Control Action</em>' reference.
	 * @see #setControlAction(ControlAction)
	 * @see org.premortem.model.stpa.StpaPackage#getNotApplicableEntry_ControlAction()
	 * @model
	 * @generated
	 */
	ControlAction getControlAction();

	/**
	 * Sets the value of the '{@link org.premortem.model.stpa.NotApplicableEntry#getControlAction <em>Control Action</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Control Action</em>' reference.
	 * @see #getControlAction()
	 * @generated
	 */
	void setControlAction(ControlAction value);

	/**
	 * Returns the value of the '<em><b>Category</b></em>' attribute.
	 * The literals are from the enumeration {@link org.premortem.model.stpa.UcaCategory}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Category</em>' attribute.
	 * @see org.premortem.model.stpa.UcaCategory
	 * @see #setCategory(UcaCategory)
	 * @see org.premortem.model.stpa.StpaPackage#getNotApplicableEntry_Category()
	 * @model
	 * @generated
	 */
	UcaCategory getCategory();

	/**
	 * Sets the value of the '{@link org.premortem.model.stpa.NotApplicableEntry#getCategory <em>Category</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Category</em>' attribute.
	 * @see org.premortem.model.stpa.UcaCategory
	 * @see #getCategory()
	 * @generated
	 */
	void setCategory(UcaCategory value);

	/**
	 * Returns the value of the '<em><b>Verdict</b></em>' attribute.
	 * The literals are from the enumeration {@link org.premortem.model.stpa.NotApplicableVerdict}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Verdict</em>' attribute.
	 * @see org.premortem.model.stpa.NotApplicableVerdict
	 * @see #setVerdict(NotApplicableVerdict)
	 * @see org.premortem.model.stpa.StpaPackage#getNotApplicableEntry_Verdict()
	 * @model
	 * @generated
	 */
	NotApplicableVerdict getVerdict();

	/**
	 * Sets the value of the '{@link org.premortem.model.stpa.NotApplicableEntry#getVerdict <em>Verdict</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Verdict</em>' attribute.
	 * @see org.premortem.model.stpa.NotApplicableVerdict
	 * @see #getVerdict()
	 * @generated
	 */
	void setVerdict(NotApplicableVerdict value);

	/**
	 * Returns the value of the '<em><b>Rationale</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Rationale</em>' attribute.
	 * @see #setRationale(String)
	 * @see org.premortem.model.stpa.StpaPackage#getNotApplicableEntry_Rationale()
	 * @model
	 * @generated
	 */
	String getRationale();

	/**
	 * Sets the value of the '{@link org.premortem.model.stpa.NotApplicableEntry#getRationale <em>Rationale</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Rationale</em>' attribute.
	 * @see #getRationale()
	 * @generated
	 */
	void setRationale(String value);

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @model
	 * @generated
	 */
	String labelText();

} // NotApplicableEntry
