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

import org.premortem.model.stpa.Analysis;
import org.premortem.model.stpa.Assumption;
import org.premortem.model.stpa.ContextTable;
import org.premortem.model.stpa.ControlStructure;
import org.premortem.model.stpa.ControllerConstraint;
import org.premortem.model.stpa.DisplayIdCounter;
import org.premortem.model.stpa.Goal;
import org.premortem.model.stpa.Hazard;
import org.premortem.model.stpa.IdentifiedElement;
import org.premortem.model.stpa.Loss;
import org.premortem.model.stpa.LossScenario;
import org.premortem.model.stpa.MergeConflict;
import org.premortem.model.stpa.NotApplicableEntry;
import org.premortem.model.stpa.Requirement;
import org.premortem.model.stpa.StpaPackage;
import org.premortem.model.stpa.SystemConstraint;
import org.premortem.model.stpa.UnsafeControlAction;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Analysis</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.premortem.model.stpa.impl.AnalysisImpl#getName <em>Name</em>}</li>
 *   <li>{@link org.premortem.model.stpa.impl.AnalysisImpl#getDescription <em>Description</em>}</li>
 *   <li>{@link org.premortem.model.stpa.impl.AnalysisImpl#getFormatVersion <em>Format Version</em>}</li>
 *   <li>{@link org.premortem.model.stpa.impl.AnalysisImpl#getGoals <em>Goals</em>}</li>
 *   <li>{@link org.premortem.model.stpa.impl.AnalysisImpl#getAssumptions <em>Assumptions</em>}</li>
 *   <li>{@link org.premortem.model.stpa.impl.AnalysisImpl#getLosses <em>Losses</em>}</li>
 *   <li>{@link org.premortem.model.stpa.impl.AnalysisImpl#getHazards <em>Hazards</em>}</li>
 *   <li>{@link org.premortem.model.stpa.impl.AnalysisImpl#getSystemConstraints <em>System Constraints</em>}</li>
 *   <li>{@link org.premortem.model.stpa.impl.AnalysisImpl#getControlStructures <em>Control Structures</em>}</li>
 *   <li>{@link org.premortem.model.stpa.impl.AnalysisImpl#getUnsafeControlActions <em>Unsafe Control Actions</em>}</li>
 *   <li>{@link org.premortem.model.stpa.impl.AnalysisImpl#getNotApplicable <em>Not Applicable</em>}</li>
 *   <li>{@link org.premortem.model.stpa.impl.AnalysisImpl#getContextTables <em>Context Tables</em>}</li>
 *   <li>{@link org.premortem.model.stpa.impl.AnalysisImpl#getControllerConstraints <em>Controller Constraints</em>}</li>
 *   <li>{@link org.premortem.model.stpa.impl.AnalysisImpl#getLossScenarios <em>Loss Scenarios</em>}</li>
 *   <li>{@link org.premortem.model.stpa.impl.AnalysisImpl#getRequirements <em>Requirements</em>}</li>
 *   <li>{@link org.premortem.model.stpa.impl.AnalysisImpl#getDisplayIdCounters <em>Display Id Counters</em>}</li>
 *   <li>{@link org.premortem.model.stpa.impl.AnalysisImpl#getConflicts <em>Conflicts</em>}</li>
 * </ul>
 *
 * @generated
 */
public class AnalysisImpl extends IdentifiedElementImpl implements Analysis {
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
	 * The default value of the '{@link #getFormatVersion() <em>Format Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFormatVersion()
	 * @generated
	 * @ordered
	 */
	protected static final String FORMAT_VERSION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getFormatVersion() <em>Format Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFormatVersion()
	 * @generated
	 * @ordered
	 */
	protected String formatVersion = FORMAT_VERSION_EDEFAULT;

	/**
	 * The cached value of the '{@link #getGoals() <em>Goals</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGoals()
	 * @generated
	 * @ordered
	 */
	protected EList<Goal> goals;

	/**
	 * The cached value of the '{@link #getAssumptions() <em>Assumptions</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAssumptions()
	 * @generated
	 * @ordered
	 */
	protected EList<Assumption> assumptions;

	/**
	 * The cached value of the '{@link #getLosses() <em>Losses</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLosses()
	 * @generated
	 * @ordered
	 */
	protected EList<Loss> losses;

	/**
	 * The cached value of the '{@link #getHazards() <em>Hazards</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHazards()
	 * @generated
	 * @ordered
	 */
	protected EList<Hazard> hazards;

	/**
	 * The cached value of the '{@link #getSystemConstraints() <em>System Constraints</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSystemConstraints()
	 * @generated
	 * @ordered
	 */
	protected EList<SystemConstraint> systemConstraints;

	/**
	 * The cached value of the '{@link #getControlStructures() <em>Control Structures</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getControlStructures()
	 * @generated
	 * @ordered
	 */
	protected EList<ControlStructure> controlStructures;

	/**
	 * The cached value of the '{@link #getUnsafeControlActions() <em>Unsafe Control Actions</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUnsafeControlActions()
	 * @generated
	 * @ordered
	 */
	protected EList<UnsafeControlAction> unsafeControlActions;

	/**
	 * The cached value of the '{@link #getNotApplicable() <em>Not Applicable</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNotApplicable()
	 * @generated
	 * @ordered
	 */
	protected EList<NotApplicableEntry> notApplicable;

	/**
	 * The cached value of the '{@link #getContextTables() <em>Context Tables</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getContextTables()
	 * @generated
	 * @ordered
	 */
	protected EList<ContextTable> contextTables;

	/**
	 * The cached value of the '{@link #getControllerConstraints() <em>Controller Constraints</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getControllerConstraints()
	 * @generated
	 * @ordered
	 */
	protected EList<ControllerConstraint> controllerConstraints;

	/**
	 * The cached value of the '{@link #getLossScenarios() <em>Loss Scenarios</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLossScenarios()
	 * @generated
	 * @ordered
	 */
	protected EList<LossScenario> lossScenarios;

	/**
	 * The cached value of the '{@link #getRequirements() <em>Requirements</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRequirements()
	 * @generated
	 * @ordered
	 */
	protected EList<Requirement> requirements;

	/**
	 * The cached value of the '{@link #getDisplayIdCounters() <em>Display Id Counters</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDisplayIdCounters()
	 * @generated
	 * @ordered
	 */
	protected EList<DisplayIdCounter> displayIdCounters;

	/**
	 * The cached value of the '{@link #getConflicts() <em>Conflicts</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getConflicts()
	 * @generated
	 * @ordered
	 */
	protected EList<MergeConflict> conflicts;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected AnalysisImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return StpaPackage.Literals.ANALYSIS;
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
			eNotify(new ENotificationImpl(this, Notification.SET, StpaPackage.ANALYSIS__NAME, oldName, name));
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
			eNotify(new ENotificationImpl(this, Notification.SET, StpaPackage.ANALYSIS__DESCRIPTION, oldDescription, description));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getFormatVersion() {
		return formatVersion;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFormatVersion(String newFormatVersion) {
		String oldFormatVersion = formatVersion;
		formatVersion = newFormatVersion;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, StpaPackage.ANALYSIS__FORMAT_VERSION, oldFormatVersion, formatVersion));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Goal> getGoals() {
		if (goals == null) {
			goals = new EObjectContainmentEList<Goal>(Goal.class, this, StpaPackage.ANALYSIS__GOALS);
		}
		return goals;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Assumption> getAssumptions() {
		if (assumptions == null) {
			assumptions = new EObjectContainmentEList<Assumption>(Assumption.class, this, StpaPackage.ANALYSIS__ASSUMPTIONS);
		}
		return assumptions;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Loss> getLosses() {
		if (losses == null) {
			losses = new EObjectContainmentEList<Loss>(Loss.class, this, StpaPackage.ANALYSIS__LOSSES);
		}
		return losses;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Hazard> getHazards() {
		if (hazards == null) {
			hazards = new EObjectContainmentEList<Hazard>(Hazard.class, this, StpaPackage.ANALYSIS__HAZARDS);
		}
		return hazards;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<SystemConstraint> getSystemConstraints() {
		if (systemConstraints == null) {
			systemConstraints = new EObjectContainmentEList<SystemConstraint>(SystemConstraint.class, this, StpaPackage.ANALYSIS__SYSTEM_CONSTRAINTS);
		}
		return systemConstraints;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<ControlStructure> getControlStructures() {
		if (controlStructures == null) {
			controlStructures = new EObjectContainmentEList<ControlStructure>(ControlStructure.class, this, StpaPackage.ANALYSIS__CONTROL_STRUCTURES);
		}
		return controlStructures;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<UnsafeControlAction> getUnsafeControlActions() {
		if (unsafeControlActions == null) {
			unsafeControlActions = new EObjectContainmentEList<UnsafeControlAction>(UnsafeControlAction.class, this, StpaPackage.ANALYSIS__UNSAFE_CONTROL_ACTIONS);
		}
		return unsafeControlActions;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<NotApplicableEntry> getNotApplicable() {
		if (notApplicable == null) {
			notApplicable = new EObjectContainmentEList<NotApplicableEntry>(NotApplicableEntry.class, this, StpaPackage.ANALYSIS__NOT_APPLICABLE);
		}
		return notApplicable;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<ContextTable> getContextTables() {
		if (contextTables == null) {
			contextTables = new EObjectContainmentEList<ContextTable>(ContextTable.class, this, StpaPackage.ANALYSIS__CONTEXT_TABLES);
		}
		return contextTables;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<ControllerConstraint> getControllerConstraints() {
		if (controllerConstraints == null) {
			controllerConstraints = new EObjectContainmentEList<ControllerConstraint>(ControllerConstraint.class, this, StpaPackage.ANALYSIS__CONTROLLER_CONSTRAINTS);
		}
		return controllerConstraints;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<LossScenario> getLossScenarios() {
		if (lossScenarios == null) {
			lossScenarios = new EObjectContainmentEList<LossScenario>(LossScenario.class, this, StpaPackage.ANALYSIS__LOSS_SCENARIOS);
		}
		return lossScenarios;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Requirement> getRequirements() {
		if (requirements == null) {
			requirements = new EObjectContainmentEList<Requirement>(Requirement.class, this, StpaPackage.ANALYSIS__REQUIREMENTS);
		}
		return requirements;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<DisplayIdCounter> getDisplayIdCounters() {
		if (displayIdCounters == null) {
			displayIdCounters = new EObjectContainmentEList<DisplayIdCounter>(DisplayIdCounter.class, this, StpaPackage.ANALYSIS__DISPLAY_ID_COUNTERS);
		}
		return displayIdCounters;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<MergeConflict> getConflicts() {
		if (conflicts == null) {
			conflicts = new EObjectContainmentEList<MergeConflict>(MergeConflict.class, this, StpaPackage.ANALYSIS__CONFLICTS);
		}
		return conflicts;
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
			case StpaPackage.ANALYSIS__GOALS:
				return ((InternalEList<?>)getGoals()).basicRemove(otherEnd, msgs);
			case StpaPackage.ANALYSIS__ASSUMPTIONS:
				return ((InternalEList<?>)getAssumptions()).basicRemove(otherEnd, msgs);
			case StpaPackage.ANALYSIS__LOSSES:
				return ((InternalEList<?>)getLosses()).basicRemove(otherEnd, msgs);
			case StpaPackage.ANALYSIS__HAZARDS:
				return ((InternalEList<?>)getHazards()).basicRemove(otherEnd, msgs);
			case StpaPackage.ANALYSIS__SYSTEM_CONSTRAINTS:
				return ((InternalEList<?>)getSystemConstraints()).basicRemove(otherEnd, msgs);
			case StpaPackage.ANALYSIS__CONTROL_STRUCTURES:
				return ((InternalEList<?>)getControlStructures()).basicRemove(otherEnd, msgs);
			case StpaPackage.ANALYSIS__UNSAFE_CONTROL_ACTIONS:
				return ((InternalEList<?>)getUnsafeControlActions()).basicRemove(otherEnd, msgs);
			case StpaPackage.ANALYSIS__NOT_APPLICABLE:
				return ((InternalEList<?>)getNotApplicable()).basicRemove(otherEnd, msgs);
			case StpaPackage.ANALYSIS__CONTEXT_TABLES:
				return ((InternalEList<?>)getContextTables()).basicRemove(otherEnd, msgs);
			case StpaPackage.ANALYSIS__CONTROLLER_CONSTRAINTS:
				return ((InternalEList<?>)getControllerConstraints()).basicRemove(otherEnd, msgs);
			case StpaPackage.ANALYSIS__LOSS_SCENARIOS:
				return ((InternalEList<?>)getLossScenarios()).basicRemove(otherEnd, msgs);
			case StpaPackage.ANALYSIS__REQUIREMENTS:
				return ((InternalEList<?>)getRequirements()).basicRemove(otherEnd, msgs);
			case StpaPackage.ANALYSIS__DISPLAY_ID_COUNTERS:
				return ((InternalEList<?>)getDisplayIdCounters()).basicRemove(otherEnd, msgs);
			case StpaPackage.ANALYSIS__CONFLICTS:
				return ((InternalEList<?>)getConflicts()).basicRemove(otherEnd, msgs);
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
			case StpaPackage.ANALYSIS__NAME:
				return getName();
			case StpaPackage.ANALYSIS__DESCRIPTION:
				return getDescription();
			case StpaPackage.ANALYSIS__FORMAT_VERSION:
				return getFormatVersion();
			case StpaPackage.ANALYSIS__GOALS:
				return getGoals();
			case StpaPackage.ANALYSIS__ASSUMPTIONS:
				return getAssumptions();
			case StpaPackage.ANALYSIS__LOSSES:
				return getLosses();
			case StpaPackage.ANALYSIS__HAZARDS:
				return getHazards();
			case StpaPackage.ANALYSIS__SYSTEM_CONSTRAINTS:
				return getSystemConstraints();
			case StpaPackage.ANALYSIS__CONTROL_STRUCTURES:
				return getControlStructures();
			case StpaPackage.ANALYSIS__UNSAFE_CONTROL_ACTIONS:
				return getUnsafeControlActions();
			case StpaPackage.ANALYSIS__NOT_APPLICABLE:
				return getNotApplicable();
			case StpaPackage.ANALYSIS__CONTEXT_TABLES:
				return getContextTables();
			case StpaPackage.ANALYSIS__CONTROLLER_CONSTRAINTS:
				return getControllerConstraints();
			case StpaPackage.ANALYSIS__LOSS_SCENARIOS:
				return getLossScenarios();
			case StpaPackage.ANALYSIS__REQUIREMENTS:
				return getRequirements();
			case StpaPackage.ANALYSIS__DISPLAY_ID_COUNTERS:
				return getDisplayIdCounters();
			case StpaPackage.ANALYSIS__CONFLICTS:
				return getConflicts();
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
			case StpaPackage.ANALYSIS__NAME:
				setName((String)newValue);
				return;
			case StpaPackage.ANALYSIS__DESCRIPTION:
				setDescription((String)newValue);
				return;
			case StpaPackage.ANALYSIS__FORMAT_VERSION:
				setFormatVersion((String)newValue);
				return;
			case StpaPackage.ANALYSIS__GOALS:
				getGoals().clear();
				getGoals().addAll((Collection<? extends Goal>)newValue);
				return;
			case StpaPackage.ANALYSIS__ASSUMPTIONS:
				getAssumptions().clear();
				getAssumptions().addAll((Collection<? extends Assumption>)newValue);
				return;
			case StpaPackage.ANALYSIS__LOSSES:
				getLosses().clear();
				getLosses().addAll((Collection<? extends Loss>)newValue);
				return;
			case StpaPackage.ANALYSIS__HAZARDS:
				getHazards().clear();
				getHazards().addAll((Collection<? extends Hazard>)newValue);
				return;
			case StpaPackage.ANALYSIS__SYSTEM_CONSTRAINTS:
				getSystemConstraints().clear();
				getSystemConstraints().addAll((Collection<? extends SystemConstraint>)newValue);
				return;
			case StpaPackage.ANALYSIS__CONTROL_STRUCTURES:
				getControlStructures().clear();
				getControlStructures().addAll((Collection<? extends ControlStructure>)newValue);
				return;
			case StpaPackage.ANALYSIS__UNSAFE_CONTROL_ACTIONS:
				getUnsafeControlActions().clear();
				getUnsafeControlActions().addAll((Collection<? extends UnsafeControlAction>)newValue);
				return;
			case StpaPackage.ANALYSIS__NOT_APPLICABLE:
				getNotApplicable().clear();
				getNotApplicable().addAll((Collection<? extends NotApplicableEntry>)newValue);
				return;
			case StpaPackage.ANALYSIS__CONTEXT_TABLES:
				getContextTables().clear();
				getContextTables().addAll((Collection<? extends ContextTable>)newValue);
				return;
			case StpaPackage.ANALYSIS__CONTROLLER_CONSTRAINTS:
				getControllerConstraints().clear();
				getControllerConstraints().addAll((Collection<? extends ControllerConstraint>)newValue);
				return;
			case StpaPackage.ANALYSIS__LOSS_SCENARIOS:
				getLossScenarios().clear();
				getLossScenarios().addAll((Collection<? extends LossScenario>)newValue);
				return;
			case StpaPackage.ANALYSIS__REQUIREMENTS:
				getRequirements().clear();
				getRequirements().addAll((Collection<? extends Requirement>)newValue);
				return;
			case StpaPackage.ANALYSIS__DISPLAY_ID_COUNTERS:
				getDisplayIdCounters().clear();
				getDisplayIdCounters().addAll((Collection<? extends DisplayIdCounter>)newValue);
				return;
			case StpaPackage.ANALYSIS__CONFLICTS:
				getConflicts().clear();
				getConflicts().addAll((Collection<? extends MergeConflict>)newValue);
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
			case StpaPackage.ANALYSIS__NAME:
				setName(NAME_EDEFAULT);
				return;
			case StpaPackage.ANALYSIS__DESCRIPTION:
				setDescription(DESCRIPTION_EDEFAULT);
				return;
			case StpaPackage.ANALYSIS__FORMAT_VERSION:
				setFormatVersion(FORMAT_VERSION_EDEFAULT);
				return;
			case StpaPackage.ANALYSIS__GOALS:
				getGoals().clear();
				return;
			case StpaPackage.ANALYSIS__ASSUMPTIONS:
				getAssumptions().clear();
				return;
			case StpaPackage.ANALYSIS__LOSSES:
				getLosses().clear();
				return;
			case StpaPackage.ANALYSIS__HAZARDS:
				getHazards().clear();
				return;
			case StpaPackage.ANALYSIS__SYSTEM_CONSTRAINTS:
				getSystemConstraints().clear();
				return;
			case StpaPackage.ANALYSIS__CONTROL_STRUCTURES:
				getControlStructures().clear();
				return;
			case StpaPackage.ANALYSIS__UNSAFE_CONTROL_ACTIONS:
				getUnsafeControlActions().clear();
				return;
			case StpaPackage.ANALYSIS__NOT_APPLICABLE:
				getNotApplicable().clear();
				return;
			case StpaPackage.ANALYSIS__CONTEXT_TABLES:
				getContextTables().clear();
				return;
			case StpaPackage.ANALYSIS__CONTROLLER_CONSTRAINTS:
				getControllerConstraints().clear();
				return;
			case StpaPackage.ANALYSIS__LOSS_SCENARIOS:
				getLossScenarios().clear();
				return;
			case StpaPackage.ANALYSIS__REQUIREMENTS:
				getRequirements().clear();
				return;
			case StpaPackage.ANALYSIS__DISPLAY_ID_COUNTERS:
				getDisplayIdCounters().clear();
				return;
			case StpaPackage.ANALYSIS__CONFLICTS:
				getConflicts().clear();
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
			case StpaPackage.ANALYSIS__NAME:
				return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
			case StpaPackage.ANALYSIS__DESCRIPTION:
				return DESCRIPTION_EDEFAULT == null ? description != null : !DESCRIPTION_EDEFAULT.equals(description);
			case StpaPackage.ANALYSIS__FORMAT_VERSION:
				return FORMAT_VERSION_EDEFAULT == null ? formatVersion != null : !FORMAT_VERSION_EDEFAULT.equals(formatVersion);
			case StpaPackage.ANALYSIS__GOALS:
				return goals != null && !goals.isEmpty();
			case StpaPackage.ANALYSIS__ASSUMPTIONS:
				return assumptions != null && !assumptions.isEmpty();
			case StpaPackage.ANALYSIS__LOSSES:
				return losses != null && !losses.isEmpty();
			case StpaPackage.ANALYSIS__HAZARDS:
				return hazards != null && !hazards.isEmpty();
			case StpaPackage.ANALYSIS__SYSTEM_CONSTRAINTS:
				return systemConstraints != null && !systemConstraints.isEmpty();
			case StpaPackage.ANALYSIS__CONTROL_STRUCTURES:
				return controlStructures != null && !controlStructures.isEmpty();
			case StpaPackage.ANALYSIS__UNSAFE_CONTROL_ACTIONS:
				return unsafeControlActions != null && !unsafeControlActions.isEmpty();
			case StpaPackage.ANALYSIS__NOT_APPLICABLE:
				return notApplicable != null && !notApplicable.isEmpty();
			case StpaPackage.ANALYSIS__CONTEXT_TABLES:
				return contextTables != null && !contextTables.isEmpty();
			case StpaPackage.ANALYSIS__CONTROLLER_CONSTRAINTS:
				return controllerConstraints != null && !controllerConstraints.isEmpty();
			case StpaPackage.ANALYSIS__LOSS_SCENARIOS:
				return lossScenarios != null && !lossScenarios.isEmpty();
			case StpaPackage.ANALYSIS__REQUIREMENTS:
				return requirements != null && !requirements.isEmpty();
			case StpaPackage.ANALYSIS__DISPLAY_ID_COUNTERS:
				return displayIdCounters != null && !displayIdCounters.isEmpty();
			case StpaPackage.ANALYSIS__CONFLICTS:
				return conflicts != null && !conflicts.isEmpty();
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
				case StpaPackage.IDENTIFIED_ELEMENT___LABEL_TEXT: return StpaPackage.ANALYSIS___LABEL_TEXT;
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
			case StpaPackage.ANALYSIS___LABEL_TEXT:
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
		result.append(", formatVersion: "); //$NON-NLS-1$
		result.append(formatVersion);
		result.append(')');
		return result.toString();
	}

} //AnalysisImpl
