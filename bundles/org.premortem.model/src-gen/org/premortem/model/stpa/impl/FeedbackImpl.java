/**
 * Premortem contributors — EPL-2.0
 */
package org.premortem.model.stpa.impl;

import java.util.Collection;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.util.EObjectResolvingEList;

import org.premortem.model.stpa.Feedback;
import org.premortem.model.stpa.ProcessModelVariable;
import org.premortem.model.stpa.StpaPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Feedback</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.premortem.model.stpa.impl.FeedbackImpl#getUpdatedVariables <em>Updated Variables</em>}</li>
 * </ul>
 *
 * @generated
 */
public class FeedbackImpl extends ConnectionImpl implements Feedback {
	/**
	 * The cached value of the '{@link #getUpdatedVariables() <em>Updated Variables</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUpdatedVariables()
	 * @generated
	 * @ordered
	 */
	protected EList<ProcessModelVariable> updatedVariables;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected FeedbackImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return StpaPackage.Literals.FEEDBACK;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<ProcessModelVariable> getUpdatedVariables() {
		if (updatedVariables == null) {
			updatedVariables = new EObjectResolvingEList<ProcessModelVariable>(ProcessModelVariable.class, this, StpaPackage.FEEDBACK__UPDATED_VARIABLES);
		}
		return updatedVariables;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case StpaPackage.FEEDBACK__UPDATED_VARIABLES:
				return getUpdatedVariables();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case StpaPackage.FEEDBACK__UPDATED_VARIABLES:
				getUpdatedVariables().clear();
				getUpdatedVariables().addAll((Collection<? extends ProcessModelVariable>)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case StpaPackage.FEEDBACK__UPDATED_VARIABLES:
				getUpdatedVariables().clear();
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case StpaPackage.FEEDBACK__UPDATED_VARIABLES:
				return updatedVariables != null && !updatedVariables.isEmpty();
		}
		return super.eIsSet(featureID);
	}

} //FeedbackImpl
