/**
 * Premortem contributors — EPL-2.0
 */
package org.premortem.model.stpa.impl;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.eclipse.emf.ecore.util.EDataTypeEList;

import org.premortem.model.stpa.ConflictKind;
import org.premortem.model.stpa.IdentifiedElement;
import org.premortem.model.stpa.MergeConflict;
import org.premortem.model.stpa.StpaPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Merge Conflict</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.premortem.model.stpa.impl.MergeConflictImpl#getElement <em>Element</em>}</li>
 *   <li>{@link org.premortem.model.stpa.impl.MergeConflictImpl#getKind <em>Kind</em>}</li>
 *   <li>{@link org.premortem.model.stpa.impl.MergeConflictImpl#getFeature <em>Feature</em>}</li>
 *   <li>{@link org.premortem.model.stpa.impl.MergeConflictImpl#getOurs <em>Ours</em>}</li>
 *   <li>{@link org.premortem.model.stpa.impl.MergeConflictImpl#getTheirs <em>Theirs</em>}</li>
 * </ul>
 *
 * @generated
 */
public class MergeConflictImpl extends MinimalEObjectImpl.Container implements MergeConflict {
	/**
	 * The cached value of the '{@link #getElement() <em>Element</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getElement()
	 * @generated
	 * @ordered
	 */
	protected IdentifiedElement element;

	/**
	 * The default value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected static final ConflictKind KIND_EDEFAULT = ConflictKind.BOTH_CHANGED;

	/**
	 * The cached value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected ConflictKind kind = KIND_EDEFAULT;

	/**
	 * The default value of the '{@link #getFeature() <em>Feature</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFeature()
	 * @generated
	 * @ordered
	 */
	protected static final String FEATURE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getFeature() <em>Feature</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFeature()
	 * @generated
	 * @ordered
	 */
	protected String feature = FEATURE_EDEFAULT;

	/**
	 * The cached value of the '{@link #getOurs() <em>Ours</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOurs()
	 * @generated
	 * @ordered
	 */
	protected EList<String> ours;

	/**
	 * The cached value of the '{@link #getTheirs() <em>Theirs</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTheirs()
	 * @generated
	 * @ordered
	 */
	protected EList<String> theirs;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected MergeConflictImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return StpaPackage.Literals.MERGE_CONFLICT;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public IdentifiedElement getElement() {
		if (element != null && element.eIsProxy()) {
			InternalEObject oldElement = (InternalEObject)element;
			element = (IdentifiedElement)eResolveProxy(oldElement);
			if (element != oldElement) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, StpaPackage.MERGE_CONFLICT__ELEMENT, oldElement, element));
			}
		}
		return element;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public IdentifiedElement basicGetElement() {
		return element;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setElement(IdentifiedElement newElement) {
		IdentifiedElement oldElement = element;
		element = newElement;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, StpaPackage.MERGE_CONFLICT__ELEMENT, oldElement, element));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ConflictKind getKind() {
		return kind;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKind(ConflictKind newKind) {
		ConflictKind oldKind = kind;
		kind = newKind == null ? KIND_EDEFAULT : newKind;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, StpaPackage.MERGE_CONFLICT__KIND, oldKind, kind));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getFeature() {
		return feature;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFeature(String newFeature) {
		String oldFeature = feature;
		feature = newFeature;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, StpaPackage.MERGE_CONFLICT__FEATURE, oldFeature, feature));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getOurs() {
		if (ours == null) {
			ours = new EDataTypeEList<String>(String.class, this, StpaPackage.MERGE_CONFLICT__OURS);
		}
		return ours;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getTheirs() {
		if (theirs == null) {
			theirs = new EDataTypeEList<String>(String.class, this, StpaPackage.MERGE_CONFLICT__THEIRS);
		}
		return theirs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case StpaPackage.MERGE_CONFLICT__ELEMENT:
				if (resolve) return getElement();
				return basicGetElement();
			case StpaPackage.MERGE_CONFLICT__KIND:
				return getKind();
			case StpaPackage.MERGE_CONFLICT__FEATURE:
				return getFeature();
			case StpaPackage.MERGE_CONFLICT__OURS:
				return getOurs();
			case StpaPackage.MERGE_CONFLICT__THEIRS:
				return getTheirs();
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
			case StpaPackage.MERGE_CONFLICT__ELEMENT:
				setElement((IdentifiedElement)newValue);
				return;
			case StpaPackage.MERGE_CONFLICT__KIND:
				setKind((ConflictKind)newValue);
				return;
			case StpaPackage.MERGE_CONFLICT__FEATURE:
				setFeature((String)newValue);
				return;
			case StpaPackage.MERGE_CONFLICT__OURS:
				getOurs().clear();
				getOurs().addAll((Collection<? extends String>)newValue);
				return;
			case StpaPackage.MERGE_CONFLICT__THEIRS:
				getTheirs().clear();
				getTheirs().addAll((Collection<? extends String>)newValue);
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
			case StpaPackage.MERGE_CONFLICT__ELEMENT:
				setElement((IdentifiedElement)null);
				return;
			case StpaPackage.MERGE_CONFLICT__KIND:
				setKind(KIND_EDEFAULT);
				return;
			case StpaPackage.MERGE_CONFLICT__FEATURE:
				setFeature(FEATURE_EDEFAULT);
				return;
			case StpaPackage.MERGE_CONFLICT__OURS:
				getOurs().clear();
				return;
			case StpaPackage.MERGE_CONFLICT__THEIRS:
				getTheirs().clear();
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
			case StpaPackage.MERGE_CONFLICT__ELEMENT:
				return element != null;
			case StpaPackage.MERGE_CONFLICT__KIND:
				return kind != KIND_EDEFAULT;
			case StpaPackage.MERGE_CONFLICT__FEATURE:
				return FEATURE_EDEFAULT == null ? feature != null : !FEATURE_EDEFAULT.equals(feature);
			case StpaPackage.MERGE_CONFLICT__OURS:
				return ours != null && !ours.isEmpty();
			case StpaPackage.MERGE_CONFLICT__THEIRS:
				return theirs != null && !theirs.isEmpty();
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
		result.append(" (kind: "); //$NON-NLS-1$
		result.append(kind);
		result.append(", feature: "); //$NON-NLS-1$
		result.append(feature);
		result.append(", ours: "); //$NON-NLS-1$
		result.append(ours);
		result.append(", theirs: "); //$NON-NLS-1$
		result.append(theirs);
		result.append(')');
		return result.toString();
	}

} //MergeConflictImpl
