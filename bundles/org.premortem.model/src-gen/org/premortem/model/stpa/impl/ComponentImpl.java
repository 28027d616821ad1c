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

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.premortem.model.stpa.Component;
import org.premortem.model.stpa.ComponentKind;
import org.premortem.model.stpa.IdentifiedElement;
import org.premortem.model.stpa.ProcessModelVariable;
import org.premortem.model.stpa.Responsibility;
import org.premortem.model.stpa.StpaPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Component</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.premortem.model.stpa.impl.ComponentImpl#getName <em>Name</em>}</li>
 *   <li>{@link org.premortem.model.stpa.impl.ComponentImpl#getDescription <em>Description</em>}</li>
 *   <li>{@link org.premortem.model.stpa.impl.ComponentImpl#getKind <em>Kind</em>}</li>
 *   <li>{@link org.premortem.model.stpa.impl.ComponentImpl#getReplicas <em>Replicas</em>}</li>
 *   <li>{@link org.premortem.model.stpa.impl.ComponentImpl#getChildren <em>Children</em>}</li>
 *   <li>{@link org.premortem.model.stpa.impl.ComponentImpl#getResponsibilities <em>Responsibilities</em>}</li>
 *   <li>{@link org.premortem.model.stpa.impl.ComponentImpl#getProcessModel <em>Process Model</em>}</li>
 *   <li>{@link org.premortem.model.stpa.impl.ComponentImpl#getControlAlgorithm <em>Control Algorithm</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ComponentImpl extends IdentifiedElementImpl implements Component {
	/**
	 * The default value of the '{@link #getName() <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getName()
	 * @generated
	 * @ordered
	 */
	protected static final String NAME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getName() <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getName()
	 * @generated
	 * @ordered
	 */
	protected String name = NAME_EDEFAULT;

	/**
	 * The default value of the '{@link #getDescription() <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDescription()
	 * @generated
	 * @ordered
	 */
	protected static final String DESCRIPTION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDescription() <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDescription()
	 * @generated
	 * @ordered
	 */
	protected String description = DESCRIPTION_EDEFAULT;

	/**
	 * The default value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected static final ComponentKind KIND_EDEFAULT = ComponentKind.CONTROLLER;

	/**
	 * The cached value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected ComponentKind kind = KIND_EDEFAULT;

	/**
	 * The default value of the '{@link #getReplicas() <em>Replicas</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReplicas()
	 * @generated
	 * @ordered
	 */
	protected static final int REPLICAS_EDEFAULT = 1;

	/**
	 * The cached value of the '{@link #getReplicas() <em>Replicas</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReplicas()
	 * @generated
	 * @ordered
	 */
	protected int replicas = REPLICAS_EDEFAULT;

	/**
	 * The cached value of the '{@link #getChildren() <em>Children</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getChildren()
	 * @generated
	 * @ordered
	 */
	protected EList<Component> children;

	/**
	 * The cached value of the '{@link #getResponsibilities() <em>Responsibilities</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getResponsibilities()
	 * @generated
	 * @ordered
	 */
	protected EList<Responsibility> responsibilities;

	/**
	 * The cached value of the '{@link #getProcessModel() <em>Process Model</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getProcessModel()
	 * @generated
	 * @ordered
	 */
	protected EList<ProcessModelVariable> processModel;

	/**
	 * The default value of the '{@link #getControlAlgorithm() <em>Control Algorithm</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getControlAlgorithm()
	 * @generated
	 * @ordered
	 */
	protected static final String CONTROL_ALGORITHM_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getControlAlgorithm() <em>Control Algorithm</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getControlAlgorithm()
	 * @generated
	 * @ordered
	 */
	protected String controlAlgorithm = CONTROL_ALGORITHM_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ComponentImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return StpaPackage.Literals.COMPONENT;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getName() {
		return name;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setName(String newName) {
		String oldName = name;
		name = newName;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, StpaPackage.COMPONENT__NAME, oldName, name));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getDescription() {
		return description;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDescription(String newDescription) {
		String oldDescription = description;
		description = newDescription;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, StpaPackage.COMPONENT__DESCRIPTION, oldDescription, description));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ComponentKind getKind() {
		return kind;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKind(ComponentKind newKind) {
		ComponentKind oldKind = kind;
		kind = newKind == null ? KIND_EDEFAULT : newKind;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, StpaPackage.COMPONENT__KIND, oldKind, kind));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getReplicas() {
		return replicas;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setReplicas(int newReplicas) {
		int oldReplicas = replicas;
		replicas = newReplicas;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, StpaPackage.COMPONENT__REPLICAS, oldReplicas, replicas));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Component> getChildren() {
		if (children == null) {
			children = new EObjectContainmentEList<Component>(Component.class, this, StpaPackage.COMPONENT__CHILDREN);
		}
		return children;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Responsibility> getResponsibilities() {
		if (responsibilities == null) {
			responsibilities = new EObjectContainmentEList<Responsibility>(Responsibility.class, this, StpaPackage.COMPONENT__RESPONSIBILITIES);
		}
		return responsibilities;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<ProcessModelVariable> getProcessModel() {
		if (processModel == null) {
			processModel = new EObjectContainmentEList<ProcessModelVariable>(ProcessModelVariable.class, this, StpaPackage.COMPONENT__PROCESS_MODEL);
		}
		return processModel;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getControlAlgorithm() {
		return controlAlgorithm;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setControlAlgorithm(String newControlAlgorithm) {
		String oldControlAlgorithm = controlAlgorithm;
		controlAlgorithm = newControlAlgorithm;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, StpaPackage.COMPONENT__CONTROL_ALGORITHM, oldControlAlgorithm, controlAlgorithm));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String labelText() {
		return getName();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case StpaPackage.COMPONENT__CHILDREN:
				return ((InternalEList<?>)getChildren()).basicRemove(otherEnd, msgs);
			case StpaPackage.COMPONENT__RESPONSIBILITIES:
				return ((InternalEList<?>)getResponsibilities()).basicRemove(otherEnd, msgs);
			case StpaPackage.COMPONENT__PROCESS_MODEL:
				return ((InternalEList<?>)getProcessModel()).basicRemove(otherEnd, msgs);
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
			case StpaPackage.COMPONENT__NAME:
				return getName();
			case StpaPackage.COMPONENT__DESCRIPTION:
				return getDescription();
			case StpaPackage.COMPONENT__KIND:
				return getKind();
			case StpaPackage.COMPONENT__REPLICAS:
				return getReplicas();
			case StpaPackage.COMPONENT__CHILDREN:
				return getChildren();
			case StpaPackage.COMPONENT__RESPONSIBILITIES:
				return getResponsibilities();
			case StpaPackage.COMPONENT__PROCESS_MODEL:
				return getProcessModel();
			case StpaPackage.COMPONENT__CONTROL_ALGORITHM:
				return getControlAlgorithm();
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
			case StpaPackage.COMPONENT__NAME:
				setName((String)newValue);
				return;
			case StpaPackage.COMPONENT__DESCRIPTION:
				setDescription((String)newValue);
				return;
			case StpaPackage.COMPONENT__KIND:
				setKind((ComponentKind)newValue);
				return;
			case StpaPackage.COMPONENT__REPLICAS:
				setReplicas((Integer)newValue);
				return;
			case StpaPackage.COMPONENT__CHILDREN:
				getChildren().clear();
				getChildren().addAll((Collection<? extends Component>)newValue);
				return;
			case StpaPackage.COMPONENT__RESPONSIBILITIES:
				getResponsibilities().clear();
				getResponsibilities().addAll((Collection<? extends Responsibility>)newValue);
				return;
			case StpaPackage.COMPONENT__PROCESS_MODEL:
				getProcessModel().clear();
				getProcessModel().addAll((Collection<? extends ProcessModelVariable>)newValue);
				return;
			case StpaPackage.COMPONENT__CONTROL_ALGORITHM:
				setControlAlgorithm((String)newValue);
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
			case StpaPackage.COMPONENT__NAME:
				setName(NAME_EDEFAULT);
				return;
			case StpaPackage.COMPONENT__DESCRIPTION:
				setDescription(DESCRIPTION_EDEFAULT);
				return;
			case StpaPackage.COMPONENT__KIND:
				setKind(KIND_EDEFAULT);
				return;
			case StpaPackage.COMPONENT__REPLICAS:
				setReplicas(REPLICAS_EDEFAULT);
				return;
			case StpaPackage.COMPONENT__CHILDREN:
				getChildren().clear();
				return;
			case StpaPackage.COMPONENT__RESPONSIBILITIES:
				getResponsibilities().clear();
				return;
			case StpaPackage.COMPONENT__PROCESS_MODEL:
				getProcessModel().clear();
				return;
			case StpaPackage.COMPONENT__CONTROL_ALGORITHM:
				setControlAlgorithm(CONTROL_ALGORITHM_EDEFAULT);
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
			case StpaPackage.COMPONENT__NAME:
				return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
			case StpaPackage.COMPONENT__DESCRIPTION:
				return DESCRIPTION_EDEFAULT == null ? description != null : !DESCRIPTION_EDEFAULT.equals(description);
			case StpaPackage.COMPONENT__KIND:
				return kind != KIND_EDEFAULT;
			case StpaPackage.COMPONENT__REPLICAS:
				return replicas != REPLICAS_EDEFAULT;
			case StpaPackage.COMPONENT__CHILDREN:
				return children != null && !children.isEmpty();
			case StpaPackage.COMPONENT__RESPONSIBILITIES:
				return responsibilities != null && !responsibilities.isEmpty();
			case StpaPackage.COMPONENT__PROCESS_MODEL:
				return processModel != null && !processModel.isEmpty();
			case StpaPackage.COMPONENT__CONTROL_ALGORITHM:
				return CONTROL_ALGORITHM_EDEFAULT == null ? controlAlgorithm != null : !CONTROL_ALGORITHM_EDEFAULT.equals(controlAlgorithm);
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
				case StpaPackage.IDENTIFIED_ELEMENT___LABEL_TEXT: return StpaPackage.COMPONENT___LABEL_TEXT;
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
			case StpaPackage.COMPONENT___LABEL_TEXT:
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
		result.append(" (name: "); //$NON-NLS-1$
		result.append(name);
		result.append(", description: "); //$NON-NLS-1$
		result.append(description);
		result.append(", kind: "); //$NON-NLS-1$
		result.append(kind);
		result.append(", replicas: "); //$NON-NLS-1$
		result.append(replicas);
		result.append(", controlAlgorithm: "); //$NON-NLS-1$
		result.append(controlAlgorithm);
		result.append(')');
		return result.toString();
	}

} //ComponentImpl
