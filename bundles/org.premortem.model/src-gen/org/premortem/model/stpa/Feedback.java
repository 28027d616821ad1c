/**
 * Premortem contributors — EPL-2.0
 */
package org.premortem.model.stpa;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Feedback</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Feedback is information a controller receives about the controlled process (drawn upward in the control structure).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.premortem.model.stpa.Feedback#getUpdatedVariables <em>Updated Variables</em>}</li>
 * </ul>
 *
 * @see org.premortem.model.stpa.StpaPackage#getFeedback()
 * @model
 * @generated
 */
public interface Feedback extends Connection {
	/**
	 * Returns the value of the '<em><b>Updated Variables</b></em>' reference list.
	 * The list contents are of type {@link org.premortem.model.stpa.ProcessModelVariable}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The process model variables of the receiving controller that this feedback updates.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Updated Variables</em>' reference list.
	 * @see org.premortem.model.stpa.StpaPackage#getFeedback_UpdatedVariables()
	 * @model
	 * @generated
	 */
	EList<ProcessModelVariable> getUpdatedVariables();

} // Feedback
