/**
 * Premortem contributors — EPL-2.0
 */
package org.premortem.model.stpa;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Analysis</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * An STPA analysis: the purpose of the analysis, the control structure, the unsafe control actions and the loss scenarios of one system.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.premortem.model.stpa.Analysis#getName <em>Name</em>}</li>
 *   <li>{@link org.premortem.model.stpa.Analysis#getDescription <em>Description</em>}</li>
 *   <li>{@link org.premortem.model.stpa.Analysis#getFormatVersion <em>Format Version</em>}</li>
 *   <li>{@link org.premortem.model.stpa.Analysis#getGoals <em>Goals</em>}</li>
 *   <li>{@link org.premortem.model.stpa.Analysis#getAssumptions <em>Assumptions</em>}</li>
 *   <li>{@link org.premortem.model.stpa.Analysis#getLosses <em>Losses</em>}</li>
 *   <li>{@link org.premortem.model.stpa.Analysis#getHazards <em>Hazards</em>}</li>
 *   <li>{@link org.premortem.model.stpa.Analysis#getSystemConstraints <em>System Constraints</em>}</li>
 *   <li>{@link org.premortem.model.stpa.Analysis#getControlStructures <em>Control Structures</em>}</li>
 *   <li>{@link org.premortem.model.stpa.Analysis#getUnsafeControlActions <em>Unsafe Control Actions</em>}</li>
 *   <li>{@link org.premortem.model.stpa.Analysis#getNotApplicable <em>Not Applicable</em>}</li>
 *   <li>{@link org.premortem.model.stpa.Analysis#getContextTables <em>Context Tables</em>}</li>
 *   <li>{@link org.premortem.model.stpa.Analysis#getControllerConstraints <em>Controller Constraints</em>}</li>
 *   <li>{@link org.premortem.model.stpa.Analysis#getLossScenarios <em>Loss Scenarios</em>}</li>
 *   <li>{@link org.premortem.model.stpa.Analysis#getRequirements <em>Requirements</em>}</li>
 *   <li>{@link org.premortem.model.stpa.Analysis#getDisplayIdCounters <em>Display Id Counters</em>}</li>
 *   <li>{@link org.premortem.model.stpa.Analysis#getConflicts <em>Conflicts</em>}</li>
 * </ul>
 *
 * @see org.premortem.model.stpa.StpaPackage#getAnalysis()
 * @model
 * @generated
 */
public interface Analysis extends IdentifiedElement {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.premortem.model.stpa.StpaPackage#getAnalysis_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.premortem.model.stpa.Analysis#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Description</em>' attribute.
	 * @see #setDescription(String)
	 * @see org.premortem.model.stpa.StpaPackage#getAnalysis_Description()
	 * @model
	 * @generated
	 */
	String getDescription();

	/**
	 * Sets the value of the '{@link org.premortem.model.stpa.Analysis#getDescription <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Description</em>' attribute.
	 * @see #getDescription()
	 * @generated
	 */
	void setDescription(String value);

	/**
	 * Returns the value of the '<em><b>Format Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The version of the file format the analysis was saved with.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Format Version</em>' attribute.
	 * @see #setFormatVersion(String)
	 * @see org.premortem.model.stpa.StpaPackage#getAnalysis_FormatVersion()
	 * @model
	 * @generated
	 */
	String getFormatVersion();

	/**
	 * Sets the value of the '{@link org.premortem.model.stpa.Analysis#getFormatVersion <em>Format Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Format Version</em>' attribute.
	 * @see #getFormatVersion()
	 * @generated
	 */
	void setFormatVersion(String value);

	/**
	 * Returns the value of the '<em><b>Goals</b></em>' containment reference list.
	 * The list contents are of type {@link org.premortem.model.stpa.Goal}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Goals</em>' containment reference list.
	 * @see org.premortem.model.stpa.StpaPackage#getAnalysis_Goals()
	 * @model containment="true"
	 * @generated
	 */
	EList<Goal> getGoals();

	/**
	 * Returns the value of the '<em><b>Assumptions</b></em>' containment reference list.
	 * The list contents are of type {@link org.premortem.model.stpa.Assumption}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Assumptions</em>' containment reference list.
	 * @see org.premortem.model.stpa.StpaPackage#getAnalysis_Assumptions()
	 * @model containment="true"
	 * @generated
	 */
	EList<Assumption> getAssumptions();

	/**
	 * Returns the value of the '<em><b>Losses</b></em>' containment reference list.
	 * The list contents are of type {@link org.premortem.model.stpa.Loss}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Losses</em>' containment reference list.
	 * @see org.premortem.model.stpa.StpaPackage#getAnalysis_Losses()
	 * @model containment="true"
	 * @generated
	 */
	EList<Loss> getLosses();

	/**
	 * Returns the value of the '<em><b>Hazards</b></em>' containment reference list.
	 * The list contents are of type {@link org.premortem.model.stpa.Hazard}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Hazards</em>' containment reference list.
	 * @see org.premortem.model.stpa.StpaPackage#getAnalysis_Hazards()
	 * @model containment="true"
	 * @generated
	 */
	EList<Hazard> getHazards();

	/**
	 * Returns the value of the '<em><b>System Constraints</b></em>' containment reference list.
	 * The list contents are of type {@link org.premortem.model.stpa.SystemConstraint}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>System Constraints</em>' containment reference list.
	 * @see org.premortem.model.stpa.StpaPackage#getAnalysis_SystemConstraints()
	 * @model containment="true"
	 * @generated
	 */
	EList<SystemConstraint> getSystemConstraints();

	/**
	 * Returns the value of the '<em><b>Control Structures</b></em>' containment reference list.
	 * The list contents are of type {@link org.premortem.model.stpa.ControlStructure}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Control Structures</em>' containment reference list.
	 * @see org.premortem.model.stpa.StpaPackage#getAnalysis_ControlStructures()
	 * @model containment="true"
	 * @generated
	 */
	EList<ControlStructure> getControlStructures();

	/**
	 * Returns the value of the '<em><b>Unsafe Control Actions</b></em>' containment reference list.
	 * The list contents are of type {@link org.premortem.model.stpa.UnsafeControlAction}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Unsafe Control Actions</em>' containment reference list.
	 * @see org.premortem.model.stpa.StpaPackage#getAnalysis_UnsafeControlActions()
	 * @model containment="true"
	 * @generated
	 */
	EList<UnsafeControlAction> getUnsafeControlActions();

	/**
	 * Returns the value of the '<em><b>Not Applicable</b></em>' containment reference list.
	 * The list contents are of type {@link org.premortem.model.stpa.NotApplicableEntry}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Not Applicable</em>' containment reference list.
	 * @see org.premortem.model.stpa.StpaPackage#getAnalysis_NotApplicable()
	 * @model containment="true"
	 * @generated
	 */
	EList<NotApplicableEntry> getNotApplicable();

	/**
	 * Returns the value of the '<em><b>Context Tables</b></em>' containment reference list.
	 * The list contents are of type {@link org.premortem.model.stpa.ContextTable}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Context Tables</em>' containment reference list.
	 * @see org.premortem.model.stpa.StpaPackage#getAnalysis_ContextTables()
	 * @model containment="true"
	 * @generated
	 */
	EList<ContextTable> getContextTables();

	/**
	 * Returns the value of the '<em><b>Controller Constraints</b></em>' containment reference list.
	 * The list contents are of type {@link org.premortem.model.stpa.ControllerConstraint}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Controller Constraints</em>' containment reference list.
	 * @see org.premortem.model.stpa.StpaPackage#getAnalysis_ControllerConstraints()
	 * @model containment="true"
	 * @generated
	 */
	EList<ControllerConstraint> getControllerConstraints();

	/**
	 * Returns the value of the '<em><b>Loss Scenarios</b></em>' containment reference list.
	 * The list contents are of type {@link org.premortem.model.stpa.LossScenario}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Loss Scenarios</em>' containment reference list.
	 * @see org.premortem.model.stpa.StpaPackage#getAnalysis_LossScenarios()
	 * @model containment="true"
	 * @generated
	 */
	EList<LossScenario> getLossScenarios();

	/**
	 * Returns the value of the '<em><b>Requirements</b></em>' containment reference list.
	 * The list contents are of type {@link org.premortem.model.stpa.Requirement}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Requirements</em>' containment reference list.
	 * @see org.premortem.model.stpa.StpaPackage#getAnalysis_Requirements()
	 * @model containment="true"
	 * @generated
	 */
	EList<Requirement> getRequirements();

	/**
	 * Returns the value of the '<em><b>Display Id Counters</b></em>' containment reference list.
	 * The list contents are of type {@link org.premortem.model.stpa.DisplayIdCounter}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The last number issued per display id prefix, so that the ids of deleted elements are never reused.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Display Id Counters</em>' containment reference list.
	 * @see org.premortem.model.stpa.StpaPackage#getAnalysis_DisplayIdCounters()
	 * @model containment="true"
	 * @generated
	 */
	EList<DisplayIdCounter> getDisplayIdCounters();

	/**
	 * Returns the value of the '<em><b>Conflicts</b></em>' containment reference list.
	 * The list contents are of type {@link org.premortem.model.stpa.MergeConflict}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * What a three-way merge of two versions of the analysis could not decide: the file holds our value, each conflict records both. Validation reports every conflict as an error until the analyst resolves it.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Conflicts</em>' containment reference list.
	 * @see org.premortem.model.stpa.StpaPackage#getAnalysis_Conflicts()
	 * @model containment="true"
	 * @generated
	 */
	EList<MergeConflict> getConflicts();

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @model
	 * @generated
	 */
	String labelText();

} // Analysis
