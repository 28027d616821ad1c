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

import org.premortem.model.stpa.Component;
import org.premortem.model.stpa.ContextTableRow;
import org.premortem.model.stpa.ControlAction;
import org.premortem.model.stpa.Hazard;
import org.premortem.model.stpa.IdentifiedElement;
import org.premortem.model.stpa.RejectedScenario;
import org.premortem.model.stpa.StpaPackage;
import org.premortem.model.stpa.UcaType;
import org.premortem.model.stpa.UnsafeControlAction;
import org.premortem.model.stpa.VariableValue;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Unsafe Control Action</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.premortem.model.stpa.impl.UnsafeControlActionImpl#getText <em>Text</em>}</li>
 *   <li>{@link org.premortem.model.stpa.impl.UnsafeControlActionImpl#getSource <em>Source</em>}</li>
 *   <li>{@link org.premortem.model.stpa.impl.UnsafeControlActionImpl#getControlAction <em>Control Action</em>}</li>
 *   <li>{@link org.premortem.model.stpa.impl.UnsafeControlActionImpl#getType <em>Type</em>}</li>
 *   <li>{@link org.premortem.model.stpa.impl.UnsafeControlActionImpl#getContext <em>Context</em>}</li>
 *   <li>{@link org.premortem.model.stpa.impl.UnsafeControlActionImpl#getContextConditions <em>Context Conditions</em>}</li>
 *   <li>{@link org.premortem.model.stpa.impl.UnsafeControlActionImpl#getHazards <em>Hazards</em>}</li>
 *   <li>{@link org.premortem.model.stpa.impl.UnsafeControlActionImpl#getRationale <em>Rationale</em>}</li>
 *   <li>{@link org.premortem.model.stpa.impl.UnsafeControlActionImpl#getContextTableRow <em>Context Table Row</em>}</li>
 *   <li>{@link org.premortem.model.stpa.impl.UnsafeControlActionImpl#getRejectedScenarios <em>Rejected Scenarios</em>}</li>
 * </ul>
 *
 * @generated
 */
public class UnsafeControlActionImpl extends IdentifiedElementImpl implements UnsafeControlAction {
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
	 * The cached value of the '{@link #getSource() <em>Source</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSource()
	 * @generated
	 * @ordered
	 */
	protected Component source;

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
	 * The default value of the '{@link #getType() <em>Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getType()
	 * @generated
	 * @ordered
	 */
	protected static final UcaType TYPE_EDEFAULT = UcaType.NOT_PROVIDED;

	/**
	 * The cached value of the '{@link #getType() <em>Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getType()
	 * @generated
	 * @ordered
	 */
	protected UcaType type = TYPE_EDEFAULT;

	/**
	 * The default value of the '{@link #getContext() <em>Context</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getContext()
	 * @generated
	 * @ordered
	 */
	protected static final String CONTEXT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getContext() <em>Context</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getContext()
	 * @generated
	 * @ordered
	 */
	protected String context = CONTEXT_EDEFAULT;

	/**
	 * The cached value of the '{@link #getContextConditions() <em>Context Conditions</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getContextConditions()
	 * @generated
	 * @ordered
	 */
	protected EList<VariableValue> contextConditions;

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
	 * The cached value of the '{@link #getContextTableRow() <em>Context Table Row</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getContextTableRow()
	 * @generated
	 * @ordered
	 */
	protected ContextTableRow contextTableRow;

	/**
	 * The cached value of the '{@link #getRejectedScenarios() <em>Rejected Scenarios</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRejectedScenarios()
	 * @generated
	 * @ordered
	 */
	protected EList<RejectedScenario> rejectedScenarios;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected UnsafeControlActionImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return StpaPackage.Literals.UNSAFE_CONTROL_ACTION;
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
			eNotify(new ENotificationImpl(this, Notification.SET, StpaPackage.UNSAFE_CONTROL_ACTION__TEXT, oldText, text));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Component getSource() {
		if (source != null && source.eIsProxy()) {
			InternalEObject oldSource = (InternalEObject)source;
			source = (Component)eResolveProxy(oldSource);
			if (source != oldSource) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, StpaPackage.UNSAFE_CONTROL_ACTION__SOURCE, oldSource, source));
			}
		}
		return source;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Component basicGetSource() {
		return source;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSource(Component newSource) {
		Component oldSource = source;
		source = newSource;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, StpaPackage.UNSAFE_CONTROL_ACTION__SOURCE, oldSource, source));
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
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, StpaPackage.UNSAFE_CONTROL_ACTION__CONTROL_ACTION, oldControlAction, controlAction));
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
			eNotify(new ENotificationImpl(this, Notification.SET, StpaPackage.UNSAFE_CONTROL_ACTION__CONTROL_ACTION, oldControlAction, controlAction));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public UcaType getType() {
		return type;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setType(UcaType newType) {
		UcaType oldType = type;
		type = newType == null ? TYPE_EDEFAULT : newType;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, StpaPackage.UNSAFE_CONTROL_ACTION__TYPE, oldType, type));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getContext() {
		return context;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setContext(String newContext) {
		String oldContext = context;
		context = newContext;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, StpaPackage.UNSAFE_CONTROL_ACTION__CONTEXT, oldContext, context));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<VariableValue> getContextConditions() {
		if (contextConditions == null) {
			contextConditions = new EObjectContainmentEList<VariableValue>(VariableValue.class, this, StpaPackage.UNSAFE_CONTROL_ACTION__CONTEXT_CONDITIONS);
		}
		return contextConditions;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Hazard> getHazards() {
		if (hazards == null) {
			hazards = new EObjectResolvingEList<Hazard>(Hazard.class, this, StpaPackage.UNSAFE_CONTROL_ACTION__HAZARDS);
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
			eNotify(new ENotificationImpl(this, Notification.SET, StpaPackage.UNSAFE_CONTROL_ACTION__RATIONALE, oldRationale, rationale));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ContextTableRow getContextTableRow() {
		if (contextTableRow != null && contextTableRow.eIsProxy()) {
			InternalEObject oldContextTableRow = (InternalEObject)contextTableRow;
			contextTableRow = (ContextTableRow)eResolveProxy(oldContextTableRow);
			if (contextTableRow != oldContextTableRow) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, StpaPackage.UNSAFE_CONTROL_ACTION__CONTEXT_TABLE_ROW, oldContextTableRow, contextTableRow));
			}
		}
		return contextTableRow;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ContextTableRow basicGetContextTableRow() {
		return contextTableRow;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setContextTableRow(ContextTableRow newContextTableRow) {
		ContextTableRow oldContextTableRow = contextTableRow;
		contextTableRow = newContextTableRow;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, StpaPackage.UNSAFE_CONTROL_ACTION__CONTEXT_TABLE_ROW, oldContextTableRow, contextTableRow));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<RejectedScenario> getRejectedScenarios() {
		if (rejectedScenarios == null) {
			rejectedScenarios = new EObjectContainmentEList<RejectedScenario>(RejectedScenario.class, this, StpaPackage.UNSAFE_CONTROL_ACTION__REJECTED_SCENARIOS);
		}
		return rejectedScenarios;
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
			case StpaPackage.UNSAFE_CONTROL_ACTION__CONTEXT_CONDITIONS:
				return ((InternalEList<?>)getContextConditions()).basicRemove(otherEnd, msgs);
			case StpaPackage.UNSAFE_CONTROL_ACTION__REJECTED_SCENARIOS:
				return ((InternalEList<?>)getRejectedScenarios()).basicRemove(otherEnd, msgs);
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
			case StpaPackage.UNSAFE_CONTROL_ACTION__TEXT:
				return getText();
			case StpaPackage.UNSAFE_CONTROL_ACTION__SOURCE:
				if (resolve) return getSource();
				return basicGetSource();
			case StpaPackage.UNSAFE_CONTROL_ACTION__CONTROL_ACTION:
				if (resolve) return getControlAction();
				return basicGetControlAction();
			case StpaPackage.UNSAFE_CONTROL_ACTION__TYPE:
				return getType();
			case StpaPackage.UNSAFE_CONTROL_ACTION__CONTEXT:
				return getContext();
			case StpaPackage.UNSAFE_CONTROL_ACTION__CONTEXT_CONDITIONS:
				return getContextConditions();
			case StpaPackage.UNSAFE_CONTROL_ACTION__HAZARDS:
				return getHazards();
			case StpaPackage.UNSAFE_CONTROL_ACTION__RATIONALE:
				return getRationale();
			case StpaPackage.UNSAFE_CONTROL_ACTION__CONTEXT_TABLE_ROW:
				if (resolve) return getContextTableRow();
				return basicGetContextTableRow();
			case StpaPackage.UNSAFE_CONTROL_ACTION__REJECTED_SCENARIOS:
				return getRejectedScenarios();
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
			case StpaPackage.UNSAFE_CONTROL_ACTION__TEXT:
				setText((String)newValue);
				return;
			case StpaPackage.UNSAFE_CONTROL_ACTION__SOURCE:
				setSource((Component)newValue);
				return;
			case StpaPackage.UNSAFE_CONTROL_ACTION__CONTROL_ACTION:
				setControlAction((ControlAction)newValue);
				return;
			case StpaPackage.UNSAFE_CONTROL_ACTION__TYPE:
				setType((UcaType)newValue);
				return;
			case StpaPackage.UNSAFE_CONTROL_ACTION__CONTEXT:
				setContext((String)newValue);
				return;
			case StpaPackage.UNSAFE_CONTROL_ACTION__CONTEXT_CONDITIONS:
				getContextConditions().clear();
				getContextConditions().addAll((Collection<? extends VariableValue>)newValue);
				return;
			case StpaPackage.UNSAFE_CONTROL_ACTION__HAZARDS:
				getHazards().clear();
				getHazards().addAll((Collection<? extends Hazard>)newValue);
				return;
			case StpaPackage.UNSAFE_CONTROL_ACTION__RATIONALE:
				setRationale((String)newValue);
				return;
			case StpaPackage.UNSAFE_CONTROL_ACTION__CONTEXT_TABLE_ROW:
				setContextTableRow((ContextTableRow)newValue);
				return;
			case StpaPackage.UNSAFE_CONTROL_ACTION__REJECTED_SCENARIOS:
				getRejectedScenarios().clear();
				getRejectedScenarios().addAll((Collection<? extends RejectedScenario>)newValue);
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
			case StpaPackage.UNSAFE_CONTROL_ACTION__TEXT:
				setText(TEXT_EDEFAULT);
				return;
			case StpaPackage.UNSAFE_CONTROL_ACTION__SOURCE:
				setSource((Component)null);
				return;
			case StpaPackage.UNSAFE_CONTROL_ACTION__CONTROL_ACTION:
				setControlAction((ControlAction)null);
				return;
			case StpaPackage.UNSAFE_CONTROL_ACTION__TYPE:
				setType(TYPE_EDEFAULT);
				return;
			case StpaPackage.UNSAFE_CONTROL_ACTION__CONTEXT:
				setContext(CONTEXT_EDEFAULT);
				return;
			case StpaPackage.UNSAFE_CONTROL_ACTION__CONTEXT_CONDITIONS:
				getContextConditions().clear();
				return;
			case StpaPackage.UNSAFE_CONTROL_ACTION__HAZARDS:
				getHazards().clear();
				return;
			case StpaPackage.UNSAFE_CONTROL_ACTION__RATIONALE:
				setRationale(RATIONALE_EDEFAULT);
				return;
			case StpaPackage.UNSAFE_CONTROL_ACTION__CONTEXT_TABLE_ROW:
				setContextTableRow((ContextTableRow)null);
				return;
			case StpaPackage.UNSAFE_CONTROL_ACTION__REJECTED_SCENARIOS:
				getRejectedScenarios().clear();
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
			case StpaPackage.UNSAFE_CONTROL_ACTION__TEXT:
				return TEXT_EDEFAULT == null ? text != null : !TEXT_EDEFAULT.equals(text);
			case StpaPackage.UNSAFE_CONTROL_ACTION__SOURCE:
				return source != null;
			case StpaPackage.UNSAFE_CONTROL_ACTION__CONTROL_ACTION:
				return controlAction != null;
			case StpaPackage.UNSAFE_CONTROL_ACTION__TYPE:
				return type != TYPE_EDEFAULT;
			case StpaPackage.UNSAFE_CONTROL_ACTION__CONTEXT:
				return CONTEXT_EDEFAULT == null ? context != null : !CONTEXT_EDEFAULT.equals(context);
			case StpaPackage.UNSAFE_CONTROL_ACTION__CONTEXT_CONDITIONS:
				return contextConditions != null && !contextConditions.isEmpty();
			case StpaPackage.UNSAFE_CONTROL_ACTION__HAZARDS:
				return hazards != null && !hazards.isEmpty();
			case StpaPackage.UNSAFE_CONTROL_ACTION__RATIONALE:
				return RATIONALE_EDEFAULT == null ? rationale != null : !RATIONALE_EDEFAULT.equals(rationale);
			case StpaPackage.UNSAFE_CONTROL_ACTION__CONTEXT_TABLE_ROW:
				return contextTableRow != null;
			case StpaPackage.UNSAFE_CONTROL_ACTION__REJECTED_SCENARIOS:
				return rejectedScenarios != null && !rejectedScenarios.isEmpty();
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
				case StpaPackage.IDENTIFIED_ELEMENT___LABEL_TEXT: return StpaPackage.UNSAFE_CONTROL_ACTION___LABEL_TEXT;
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
			case StpaPackage.UNSAFE_CONTROL_ACTION___LABEL_TEXT:
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
		result.append(", type: "); //$NON-NLS-1$
		result.append(type);
		result.append(", context: "); //$NON-NLS-1$
		result.append(context);
		result.append(", rationale: "); //$NON-NLS-1$
		result.append(rationale);
		result.append(')');
		return result.toString();
	}

} //UnsafeControlActionImpl
