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
import org.eclipse.emf.ecore.util.EObjectResolvingEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.premortem.model.stpa.CausalFactor;
import org.premortem.model.stpa.ControlAction;
import org.premortem.model.stpa.Hazard;
import org.premortem.model.stpa.IdentifiedElement;
import org.premortem.model.stpa.LossScenario;
import org.premortem.model.stpa.ScenarioClass;
import org.premortem.model.stpa.StpaPackage;
import org.premortem.model.stpa.UnsafeControlAction;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Loss Scenario</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.premortem.model.stpa.impl.LossScenarioImpl#getText <em>Text</em>}</li>
 *   <li>{@link org.premortem.model.stpa.impl.LossScenarioImpl#getScenarioClass <em>Scenario Class</em>}</li>
 *   <li>{@link org.premortem.model.stpa.impl.LossScenarioImpl#getCausalFactors <em>Causal Factors</em>}</li>
 *   <li>{@link org.premortem.model.stpa.impl.LossScenarioImpl#getUnsafeControlAction <em>Unsafe Control Action</em>}</li>
 *   <li>{@link org.premortem.model.stpa.impl.LossScenarioImpl#getControlAction <em>Control Action</em>}</li>
 *   <li>{@link org.premortem.model.stpa.impl.LossScenarioImpl#getHazards <em>Hazards</em>}</li>
 * </ul>
 *
 * @generated
 */
public class LossScenarioImpl extends IdentifiedElementImpl implements LossScenario {
	/**
	 * The default value of the '{@link #getText() <em>Text</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getText()
	 * @generated
	 * @ordered
	 */
	protected static final String TEXT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getText() <em>Text</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getText()
	 * @generated
	 * @ordered
	 */
	protected String text = TEXT_EDEFAULT;

	/**
	 * The default value of the '{@link #getScenarioClass() <em>Scenario Class</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getScenarioClass()
	 * @generated
	 * @ordered
	 */
	protected static final ScenarioClass SCENARIO_CLASS_EDEFAULT = ScenarioClass.UNSAFE_CONTROLLER_BEHAVIOR;

	/**
	 * The cached value of the '{@link #getScenarioClass() <em>Scenario Class</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getScenarioClass()
	 * @generated
	 * @ordered
	 */
	protected ScenarioClass scenarioClass = SCENARIO_CLASS_EDEFAULT;

	/**
	 * The cached value of the '{@link #getCausalFactors() <em>Causal Factors</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCausalFactors()
	 * @generated
	 * @ordered
	 */
	protected EList<CausalFactor> causalFactors;

	/**
	 * The cached value of the '{@link #getUnsafeControlAction() <em>Unsafe Control Action</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUnsafeControlAction()
	 * @generated
	 * @ordered
	 */
	protected UnsafeControlAction unsafeControlAction;

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
	 * The cached value of the '{@link #getHazards() <em>Hazards</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHazards()
	 * @generated
	 * @ordered
	 */
	protected EList<Hazard> hazards;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected LossScenarioImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return StpaPackage.Literals.LOSS_SCENARIO;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getText() {
		return text;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setText(String newText) {
		String oldText = text;
		text = newText;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, StpaPackage.LOSS_SCENARIO__TEXT, oldText, text));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ScenarioClass getScenarioClass() {
		return scenarioClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setScenarioClass(ScenarioClass newScenarioClass) {
		ScenarioClass oldScenarioClass = scenarioClass;
		scenarioClass = newScenarioClass == null ? SCENARIO_CLASS_EDEFAULT : newScenarioClass;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, StpaPackage.LOSS_SCENARIO__SCENARIO_CLASS, oldScenarioClass, scenarioClass));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<CausalFactor> getCausalFactors() {
		if (causalFactors == null) {
			causalFactors = new EObjectContainmentEList<CausalFactor>(CausalFactor.class, this, StpaPackage.LOSS_SCENARIO__CAUSAL_FACTORS);
		}
		return causalFactors;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public UnsafeControlAction getUnsafeControlAction() {
		if (unsafeControlAction != null && unsafeControlAction.eIsProxy()) {
			InternalEObject oldUnsafeControlAction = (InternalEObject)unsafeControlAction;
			unsafeControlAction = (UnsafeControlAction)eResolveProxy(oldUnsafeControlAction);
			if (unsafeControlAction != oldUnsafeControlAction) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, StpaPackage.LOSS_SCENARIO__UNSAFE_CONTROL_ACTION, oldUnsafeControlAction, unsafeControlAction));
			}
		}
		return unsafeControlAction;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public UnsafeControlAction basicGetUnsafeControlAction() {
		return unsafeControlAction;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setUnsafeControlAction(UnsafeControlAction newUnsafeControlAction) {
		UnsafeControlAction oldUnsafeControlAction = unsafeControlAction;
		unsafeControlAction = newUnsafeControlAction;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, StpaPackage.LOSS_SCENARIO__UNSAFE_CONTROL_ACTION, oldUnsafeControlAction, unsafeControlAction));
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
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, StpaPackage.LOSS_SCENARIO__CONTROL_ACTION, oldControlAction, controlAction));
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
			eNotify(new ENotificationImpl(this, Notification.SET, StpaPackage.LOSS_SCENARIO__CONTROL_ACTION, oldControlAction, controlAction));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Hazard> getHazards() {
		if (hazards == null) {
			hazards = new EObjectResolvingEList<Hazard>(Hazard.class, this, StpaPackage.LOSS_SCENARIO__HAZARDS);
		}
		return hazards;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String labelText() {
		return getText();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case StpaPackage.LOSS_SCENARIO__CAUSAL_FACTORS:
				return ((InternalEList<?>)getCausalFactors()).basicRemove(otherEnd, msgs);
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
			case StpaPackage.LOSS_SCENARIO__TEXT:
				return getText();
			case StpaPackage.LOSS_SCENARIO__SCENARIO_CLASS:
				return getScenarioClass();
			case StpaPackage.LOSS_SCENARIO__CAUSAL_FACTORS:
				return getCausalFactors();
			case StpaPackage.LOSS_SCENARIO__UNSAFE_CONTROL_ACTION:
				if (resolve) return getUnsafeControlAction();
				return basicGetUnsafeControlAction();
			case StpaPackage.LOSS_SCENARIO__CONTROL_ACTION:
				if (resolve) return getControlAction();
				return basicGetControlAction();
			case StpaPackage.LOSS_SCENARIO__HAZARDS:
				return getHazards();
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
			case StpaPackage.LOSS_SCENARIO__TEXT:
				setText((String)newValue);
				return;
			case StpaPackage.LOSS_SCENARIO__SCENARIO_CLASS:
				setScenarioClass((ScenarioClass)newValue);
				return;
			case StpaPackage.LOSS_SCENARIO__CAUSAL_FACTORS:
				getCausalFactors().clear();
				getCausalFactors().addAll((Collection<? extends CausalFactor>)newValue);
				return;
			case StpaPackage.LOSS_SCENARIO__UNSAFE_CONTROL_ACTION:
				setUnsafeControlAction((UnsafeControlAction)newValue);
				return;
			case StpaPackage.LOSS_SCENARIO__CONTROL_ACTION:
				setControlAction((ControlAction)newValue);
				return;
			case StpaPackage.LOSS_SCENARIO__HAZARDS:
				getHazards().clear();
				getHazards().addAll((Collection<? extends Hazard>)newValue);
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
			case StpaPackage.LOSS_SCENARIO__TEXT:
				setText(TEXT_EDEFAULT);
				return;
			case StpaPackage.LOSS_SCENARIO__SCENARIO_CLASS:
				setScenarioClass(SCENARIO_CLASS_EDEFAULT);
				return;
			case StpaPackage.LOSS_SCENARIO__CAUSAL_FACTORS:
				getCausalFactors().clear();
				return;
			case StpaPackage.LOSS_SCENARIO__UNSAFE_CONTROL_ACTION:
				setUnsafeControlAction((UnsafeControlAction)null);
				return;
			case StpaPackage.LOSS_SCENARIO__CONTROL_ACTION:
				setControlAction((ControlAction)null);
				return;
			case StpaPackage.LOSS_SCENARIO__HAZARDS:
				getHazards().clear();
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
			case StpaPackage.LOSS_SCENARIO__TEXT:
				return TEXT_EDEFAULT == null ? text != null : !TEXT_EDEFAULT.equals(text);
			case StpaPackage.LOSS_SCENARIO__SCENARIO_CLASS:
				return scenarioClass != SCENARIO_CLASS_EDEFAULT;
			case StpaPackage.LOSS_SCENARIO__CAUSAL_FACTORS:
				return causalFactors != null && !causalFactors.isEmpty();
			case StpaPackage.LOSS_SCENARIO__UNSAFE_CONTROL_ACTION:
				return unsafeControlAction != null;
			case StpaPackage.LOSS_SCENARIO__CONTROL_ACTION:
				return controlAction != null;
			case StpaPackage.LOSS_SCENARIO__HAZARDS:
				return hazards != null && !hazards.isEmpty();
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
				case StpaPackage.IDENTIFIED_ELEMENT___LABEL_TEXT: return StpaPackage.LOSS_SCENARIO___LABEL_TEXT;
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
			case StpaPackage.LOSS_SCENARIO___LABEL_TEXT:
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
		result.append(" (text: "); //$NON-NLS-1$
		result.append(text);
		result.append(", scenarioClass: "); //$NON-NLS-1$
		result.append(scenarioClass);
		result.append(')');
		return result.toString();
	}

} //LossScenarioImpl
