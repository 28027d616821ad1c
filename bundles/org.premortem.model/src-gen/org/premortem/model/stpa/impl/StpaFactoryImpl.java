/**
 * Premortem contributors — EPL-2.0
 */
package org.premortem.model.stpa.impl;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;

import org.eclipse.emf.ecore.impl.EFactoryImpl;

import org.eclipse.emf.ecore.plugin.EcorePlugin;

import org.premortem.model.stpa.*;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model <b>Factory</b>.
 * <!-- end-user-doc -->
 * @generated
 */
public class StpaFactoryImpl extends EFactoryImpl implements StpaFactory {
	/**
	 * Creates the default factory implementation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static StpaFactory init() {
		try {
			StpaFactory theStpaFactory = (StpaFactory)EPackage.Registry.INSTANCE.getEFactory(StpaPackage.eNS_URI);
			if (theStpaFactory != null) {
				return theStpaFactory;
			}
		}
		catch (Exception exception) {
			EcorePlugin.INSTANCE.log(exception);
		}
		return new StpaFactoryImpl();
	}

	/**
	 * Creates an instance of the factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public StpaFactoryImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EObject create(EClass eClass) {
		switch (eClass.getClassifierID()) {
			case StpaPackage.ANALYSIS: return createAnalysis();
			case StpaPackage.DISPLAY_ID_COUNTER: return createDisplayIdCounter();
			case StpaPackage.MERGE_CONFLICT: return createMergeConflict();
			case StpaPackage.GOAL: return createGoal();
			case StpaPackage.ASSUMPTION: return createAssumption();
			case StpaPackage.LOSS: return createLoss();
			case StpaPackage.HAZARD: return createHazard();
			case StpaPackage.SYSTEM_CONSTRAINT: return createSystemConstraint();
			case StpaPackage.CONTROL_STRUCTURE: return createControlStructure();
			case StpaPackage.NODE_LAYOUT: return createNodeLayout();
			case StpaPackage.COMPONENT: return createComponent();
			case StpaPackage.RESPONSIBILITY: return createResponsibility();
			case StpaPackage.PROCESS_MODEL_VARIABLE: return createProcessModelVariable();
			case StpaPackage.CONTROL_ACTION: return createControlAction();
			case StpaPackage.FEEDBACK: return createFeedback();
			case StpaPackage.INPUT_OUTPUT: return createInputOutput();
			case StpaPackage.UNSAFE_CONTROL_ACTION: return createUnsafeControlAction();
			case StpaPackage.REJECTED_SCENARIO: return createRejectedScenario();
			case StpaPackage.NOT_APPLICABLE_ENTRY: return createNotApplicableEntry();
			case StpaPackage.VARIABLE_VALUE: return createVariableValue();
			case StpaPackage.CONTEXT_TABLE: return createContextTable();
			case StpaPackage.CONTEXT_TABLE_ROW: return createContextTableRow();
			case StpaPackage.CONTROLLER_CONSTRAINT: return createControllerConstraint();
			case StpaPackage.LOSS_SCENARIO: return createLossScenario();
			case StpaPackage.CAUSAL_FACTOR: return createCausalFactor();
			case StpaPackage.REQUIREMENT: return createRequirement();
			default:
				throw new IllegalArgumentException("The class '" + eClass.getName() + "' is not a valid classifier"); //$NON-NLS-1$ //$NON-NLS-2$
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object createFromString(EDataType eDataType, String initialValue) {
		switch (eDataType.getClassifierID()) {
			case StpaPackage.CONFLICT_KIND:
				return createConflictKindFromString(eDataType, initialValue);
			case StpaPackage.COMPONENT_KIND:
				return createComponentKindFromString(eDataType, initialValue);
			case StpaPackage.UCA_TYPE:
				return createUcaTypeFromString(eDataType, initialValue);
			case StpaPackage.UCA_CATEGORY:
				return createUcaCategoryFromString(eDataType, initialValue);
			case StpaPackage.NOT_APPLICABLE_VERDICT:
				return createNotApplicableVerdictFromString(eDataType, initialValue);
			case StpaPackage.SCENARIO_CLASS:
				return createScenarioClassFromString(eDataType, initialValue);
			case StpaPackage.CAUSAL_FACTOR_KIND:
				return createCausalFactorKindFromString(eDataType, initialValue);
			default:
				throw new IllegalArgumentException("The datatype '" + eDataType.getName() + "' is not a valid classifier"); //$NON-NLS-1$ //$NON-NLS-2$
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String convertToString(EDataType eDataType, Object instanceValue) {
		switch (eDataType.getClassifierID()) {
			case StpaPackage.CONFLICT_KIND:
				return convertConflictKindToString(eDataType, instanceValue);
			case StpaPackage.COMPONENT_KIND:
				return convertComponentKindToString(eDataType, instanceValue);
			case StpaPackage.UCA_TYPE:
				return convertUcaTypeToString(eDataType, instanceValue);
			case StpaPackage.UCA_CATEGORY:
				return convertUcaCategoryToString(eDataType, instanceValue);
			case StpaPackage.NOT_APPLICABLE_VERDICT:
				return convertNotApplicableVerdictToString(eDataType, instanceValue);
			case StpaPackage.SCENARIO_CLASS:
				return convertScenarioClassToString(eDataType, instanceValue);
			case StpaPackage.CAUSAL_FACTOR_KIND:
				return convertCausalFactorKindToString(eDataType, instanceValue);
			default:
				throw new IllegalArgumentException("The datatype '" + eDataType.getName() + "' is not a valid classifier"); //$NON-NLS-1$ //$NON-NLS-2$
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Analysis createAnalysis() {
		AnalysisImpl analysis = new AnalysisImpl();
		return analysis;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public DisplayIdCounter createDisplayIdCounter() {
		DisplayIdCounterImpl displayIdCounter = new DisplayIdCounterImpl();
		return displayIdCounter;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public MergeConflict createMergeConflict() {
		MergeConflictImpl mergeConflict = new MergeConflictImpl();
		return mergeConflict;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Goal createGoal() {
		GoalImpl goal = new GoalImpl();
		return goal;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Assumption createAssumption() {
		AssumptionImpl assumption = new AssumptionImpl();
		return assumption;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Loss createLoss() {
		LossImpl loss = new LossImpl();
		return loss;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Hazard createHazard() {
		HazardImpl hazard = new HazardImpl();
		return hazard;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SystemConstraint createSystemConstraint() {
		SystemConstraintImpl systemConstraint = new SystemConstraintImpl();
		return systemConstraint;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ControlStructure createControlStructure() {
		ControlStructureImpl controlStructure = new ControlStructureImpl();
		return controlStructure;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NodeLayout createNodeLayout() {
		NodeLayoutImpl nodeLayout = new NodeLayoutImpl();
		return nodeLayout;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Component createComponent() {
		ComponentImpl component = new ComponentImpl();
		return component;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Responsibility createResponsibility() {
		ResponsibilityImpl responsibility = new ResponsibilityImpl();
		return responsibility;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ProcessModelVariable createProcessModelVariable() {
		ProcessModelVariableImpl processModelVariable = new ProcessModelVariableImpl();
		return processModelVariable;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ControlAction createControlAction() {
		ControlActionImpl controlAction = new ControlActionImpl();
		return controlAction;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Feedback createFeedback() {
		FeedbackImpl feedback = new FeedbackImpl();
		return feedback;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public InputOutput createInputOutput() {
		InputOutputImpl inputOutput = new InputOutputImpl();
		return inputOutput;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public UnsafeControlAction createUnsafeControlAction() {
		UnsafeControlActionImpl unsafeControlAction = new UnsafeControlActionImpl();
		return unsafeControlAction;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public RejectedScenario createRejectedScenario() {
		RejectedScenarioImpl rejectedScenario = new RejectedScenarioImpl();
		return rejectedScenario;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotApplicableEntry createNotApplicableEntry() {
		NotApplicableEntryImpl notApplicableEntry = new NotApplicableEntryImpl();
		return notApplicableEntry;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public VariableValue createVariableValue() {
		VariableValueImpl variableValue = new VariableValueImpl();
		return variableValue;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ContextTable createContextTable() {
		ContextTableImpl contextTable = new ContextTableImpl();
		return contextTable;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ContextTableRow createContextTableRow() {
		ContextTableRowImpl contextTableRow = new ContextTableRowImpl();
		return contextTableRow;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ControllerConstraint createControllerConstraint() {
		ControllerConstraintImpl controllerConstraint = new ControllerConstraintImpl();
		return controllerConstraint;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LossScenario createLossScenario() {
		LossScenarioImpl lossScenario = new LossScenarioImpl();
		return lossScenario;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public CausalFactor createCausalFactor() {
		CausalFactorImpl causalFactor = new CausalFactorImpl();
		return causalFactor;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Requirement createRequirement() {
		RequirementImpl requirement = new RequirementImpl();
		return requirement;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ConflictKind createConflictKindFromString(EDataType eDataType, String initialValue) {
		ConflictKind result = ConflictKind.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertConflictKindToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ComponentKind createComponentKindFromString(EDataType eDataType, String initialValue) {
		ComponentKind result = ComponentKind.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertComponentKindToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public UcaType createUcaTypeFromString(EDataType eDataType, String initialValue) {
		UcaType result = UcaType.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertUcaTypeToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public UcaCategory createUcaCategoryFromString(EDataType eDataType, String initialValue) {
		UcaCategory result = UcaCategory.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertUcaCategoryToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotApplicableVerdict createNotApplicableVerdictFromString(EDataType eDataType, String initialValue) {
		NotApplicableVerdict result = NotApplicableVerdict.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertNotApplicableVerdictToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ScenarioClass createScenarioClassFromString(EDataType eDataType, String initialValue) {
		ScenarioClass result = ScenarioClass.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertScenarioClassToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public CausalFactorKind createCausalFactorKindFromString(EDataType eDataType, String initialValue) {
		CausalFactorKind result = CausalFactorKind.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertCausalFactorKindToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public StpaPackage getStpaPackage() {
		return (StpaPackage)getEPackage();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @deprecated
	 * @generated
	 */
	@Deprecated
	public static StpaPackage getPackage() {
		return StpaPackage.eINSTANCE;
	}

} //StpaFactoryImpl
