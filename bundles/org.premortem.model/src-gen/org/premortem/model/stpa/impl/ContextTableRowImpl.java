/**
 * Premortem contributors — EPL-2.0
 */
package org.premortem.model.stpa.impl;

import java.lang.reflect.InvocationTargetException;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EDataTypeUniqueEList;
import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.EObjectResolvingEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.premortem.model.stpa.ContextTableRow;
import org.premortem.model.stpa.Hazard;
import org.premortem.model.stpa.IdentifiedElement;
import org.premortem.model.stpa.StpaPackage;
import org.premortem.model.stpa.UcaType;
import org.premortem.model.stpa.VariableValue;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Context Table Row</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.premortem.model.stpa.impl.ContextTableRowImpl#getValues <em>Values</em>}</li>
 *   <li>{@link org.premortem.model.stpa.impl.ContextTableRowImpl#getHazardousTypes <em>Hazardous Types</em>}</li>
 *   <li>{@link org.premortem.model.stpa.impl.ContextTableRowImpl#getHazards <em>Hazards</em>}</li>
 *   <li>{@link org.premortem.model.stpa.impl.ContextTableRowImpl#getRationale <em>Rationale</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ContextTableRowImpl extends IdentifiedElementImpl implements ContextTableRow {
	/**
	 * The cached value of the '{@link #getValues() <em>Values</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getValues()
	 * @generated
	 * @ordered
	 */
	protected EList<VariableValue> values;

	/**
	 * The cached value of the '{@link #getHazardousTypes() <em>Hazardous Types</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHazardousTypes()
	 * @generated
	 * @ordered
	 */
	protected EList<UcaType> hazardousTypes;

	/**
	 * The cached value of the '{@link #getHazards() <em>Hazards</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHazards()
	 * @generated
	 * @ordered
	 */
	protected EList<Hazard> hazards;

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
	protected ContextTableRowImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return StpaPackage.Literals.CONTEXT_TABLE_ROW;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<VariableValue> getValues() {
		if (values == null) {
			values = new EObjectContainmentEList<VariableValue>(VariableValue.class, this, StpaPackage.CONTEXT_TABLE_ROW__VALUES);
		}
		return values;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<UcaType> getHazardousTypes() {
		if (hazardousTypes == null) {
			hazardousTypes = new EDataTypeUniqueEList<UcaType>(UcaType.class, this, StpaPackage.CONTEXT_TABLE_ROW__HAZARDOUS_TYPES);
		}
		return hazardousTypes;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Hazard> getHazards() {
		if (hazards == null) {
			hazards = new EObjectResolvingEList<Hazard>(Hazard.class, this, StpaPackage.CONTEXT_TABLE_ROW__HAZARDS);
		}
		return hazards;
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
			eNotify(new ENotificationImpl(this, Notification.SET, StpaPackage.CONTEXT_TABLE_ROW__RATIONALE, oldRationale, rationale));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String labelText() {
		StringBuilder result = new StringBuilder();
		for (VariableValue value : getValues()) {
			if (result.length() > 0) {
				result.append(", "); //$NON-NLS-1$
			}
			result.append(value.getVariable() == null ? "?" : value.getVariable().getName()).append('=').append(value.getValue()); //$NON-NLS-1$
		}
		return result.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case StpaPackage.CONTEXT_TABLE_ROW__VALUES:
				return ((InternalEList<?>)getValues()).basicRemove(otherEnd, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case StpaPackage.CONTEXT_TABLE_ROW__VALUES:
				return getValues();
			case StpaPackage.CONTEXT_TABLE_ROW__HAZARDOUS_TYPES:
				return getHazardousTypes();
			case StpaPackage.CONTEXT_TABLE_ROW__HAZARDS:
				return getHazards();
			case StpaPackage.CONTEXT_TABLE_ROW__RATIONALE:
				return getRationale();
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
			case StpaPackage.CONTEXT_TABLE_ROW__VALUES:
				getValues().clear();
				getValues().addAll((Collection<? extends VariableValue>)newValue);
				return;
			case StpaPackage.CONTEXT_TABLE_ROW__HAZARDOUS_TYPES:
				getHazardousTypes().clear();
				getHazardousTypes().addAll((Collection<? extends UcaType>)newValue);
				return;
			case StpaPackage.CONTEXT_TABLE_ROW__HAZARDS:
				getHazards().clear();
				getHazards().addAll((Collection<? extends Hazard>)newValue);
				return;
			case StpaPackage.CONTEXT_TABLE_ROW__RATIONALE:
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
			case StpaPackage.CONTEXT_TABLE_ROW__VALUES:
				getValues().clear();
				return;
			case StpaPackage.CONTEXT_TABLE_ROW__HAZARDOUS_TYPES:
				getHazardousTypes().clear();
				return;
			case StpaPackage.CONTEXT_TABLE_ROW__HAZARDS:
				getHazards().clear();
				return;
			case StpaPackage.CONTEXT_TABLE_ROW__RATIONALE:
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
			case StpaPackage.CONTEXT_TABLE_ROW__VALUES:
				return values != null && !values.isEmpty();
			case StpaPackage.CONTEXT_TABLE_ROW__HAZARDOUS_TYPES:
				return hazardousTypes != null && !hazardousTypes.isEmpty();
			case StpaPackage.CONTEXT_TABLE_ROW__HAZARDS:
				return hazards != null && !hazards.isEmpty();
			case StpaPackage.CONTEXT_TABLE_ROW__RATIONALE:
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
				case StpaPackage.IDENTIFIED_ELEMENT___LABEL_TEXT: return StpaPackage.CONTEXT_TABLE_ROW___LABEL_TEXT;
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
			case StpaPackage.CONTEXT_TABLE_ROW___LABEL_TEXT:
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
		result.append(" (hazardousTypes: "); //$NON-NLS-1$
		result.append(hazardousTypes);
		result.append(", rationale: "); //$NON-NLS-1$
		result.append(rationale);
		result.append(')');
		return result.toString();
	}

} //ContextTableRowImpl
