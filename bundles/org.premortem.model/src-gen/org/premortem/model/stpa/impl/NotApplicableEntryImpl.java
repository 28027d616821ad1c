/**
 * Premortem contributors — EPL-2.0
 */
package org.premortem.model.stpa.impl;

import java.lang.reflect.InvocationTargetException;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.premortem.model.stpa.ControlAction;
import org.premortem.model.stpa.IdentifiedElement;
import org.premortem.model.stpa.NotApplicableEntry;
import org.premortem.model.stpa.NotApplicableVerdict;
import org.premortem.model.stpa.StpaPackage;
import org.premortem.model.stpa.UcaCategory;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Not Applicable Entry</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.premortem.model.stpa.impl.NotApplicableEntryImpl#getControlAction <em>Control Action</em>}</li>
 *   <li>{@link org.premortem.model.stpa.impl.NotApplicableEntryImpl#getCategory <em>Category</em>}</li>
 *   <li>{@link org.premortem.model.stpa.impl.NotApplicableEntryImpl#getVerdict <em>Verdict</em>}</li>
 *   <li>{@link org.premortem.model.stpa.impl.NotApplicableEntryImpl#getRationale <em>Rationale</em>}</li>
 * </ul>
 *
 * @generated
 */
public class NotApplicableEntryImpl extends IdentifiedElementImpl implements NotApplicableEntry {
	/**
	 * The cached value of the '{@link #getControlAction() <em>Control Action</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getControlAction()
	 * @generated
	 * @ordered
	 */
	protected ControlAction controlAction;

	/**
	 * The default value of the '{@link #getCategory() <em>Category</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCategory()
	 * @generated
	 * @ordered
	 */
	protected static final UcaCategory CATEGORY_EDEFAULT = UcaCategory.NOT_PROVIDED;

	/**
	 * The cached value of the '{@link #getCategory() <em>Category</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCategory()
	 * @generated
	 * @ordered
	 */
	protected UcaCategory category = CATEGORY_EDEFAULT;

	/**
	 * The default value of the '{@link #getVerdict() <em>Verdict</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVerdict()
	 * @generated
	 * @ordered
	 */
	protected static final NotApplicableVerdict VERDICT_EDEFAULT = NotApplicableVerdict.NOT_APPLICABLE;

	/**
	 * The cached value of the '{@link #getVerdict() <em>Verdict</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVerdict()
	 * @generated
	 * @ordered
	 */
	protected NotApplicableVerdict verdict = VERDICT_EDEFAULT;

	/**
	 * The default value of the '{@link #getRationale() <em>Rationale</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRationale()
	 * @generated
	 * @ordered
	 */
	protected static final String RATIONALE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getRationale() <em>Rationale</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRationale()
	 * @generated
	 * @ordered
	 */
	protected String rationale = RATIONALE_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected NotApplicableEntryImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return StpaPackage.Literals.NOT_APPLICABLE_ENTRY;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ControlAction getControlAction() {
		if (controlAction != null && controlAction.eIsProxy()) {
			InternalEObject oldControlAction = (InternalEObject)controlAction;
			controlAction = (ControlAction)eResolveProxy(oldControlAction);
			if (controlAction != oldControlAction) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, StpaPackage.NOT_APPLICABLE_ENTRY__CONTROL_ACTION, oldControlAction, controlAction));
			}
		}
		return controlAction;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ControlAction basicGetControlAction() {
		return controlAction;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setControlAction(ControlAction newControlAction) {
		ControlAction oldControlAction = controlAction;
		controlAction = newControlAction;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, StpaPackage.NOT_APPLICABLE_ENTRY__CONTROL_ACTION, oldControlAction, controlAction));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public UcaCategory getCategory() {
		return category;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCategory(UcaCategory newCategory) {
		UcaCategory oldCategory = category;
		category = newCategory == null ? CATEGORY_EDEFAULT : newCategory;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, StpaPackage.NOT_APPLICABLE_ENTRY__CATEGORY, oldCategory, category));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotApplicableVerdict getVerdict() {
		return verdict;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setVerdict(NotApplicableVerdict newVerdict) {
		NotApplicableVerdict oldVerdict = verdict;
		verdict = newVerdict == null ? VERDICT_EDEFAULT : newVerdict;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, StpaPackage.NOT_APPLICABLE_ENTRY__VERDICT, oldVerdict, verdict));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getRationale() {
		return rationale;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRationale(String newRationale) {
		String oldRationale = rationale;
		rationale = newRationale;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, StpaPackage.NOT_APPLICABLE_ENTRY__RATIONALE, oldRationale, rationale));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String labelText() {
		return getRationale();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case StpaPackage.NOT_APPLICABLE_ENTRY__CONTROL_ACTION:
				if (resolve) return getControlAction();
				return basicGetControlAction();
			case StpaPackage.NOT_APPLICABLE_ENTRY__CATEGORY:
				return getCategory();
			case StpaPackage.NOT_APPLICABLE_ENTRY__VERDICT:
				return getVerdict();
			case StpaPackage.NOT_APPLICABLE_ENTRY__RATIONALE:
				return getRationale();
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
			case StpaPackage.NOT_APPLICABLE_ENTRY__CONTROL_ACTION:
				setControlAction((ControlAction)newValue);
				return;
			case StpaPackage.NOT_APPLICABLE_ENTRY__CATEGORY:
				setCategory((UcaCategory)newValue);
				return;
			case StpaPackage.NOT_APPLICABLE_ENTRY__VERDICT:
				setVerdict((NotApplicableVerdict)newValue);
				return;
			case StpaPackage.NOT_APPLICABLE_ENTRY__RATIONALE:
				setRationale((String)newValue);
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
			case StpaPackage.NOT_APPLICABLE_ENTRY__CONTROL_ACTION:
				setControlAction((ControlAction)null);
				return;
			case StpaPackage.NOT_APPLICABLE_ENTRY__CATEGORY:
				setCategory(CATEGORY_EDEFAULT);
				return;
			case StpaPackage.NOT_APPLICABLE_ENTRY__VERDICT:
				setVerdict(VERDICT_EDEFAULT);
				return;
			case StpaPackage.NOT_APPLICABLE_ENTRY__RATIONALE:
				setRationale(RATIONALE_EDEFAULT);
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
			case StpaPackage.NOT_APPLICABLE_ENTRY__CONTROL_ACTION:
				return controlAction != null;
			case StpaPackage.NOT_APPLICABLE_ENTRY__CATEGORY:
				return category != CATEGORY_EDEFAULT;
			case StpaPackage.NOT_APPLICABLE_ENTRY__VERDICT:
				return verdict != VERDICT_EDEFAULT;
			case StpaPackage.NOT_APPLICABLE_ENTRY__RATIONALE:
				return RATIONALE_EDEFAULT == null ? rationale != null : !RATIONALE_EDEFAULT.equals(rationale);
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int eDerivedOperationID(int baseOperationID, Class<?> baseClass) {
		if (baseClass == IdentifiedElement.class) {
			switch (baseOperationID) {
				case StpaPackage.IDENTIFIED_ELEMENT___LABEL_TEXT: return StpaPackage.NOT_APPLICABLE_ENTRY___LABEL_TEXT;
				default: return super.eDerivedOperationID(baseOperationID, baseClass);
			}
		}
		return super.eDerivedOperationID(baseOperationID, baseClass);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eInvoke(int operationID, EList<?> arguments) throws InvocationTargetException {
		switch (operationID) {
			case StpaPackage.NOT_APPLICABLE_ENTRY___LABEL_TEXT:
				return labelText();
		}
		return super.eInvoke(operationID, arguments);
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
		result.append(" (category: "); //$NON-NLS-1$
		result.append(category);
		result.append(", verdict: "); //$NON-NLS-1$
		result.append(verdict);
		result.append(", rationale: "); //$NON-NLS-1$
		result.append(rationale);
		result.append(')');
		return result.toString();
	}

} //NotApplicableEntryImpl
