/**
 * Premortem contributors — EPL-2.0
 */
package org.premortem.model.stpa.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.premortem.model.stpa.ControlAction;
import org.premortem.model.stpa.StpaPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Control Action</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.premortem.model.stpa.impl.ControlActionImpl#getDestructive <em>Destructive</em>}</li>
 *   <li>{@link org.premortem.model.stpa.impl.ControlActionImpl#getIrreversible <em>Irreversible</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ControlActionImpl extends ConnectionImpl implements ControlAction {
	/**
	 * The default value of the '{@link #getDestructive() <em>Destructive</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDestructive()
	 * @generated
	 * @ordered
	 */
	protected static final Boolean DESTRUCTIVE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDestructive() <em>Destructive</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDestructive()
	 * @generated
	 * @ordered
	 */
	protected Boolean destructive = DESTRUCTIVE_EDEFAULT;

	/**
	 * The default value of the '{@link #getIrreversible() <em>Irreversible</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIrreversible()
	 * @generated
	 * @ordered
	 */
	protected static final Boolean IRREVERSIBLE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getIrreversible() <em>Irreversible</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIrreversible()
	 * @generated
	 * @ordered
	 */
	protected Boolean irreversible = IRREVERSIBLE_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ControlActionImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return StpaPackage.Literals.CONTROL_ACTION;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Boolean getDestructive() {
		return destructive;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDestructive(Boolean newDestructive) {
		Boolean oldDestructive = destructive;
		destructive = newDestructive;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, StpaPackage.CONTROL_ACTION__DESTRUCTIVE, oldDestructive, destructive));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Boolean getIrreversible() {
		return irreversible;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setIrreversible(Boolean newIrreversible) {
		Boolean oldIrreversible = irreversible;
		irreversible = newIrreversible;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, StpaPackage.CONTROL_ACTION__IRREVERSIBLE, oldIrreversible, irreversible));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case StpaPackage.CONTROL_ACTION__DESTRUCTIVE:
				return getDestructive();
			case StpaPackage.CONTROL_ACTION__IRREVERSIBLE:
				return getIrreversible();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case StpaPackage.CONTROL_ACTION__DESTRUCTIVE:
				setDestructive((Boolean)newValue);
				return;
			case StpaPackage.CONTROL_ACTION__IRREVERSIBLE:
				setIrreversible((Boolean)newValue);
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
			case StpaPackage.CONTROL_ACTION__DESTRUCTIVE:
				setDestructive(DESTRUCTIVE_EDEFAULT);
				return;
			case StpaPackage.CONTROL_ACTION__IRREVERSIBLE:
				setIrreversible(IRREVERSIBLE_EDEFAULT);
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
			case StpaPackage.CONTROL_ACTION__DESTRUCTIVE:
				return DESTRUCTIVE_EDEFAULT == null ? destructive != null : !DESTRUCTIVE_EDEFAULT.equals(destructive);
			case StpaPackage.CONTROL_ACTION__IRREVERSIBLE:
				return IRREVERSIBLE_EDEFAULT == null ? irreversible != null : !IRREVERSIBLE_EDEFAULT.equals(irreversible);
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (destructive: "); //$NON-NLS-1$
		result.append(destructive);
		result.append(", irreversible: "); //$NON-NLS-1$
		result.append(irreversible);
		result.append(')');
		return result.toString();
	}

} //ControlActionImpl
