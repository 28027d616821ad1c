/**
 * Premortem contributors — EPL-2.0
 */
package org.premortem.model.stpa;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EOperation;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;

/**
 * <!-- begin-user-doc -->
 * The <b>Package</b> for the model.
 * It contains accessors for the meta objects to represent
 * <ul>
 *   <li>each class,</li>
 *   <li>each feature of each class,</li>
 *   <li>each operation of each class,</li>
 *   <li>each enum,</li>
 *   <li>and each data type</li>
 * </ul>
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * The STPA (System-Theoretic Process Analysis) metamodel of Premortem, following the STPA Handbook (Leveson and Thomas, 2018).
 * <!-- end-model-doc -->
 * @see org.premortem.model.stpa.StpaFactory
 * @model kind="package"
 * @generated
 */
public interface StpaPackage extends EPackage {
	/**
	 * The package name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNAME = "stpa"; //$NON-NLS-1$

	/**
	 * The package namespace URI.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_URI = "http://premortem.org/stpa/1.0"; //$NON-NLS-1$

	/**
	 * The package namespace name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_PREFIX = "stpa"; //$NON-NLS-1$

	/**
	 * The singleton instance of the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	StpaPackage eINSTANCE = org.premortem.model.stpa.impl.StpaPackageImpl.init();

	/**
	 * The meta object id for the '{@link org.premortem.model.stpa.impl.IdentifiedElementImpl <em>Identified Element</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.premortem.model.stpa.impl.IdentifiedElementImpl
	 * @see org.premortem.model.stpa.impl.StpaPackageImpl#getIdentifiedElement()
	 * @generated
	 */
	int IDENTIFIED_ELEMENT = 0;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IDENTIFIED_ELEMENT__ID = 0;

	/**
	 * The feature id for the '<em><b>Display Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IDENTIFIED_ELEMENT__DISPLAY_ID = 1;

	/**
	 * The feature id for the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IDENTIFIED_ELEMENT__LABEL = 2;

	/**
	 * The number of structural features of the '<em>Identified Element</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IDENTIFIED_ELEMENT_FEATURE_COUNT = 3;

	/**
	 * The operation id for the '<em>Label Text</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IDENTIFIED_ELEMENT___LABEL_TEXT = 0;

	/**
	 * The number of operations of the '<em>Identified Element</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IDENTIFIED_ELEMENT_OPERATION_COUNT = 1;

	/**
	 * The meta object id for the '{@link org.premortem.model.stpa.impl.AnalysisImpl <em>Analysis</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.premortem.model.stpa.impl.AnalysisImpl
	 * @see org.premortem.model.stpa.impl.StpaPackageImpl#getAnalysis()
	 * @generated
	 */
	int ANALYSIS = 1;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANALYSIS__ID = IDENTIFIED_ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Display Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANALYSIS__DISPLAY_ID = IDENTIFIED_ELEMENT__DISPLAY_ID;

	/**
	 * The feature id for the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANALYSIS__LABEL = IDENTIFIED_ELEMENT__LABEL;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANALYSIS__NAME = IDENTIFIED_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANALYSIS__DESCRIPTION = IDENTIFIED_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Format Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANALYSIS__FORMAT_VERSION = IDENTIFIED_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Goals</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANALYSIS__GOALS = IDENTIFIED_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Assumptions</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANALYSIS__ASSUMPTIONS = IDENTIFIED_ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Losses</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANALYSIS__LOSSES = IDENTIFIED_ELEMENT_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Hazards</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANALYSIS__HAZARDS = IDENTIFIED_ELEMENT_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>System Constraints</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANALYSIS__SYSTEM_CONSTRAINTS = IDENTIFIED_ELEMENT_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Control Structures</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANALYSIS__CONTROL_STRUCTURES = IDENTIFIED_ELEMENT_FEATURE_COUNT + 8;

	/**
	 * The feature id for the '<em><b>Unsafe Control Actions</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANALYSIS__UNSAFE_CONTROL_ACTIONS = IDENTIFIED_ELEMENT_FEATURE_COUNT + 9;

	/**
	 * The feature id for the '<em><b>Not Applicable</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANALYSIS__NOT_APPLICABLE = IDENTIFIED_ELEMENT_FEATURE_COUNT + 10;

	/**
	 * The feature id for the '<em><b>Context Tables</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANALYSIS__CONTEXT_TABLES = IDENTIFIED_ELEMENT_FEATURE_COUNT + 11;

	/**
	 * The feature id for the '<em><b>Controller Constraints</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANALYSIS__CONTROLLER_CONSTRAINTS = IDENTIFIED_ELEMENT_FEATURE_COUNT + 12;

	/**
	 * The feature id for the '<em><b>Loss Scenarios</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANALYSIS__LOSS_SCENARIOS = IDENTIFIED_ELEMENT_FEATURE_COUNT + 13;

	/**
	 * The feature id for the '<em><b>Requirements</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANALYSIS__REQUIREMENTS = IDENTIFIED_ELEMENT_FEATURE_COUNT + 14;

	/**
	 * The feature id for the '<em><b>Display Id Counters</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANALYSIS__DISPLAY_ID_COUNTERS = IDENTIFIED_ELEMENT_FEATURE_COUNT + 15;

	/**
	 * The feature id for the '<em><b>Conflicts</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANALYSIS__CONFLICTS = IDENTIFIED_ELEMENT_FEATURE_COUNT + 16;

	/**
	 * The number of structural features of the '<em>Analysis</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANALYSIS_FEATURE_COUNT = IDENTIFIED_ELEMENT_FEATURE_COUNT + 17;

	/**
	 * The operation id for the '<em>Label Text</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANALYSIS___LABEL_TEXT = IDENTIFIED_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The number of operations of the '<em>Analysis</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANALYSIS_OPERATION_COUNT = IDENTIFIED_ELEMENT_OPERATION_COUNT + 1;

	/**
	 * The meta object id for the '{@link org.premortem.model.stpa.impl.DisplayIdCounterImpl <em>Display Id Counter</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.premortem.model.stpa.impl.DisplayIdCounterImpl
	 * @see org.premortem.model.stpa.impl.StpaPackageImpl#getDisplayIdCounter()
	 * @generated
	 */
	int DISPLAY_ID_COUNTER = 2;

	/**
	 * The feature id for the '<em><b>Prefix</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DISPLAY_ID_COUNTER__PREFIX = 0;

	/**
	 * The feature id for the '<em><b>Last</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DISPLAY_ID_COUNTER__LAST = 1;

	/**
	 * The number of structural features of the '<em>Display Id Counter</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DISPLAY_ID_COUNTER_FEATURE_COUNT = 2;

	/**
	 * The number of operations of the '<em>Display Id Counter</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DISPLAY_ID_COUNTER_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.premortem.model.stpa.impl.MergeConflictImpl <em>Merge Conflict</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.premortem.model.stpa.impl.MergeConflictImpl
	 * @see org.premortem.model.stpa.impl.StpaPackageImpl#getMergeConflict()
	 * @generated
	 */
	int MERGE_CONFLICT = 3;

	/**
	 * The feature id for the '<em><b>Element</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MERGE_CONFLICT__ELEMENT = 0;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MERGE_CONFLICT__KIND = 1;

	/**
	 * The feature id for the '<em><b>Feature</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MERGE_CONFLICT__FEATURE = 2;

	/**
	 * The feature id for the '<em><b>Ours</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MERGE_CONFLICT__OURS = 3;

	/**
	 * The feature id for the '<em><b>Theirs</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MERGE_CONFLICT__THEIRS = 4;

	/**
	 * The number of structural features of the '<em>Merge Conflict</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MERGE_CONFLICT_FEATURE_COUNT = 5;

	/**
	 * The number of operations of the '<em>Merge Conflict</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MERGE_CONFLICT_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.premortem.model.stpa.impl.GoalImpl <em>Goal</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.premortem.model.stpa.impl.GoalImpl
	 * @see org.premortem.model.stpa.impl.StpaPackageImpl#getGoal()
	 * @generated
	 */
	int GOAL = 4;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GOAL__ID = IDENTIFIED_ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Display Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GOAL__DISPLAY_ID = IDENTIFIED_ELEMENT__DISPLAY_ID;

	/**
	 * The feature id for the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GOAL__LABEL = IDENTIFIED_ELEMENT__LABEL;

	/**
	 * The feature id for the '<em><b>Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GOAL__TEXT = IDENTIFIED_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Goal</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GOAL_FEATURE_COUNT = IDENTIFIED_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The operation id for the '<em>Label Text</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GOAL___LABEL_TEXT = IDENTIFIED_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The number of operations of the '<em>Goal</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GOAL_OPERATION_COUNT = IDENTIFIED_ELEMENT_OPERATION_COUNT + 1;

	/**
	 * The meta object id for the '{@link org.premortem.model.stpa.impl.AssumptionImpl <em>Assumption</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.premortem.model.stpa.impl.AssumptionImpl
	 * @see org.premortem.model.stpa.impl.StpaPackageImpl#getAssumption()
	 * @generated
	 */
	int ASSUMPTION = 5;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSUMPTION__ID = IDENTIFIED_ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Display Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSUMPTION__DISPLAY_ID = IDENTIFIED_ELEMENT__DISPLAY_ID;

	/**
	 * The feature id for the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSUMPTION__LABEL = IDENTIFIED_ELEMENT__LABEL;

	/**
	 * The feature id for the '<em><b>Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSUMPTION__TEXT = IDENTIFIED_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Assumption</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSUMPTION_FEATURE_COUNT = IDENTIFIED_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The operation id for the '<em>Label Text</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSUMPTION___LABEL_TEXT = IDENTIFIED_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The number of operations of the '<em>Assumption</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSUMPTION_OPERATION_COUNT = IDENTIFIED_ELEMENT_OPERATION_COUNT + 1;

	/**
	 * The meta object id for the '{@link org.premortem.model.stpa.impl.LossImpl <em>Loss</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.premortem.model.stpa.impl.LossImpl
	 * @see org.premortem.model.stpa.impl.StpaPackageImpl#getLoss()
	 * @generated
	 */
	int LOSS = 6;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LOSS__ID = IDENTIFIED_ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Display Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LOSS__DISPLAY_ID = IDENTIFIED_ELEMENT__DISPLAY_ID;

	/**
	 * The feature id for the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LOSS__LABEL = IDENTIFIED_ELEMENT__LABEL;

	/**
	 * The feature id for the '<em><b>Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LOSS__TEXT = IDENTIFIED_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Loss</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LOSS_FEATURE_COUNT = IDENTIFIED_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The operation id for the '<em>Label Text</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LOSS___LABEL_TEXT = IDENTIFIED_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The number of operations of the '<em>Loss</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LOSS_OPERATION_COUNT = IDENTIFIED_ELEMENT_OPERATION_COUNT + 1;

	/**
	 * The meta object id for the '{@link org.premortem.model.stpa.impl.HazardImpl <em>Hazard</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.premortem.model.stpa.impl.HazardImpl
	 * @see org.premortem.model.stpa.impl.StpaPackageImpl#getHazard()
	 * @generated
	 */
	int HAZARD = 7;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HAZARD__ID = IDENTIFIED_ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Display Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HAZARD__DISPLAY_ID = IDENTIFIED_ELEMENT__DISPLAY_ID;

	/**
	 * The feature id for the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HAZARD__LABEL = IDENTIFIED_ELEMENT__LABEL;

	/**
	 * The feature id for the '<em><b>Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HAZARD__TEXT = IDENTIFIED_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Losses</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HAZARD__LOSSES = IDENTIFIED_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Sub Hazards</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HAZARD__SUB_HAZARDS = IDENTIFIED_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The number of structural features of the '<em>Hazard</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HAZARD_FEATURE_COUNT = IDENTIFIED_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The operation id for the '<em>Label Text</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HAZARD___LABEL_TEXT = IDENTIFIED_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The number of operations of the '<em>Hazard</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HAZARD_OPERATION_COUNT = IDENTIFIED_ELEMENT_OPERATION_COUNT + 1;

	/**
	 * The meta object id for the '{@link org.premortem.model.stpa.impl.SystemConstraintImpl <em>System Constraint</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.premortem.model.stpa.impl.SystemConstraintImpl
	 * @see org.premortem.model.stpa.impl.StpaPackageImpl#getSystemConstraint()
	 * @generated
	 */
	int SYSTEM_CONSTRAINT = 8;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SYSTEM_CONSTRAINT__ID = IDENTIFIED_ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Display Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SYSTEM_CONSTRAINT__DISPLAY_ID = IDENTIFIED_ELEMENT__DISPLAY_ID;

	/**
	 * The feature id for the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SYSTEM_CONSTRAINT__LABEL = IDENTIFIED_ELEMENT__LABEL;

	/**
	 * The feature id for the '<em><b>Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SYSTEM_CONSTRAINT__TEXT = IDENTIFIED_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Hazards</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SYSTEM_CONSTRAINT__HAZARDS = IDENTIFIED_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Sub Constraints</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SYSTEM_CONSTRAINT__SUB_CONSTRAINTS = IDENTIFIED_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The number of structural features of the '<em>System Constraint</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SYSTEM_CONSTRAINT_FEATURE_COUNT = IDENTIFIED_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The operation id for the '<em>Label Text</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SYSTEM_CONSTRAINT___LABEL_TEXT = IDENTIFIED_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The number of operations of the '<em>System Constraint</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SYSTEM_CONSTRAINT_OPERATION_COUNT = IDENTIFIED_ELEMENT_OPERATION_COUNT + 1;

	/**
	 * The meta object id for the '{@link org.premortem.model.stpa.impl.ControlStructureImpl <em>Control Structure</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.premortem.model.stpa.impl.ControlStructureImpl
	 * @see org.premortem.model.stpa.impl.StpaPackageImpl#getControlStructure()
	 * @generated
	 */
	int CONTROL_STRUCTURE = 9;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTROL_STRUCTURE__ID = IDENTIFIED_ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Display Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTROL_STRUCTURE__DISPLAY_ID = IDENTIFIED_ELEMENT__DISPLAY_ID;

	/**
	 * The feature id for the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTROL_STRUCTURE__LABEL = IDENTIFIED_ELEMENT__LABEL;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTROL_STRUCTURE__NAME = IDENTIFIED_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTROL_STRUCTURE__DESCRIPTION = IDENTIFIED_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Components</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTROL_STRUCTURE__COMPONENTS = IDENTIFIED_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Connections</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTROL_STRUCTURE__CONNECTIONS = IDENTIFIED_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Diagram</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTROL_STRUCTURE__DIAGRAM = IDENTIFIED_ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The number of structural features of the '<em>Control Structure</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTROL_STRUCTURE_FEATURE_COUNT = IDENTIFIED_ELEMENT_FEATURE_COUNT + 5;

	/**
	 * The operation id for the '<em>Label Text</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTROL_STRUCTURE___LABEL_TEXT = IDENTIFIED_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The number of operations of the '<em>Control Structure</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTROL_STRUCTURE_OPERATION_COUNT = IDENTIFIED_ELEMENT_OPERATION_COUNT + 1;

	/**
	 * The meta object id for the '{@link org.premortem.model.stpa.impl.NodeLayoutImpl <em>Node Layout</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.premortem.model.stpa.impl.NodeLayoutImpl
	 * @see org.premortem.model.stpa.impl.StpaPackageImpl#getNodeLayout()
	 * @generated
	 */
	int NODE_LAYOUT = 10;

	/**
	 * The feature id for the '<em><b>Element</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE_LAYOUT__ELEMENT = 0;

	/**
	 * The feature id for the '<em><b>X</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE_LAYOUT__X = 1;

	/**
	 * The feature id for the '<em><b>Y</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE_LAYOUT__Y = 2;

	/**
	 * The feature id for the '<em><b>Width</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE_LAYOUT__WIDTH = 3;

	/**
	 * The feature id for the '<em><b>Height</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE_LAYOUT__HEIGHT = 4;

	/**
	 * The number of structural features of the '<em>Node Layout</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE_LAYOUT_FEATURE_COUNT = 5;

	/**
	 * The number of operations of the '<em>Node Layout</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE_LAYOUT_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.premortem.model.stpa.impl.ComponentImpl <em>Component</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.premortem.model.stpa.impl.ComponentImpl
	 * @see org.premortem.model.stpa.impl.StpaPackageImpl#getComponent()
	 * @generated
	 */
	int COMPONENT = 11;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPONENT__ID = IDENTIFIED_ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Display Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPONENT__DISPLAY_ID = IDENTIFIED_ELEMENT__DISPLAY_ID;

	/**
	 * The feature id for the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPONENT__LABEL = IDENTIFIED_ELEMENT__LABEL;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPONENT__NAME = IDENTIFIED_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPONENT__DESCRIPTION = IDENTIFIED_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPONENT__KIND = IDENTIFIED_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Replicas</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPONENT__REPLICAS = IDENTIFIED_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Children</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPONENT__CHILDREN = IDENTIFIED_ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Responsibilities</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPONENT__RESPONSIBILITIES = IDENTIFIED_ELEMENT_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Process Model</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPONENT__PROCESS_MODEL = IDENTIFIED_ELEMENT_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Control Algorithm</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPONENT__CONTROL_ALGORITHM = IDENTIFIED_ELEMENT_FEATURE_COUNT + 7;

	/**
	 * The number of structural features of the '<em>Component</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPONENT_FEATURE_COUNT = IDENTIFIED_ELEMENT_FEATURE_COUNT + 8;

	/**
	 * The operation id for the '<em>Label Text</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPONENT___LABEL_TEXT = IDENTIFIED_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The number of operations of the '<em>Component</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPONENT_OPERATION_COUNT = IDENTIFIED_ELEMENT_OPERATION_COUNT + 1;

	/**
	 * The meta object id for the '{@link org.premortem.model.stpa.impl.ResponsibilityImpl <em>Responsibility</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.premortem.model.stpa.impl.ResponsibilityImpl
	 * @see org.premortem.model.stpa.impl.StpaPackageImpl#getResponsibility()
	 * @generated
	 */
	int RESPONSIBILITY = 12;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESPONSIBILITY__ID = IDENTIFIED_ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Display Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESPONSIBILITY__DISPLAY_ID = IDENTIFIED_ELEMENT__DISPLAY_ID;

	/**
	 * The feature id for the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESPONSIBILITY__LABEL = IDENTIFIED_ELEMENT__LABEL;

	/**
	 * The feature id for the '<em><b>Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESPONSIBILITY__TEXT = IDENTIFIED_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>System Constraints</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESPONSIBILITY__SYSTEM_CONSTRAINTS = IDENTIFIED_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Responsibility</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESPONSIBILITY_FEATURE_COUNT = IDENTIFIED_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The operation id for the '<em>Label Text</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESPONSIBILITY___LABEL_TEXT = IDENTIFIED_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The number of operations of the '<em>Responsibility</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESPONSIBILITY_OPERATION_COUNT = IDENTIFIED_ELEMENT_OPERATION_COUNT + 1;

	/**
	 * The meta object id for the '{@link org.premortem.model.stpa.impl.ProcessModelVariableImpl <em>Process Model Variable</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.premortem.model.stpa.impl.ProcessModelVariableImpl
	 * @see org.premortem.model.stpa.impl.StpaPackageImpl#getProcessModelVariable()
	 * @generated
	 */
	int PROCESS_MODEL_VARIABLE = 13;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROCESS_MODEL_VARIABLE__ID = IDENTIFIED_ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Display Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROCESS_MODEL_VARIABLE__DISPLAY_ID = IDENTIFIED_ELEMENT__DISPLAY_ID;

	/**
	 * The feature id for the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROCESS_MODEL_VARIABLE__LABEL = IDENTIFIED_ELEMENT__LABEL;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROCESS_MODEL_VARIABLE__NAME = IDENTIFIED_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Values</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROCESS_MODEL_VARIABLE__VALUES = IDENTIFIED_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Process Model Variable</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROCESS_MODEL_VARIABLE_FEATURE_COUNT = IDENTIFIED_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The operation id for the '<em>Label Text</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROCESS_MODEL_VARIABLE___LABEL_TEXT = IDENTIFIED_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The number of operations of the '<em>Process Model Variable</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROCESS_MODEL_VARIABLE_OPERATION_COUNT = IDENTIFIED_ELEMENT_OPERATION_COUNT + 1;

	/**
	 * The meta object id for the '{@link org.premortem.model.stpa.impl.ConnectionImpl <em>Connection</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.premortem.model.stpa.impl.ConnectionImpl
	 * @see org.premortem.model.stpa.impl.StpaPackageImpl#getConnection()
	 * @generated
	 */
	int CONNECTION = 14;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONNECTION__ID = IDENTIFIED_ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Display Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONNECTION__DISPLAY_ID = IDENTIFIED_ELEMENT__DISPLAY_ID;

	/**
	 * The feature id for the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONNECTION__LABEL = IDENTIFIED_ELEMENT__LABEL;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONNECTION__NAME = IDENTIFIED_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONNECTION__DESCRIPTION = IDENTIFIED_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Source</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONNECTION__SOURCE = IDENTIFIED_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Target</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONNECTION__TARGET = IDENTIFIED_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The number of structural features of the '<em>Connection</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONNECTION_FEATURE_COUNT = IDENTIFIED_ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The operation id for the '<em>Label Text</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONNECTION___LABEL_TEXT = IDENTIFIED_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The number of operations of the '<em>Connection</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONNECTION_OPERATION_COUNT = IDENTIFIED_ELEMENT_OPERATION_COUNT + 1;

	/**
	 * The meta object id for the '{@link org.premortem.model.stpa.impl.ControlActionImpl <em>Control Action</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.premortem.model.stpa.impl.ControlActionImpl
	 * @see org.premortem.model.stpa.impl.StpaPackageImpl#getControlAction()
	 * @generated
	 */
	int CONTROL_ACTION = 15;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTROL_ACTION__ID = CONNECTION__ID;

	/**
	 * The feature id for the '<em><b>Display Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTROL_ACTION__DISPLAY_ID = CONNECTION__DISPLAY_ID;

	/**
	 * The feature id for the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTROL_ACTION__LABEL = CONNECTION__LABEL;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTROL_ACTION__NAME = CONNECTION__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTROL_ACTION__DESCRIPTION = CONNECTION__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Source</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTROL_ACTION__SOURCE = CONNECTION__SOURCE;

	/**
	 * The feature id for the '<em><b>Target</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTROL_ACTION__TARGET = CONNECTION__TARGET;

	/**
	 * The feature id for the '<em><b>Destructive</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTROL_ACTION__DESTRUCTIVE = CONNECTION_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Irreversible</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTROL_ACTION__IRREVERSIBLE = CONNECTION_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Control Action</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTROL_ACTION_FEATURE_COUNT = CONNECTION_FEATURE_COUNT + 2;

	/**
	 * The operation id for the '<em>Label Text</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTROL_ACTION___LABEL_TEXT = CONNECTION___LABEL_TEXT;

	/**
	 * The number of operations of the '<em>Control Action</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTROL_ACTION_OPERATION_COUNT = CONNECTION_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.premortem.model.stpa.impl.FeedbackImpl <em>Feedback</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.premortem.model.stpa.impl.FeedbackImpl
	 * @see org.premortem.model.stpa.impl.StpaPackageImpl#getFeedback()
	 * @generated
	 */
	int FEEDBACK = 16;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FEEDBACK__ID = CONNECTION__ID;

	/**
	 * The feature id for the '<em><b>Display Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FEEDBACK__DISPLAY_ID = CONNECTION__DISPLAY_ID;

	/**
	 * The feature id for the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FEEDBACK__LABEL = CONNECTION__LABEL;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FEEDBACK__NAME = CONNECTION__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FEEDBACK__DESCRIPTION = CONNECTION__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Source</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FEEDBACK__SOURCE = CONNECTION__SOURCE;

	/**
	 * The feature id for the '<em><b>Target</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FEEDBACK__TARGET = CONNECTION__TARGET;

	/**
	 * The feature id for the '<em><b>Updated Variables</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FEEDBACK__UPDATED_VARIABLES = CONNECTION_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Feedback</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FEEDBACK_FEATURE_COUNT = CONNECTION_FEATURE_COUNT + 1;

	/**
	 * The operation id for the '<em>Label Text</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FEEDBACK___LABEL_TEXT = CONNECTION___LABEL_TEXT;

	/**
	 * The number of operations of the '<em>Feedback</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FEEDBACK_OPERATION_COUNT = CONNECTION_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.premortem.model.stpa.impl.InputOutputImpl <em>Input Output</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.premortem.model.stpa.impl.InputOutputImpl
	 * @see org.premortem.model.stpa.impl.StpaPackageImpl#getInputOutput()
	 * @generated
	 */
	int INPUT_OUTPUT = 17;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INPUT_OUTPUT__ID = CONNECTION__ID;

	/**
	 * The feature id for the '<em><b>Display Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INPUT_OUTPUT__DISPLAY_ID = CONNECTION__DISPLAY_ID;

	/**
	 * The feature id for the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INPUT_OUTPUT__LABEL = CONNECTION__LABEL;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INPUT_OUTPUT__NAME = CONNECTION__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INPUT_OUTPUT__DESCRIPTION = CONNECTION__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Source</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INPUT_OUTPUT__SOURCE = CONNECTION__SOURCE;

	/**
	 * The feature id for the '<em><b>Target</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INPUT_OUTPUT__TARGET = CONNECTION__TARGET;

	/**
	 * The number of structural features of the '<em>Input Output</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INPUT_OUTPUT_FEATURE_COUNT = CONNECTION_FEATURE_COUNT + 0;

	/**
	 * The operation id for the '<em>Label Text</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INPUT_OUTPUT___LABEL_TEXT = CONNECTION___LABEL_TEXT;

	/**
	 * The number of operations of the '<em>Input Output</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INPUT_OUTPUT_OPERATION_COUNT = CONNECTION_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.premortem.model.stpa.impl.UnsafeControlActionImpl <em>Unsafe Control Action</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.premortem.model.stpa.impl.UnsafeControlActionImpl
	 * @see org.premortem.model.stpa.impl.StpaPackageImpl#getUnsafeControlAction()
	 * @generated
	 */
	int UNSAFE_CONTROL_ACTION = 18;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int UNSAFE_CONTROL_ACTION__ID = IDENTIFIED_ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Display Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int UNSAFE_CONTROL_ACTION__DISPLAY_ID = IDENTIFIED_ELEMENT__DISPLAY_ID;

	/**
	 * The feature id for the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int UNSAFE_CONTROL_ACTION__LABEL = IDENTIFIED_ELEMENT__LABEL;

	/**
	 * The feature id for the '<em><b>Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int UNSAFE_CONTROL_ACTION__TEXT = IDENTIFIED_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Source</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int UNSAFE_CONTROL_ACTION__SOURCE = IDENTIFIED_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Control Action</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int UNSAFE_CONTROL_ACTION__CONTROL_ACTION = IDENTIFIED_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Type</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int UNSAFE_CONTROL_ACTION__TYPE = IDENTIFIED_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Context</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int UNSAFE_CONTROL_ACTION__CONTEXT = IDENTIFIED_ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Context Conditions</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int UNSAFE_CONTROL_ACTION__CONTEXT_CONDITIONS = IDENTIFIED_ELEMENT_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Hazards</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int UNSAFE_CONTROL_ACTION__HAZARDS = IDENTIFIED_ELEMENT_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Rationale</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int UNSAFE_CONTROL_ACTION__RATIONALE = IDENTIFIED_ELEMENT_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Context Table Row</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int UNSAFE_CONTROL_ACTION__CONTEXT_TABLE_ROW = IDENTIFIED_ELEMENT_FEATURE_COUNT + 8;

	/**
	 * The feature id for the '<em><b>Rejected Scenarios</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int UNSAFE_CONTROL_ACTION__REJECTED_SCENARIOS = IDENTIFIED_ELEMENT_FEATURE_COUNT + 9;

	/**
	 * The number of structural features of the '<em>Unsafe Control Action</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int UNSAFE_CONTROL_ACTION_FEATURE_COUNT = IDENTIFIED_ELEMENT_FEATURE_COUNT + 10;

	/**
	 * The operation id for the '<em>Label Text</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int UNSAFE_CONTROL_ACTION___LABEL_TEXT = IDENTIFIED_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The number of operations of the '<em>Unsafe Control Action</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int UNSAFE_CONTROL_ACTION_OPERATION_COUNT = IDENTIFIED_ELEMENT_OPERATION_COUNT + 1;

	/**
	 * The meta object id for the '{@link org.premortem.model.stpa.impl.RejectedScenarioImpl <em>Rejected Scenario</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.premortem.model.stpa.impl.RejectedScenarioImpl
	 * @see org.premortem.model.stpa.impl.StpaPackageImpl#getRejectedScenario()
	 * @generated
	 */
	int REJECTED_SCENARIO = 19;

	/**
	 * The feature id for the '<em><b>Key</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REJECTED_SCENARIO__KEY = 0;

	/**
	 * The feature id for the '<em><b>Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REJECTED_SCENARIO__TEXT = 1;

	/**
	 * The feature id for the '<em><b>Rationale</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REJECTED_SCENARIO__RATIONALE = 2;

	/**
	 * The number of structural features of the '<em>Rejected Scenario</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REJECTED_SCENARIO_FEATURE_COUNT = 3;

	/**
	 * The number of operations of the '<em>Rejected Scenario</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REJECTED_SCENARIO_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.premortem.model.stpa.impl.NotApplicableEntryImpl <em>Not Applicable Entry</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.premortem.model.stpa.impl.NotApplicableEntryImpl
	 * @see org.premortem.model.stpa.impl.StpaPackageImpl#getNotApplicableEntry()
	 * @generated
	 */
	int NOT_APPLICABLE_ENTRY = 20;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NOT_APPLICABLE_ENTRY__ID = IDENTIFIED_ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Display Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NOT_APPLICABLE_ENTRY__DISPLAY_ID = IDENTIFIED_ELEMENT__DISPLAY_ID;

	/**
	 * The feature id for the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NOT_APPLICABLE_ENTRY__LABEL = IDENTIFIED_ELEMENT__LABEL;

	/**
	 * The feature id for the '<em><b>Control Action</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NOT_APPLICABLE_ENTRY__CONTROL_ACTION = IDENTIFIED_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Category</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NOT_APPLICABLE_ENTRY__CATEGORY = IDENTIFIED_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Verdict</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NOT_APPLICABLE_ENTRY__VERDICT = IDENTIFIED_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Rationale</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NOT_APPLICABLE_ENTRY__RATIONALE = IDENTIFIED_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The number of structural features of the '<em>Not Applicable Entry</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NOT_APPLICABLE_ENTRY_FEATURE_COUNT = IDENTIFIED_ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The operation id for the '<em>Label Text</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NOT_APPLICABLE_ENTRY___LABEL_TEXT = IDENTIFIED_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The number of operations of the '<em>Not Applicable Entry</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NOT_APPLICABLE_ENTRY_OPERATION_COUNT = IDENTIFIED_ELEMENT_OPERATION_COUNT + 1;

	/**
	 * The meta object id for the '{@link org.premortem.model.stpa.impl.VariableValueImpl <em>Variable Value</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.premortem.model.stpa.impl.VariableValueImpl
	 * @see org.premortem.model.stpa.impl.StpaPackageImpl#getVariableValue()
	 * @generated
	 */
	int VARIABLE_VALUE = 21;

	/**
	 * The feature id for the '<em><b>Variable</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VARIABLE_VALUE__VARIABLE = 0;

	/**
	 * The feature id for the '<em><b>Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VARIABLE_VALUE__VALUE = 1;

	/**
	 * The number of structural features of the '<em>Variable Value</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VARIABLE_VALUE_FEATURE_COUNT = 2;

	/**
	 * The number of operations of the '<em>Variable Value</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VARIABLE_VALUE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.premortem.model.stpa.impl.ContextTableImpl <em>Context Table</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.premortem.model.stpa.impl.ContextTableImpl
	 * @see org.premortem.model.stpa.impl.StpaPackageImpl#getContextTable()
	 * @generated
	 */
	int CONTEXT_TABLE = 22;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTEXT_TABLE__ID = IDENTIFIED_ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Display Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTEXT_TABLE__DISPLAY_ID = IDENTIFIED_ELEMENT__DISPLAY_ID;

	/**
	 * The feature id for the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTEXT_TABLE__LABEL = IDENTIFIED_ELEMENT__LABEL;

	/**
	 * The feature id for the '<em><b>Control Action</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTEXT_TABLE__CONTROL_ACTION = IDENTIFIED_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Variables</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTEXT_TABLE__VARIABLES = IDENTIFIED_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Rows</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTEXT_TABLE__ROWS = IDENTIFIED_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The number of structural features of the '<em>Context Table</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTEXT_TABLE_FEATURE_COUNT = IDENTIFIED_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The operation id for the '<em>Label Text</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTEXT_TABLE___LABEL_TEXT = IDENTIFIED_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The number of operations of the '<em>Context Table</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTEXT_TABLE_OPERATION_COUNT = IDENTIFIED_ELEMENT_OPERATION_COUNT + 1;

	/**
	 * The meta object id for the '{@link org.premortem.model.stpa.impl.ContextTableRowImpl <em>Context Table Row</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.premortem.model.stpa.impl.ContextTableRowImpl
	 * @see org.premortem.model.stpa.impl.StpaPackageImpl#getContextTableRow()
	 * @generated
	 */
	int CONTEXT_TABLE_ROW = 23;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTEXT_TABLE_ROW__ID = IDENTIFIED_ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Display Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTEXT_TABLE_ROW__DISPLAY_ID = IDENTIFIED_ELEMENT__DISPLAY_ID;

	/**
	 * The feature id for the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTEXT_TABLE_ROW__LABEL = IDENTIFIED_ELEMENT__LABEL;

	/**
	 * The feature id for the '<em><b>Values</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTEXT_TABLE_ROW__VALUES = IDENTIFIED_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Hazardous Types</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTEXT_TABLE_ROW__HAZARDOUS_TYPES = IDENTIFIED_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Hazards</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTEXT_TABLE_ROW__HAZARDS = IDENTIFIED_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Rationale</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTEXT_TABLE_ROW__RATIONALE = IDENTIFIED_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The number of structural features of the '<em>Context Table Row</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTEXT_TABLE_ROW_FEATURE_COUNT = IDENTIFIED_ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The operation id for the '<em>Label Text</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTEXT_TABLE_ROW___LABEL_TEXT = IDENTIFIED_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The number of operations of the '<em>Context Table Row</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTEXT_TABLE_ROW_OPERATION_COUNT = IDENTIFIED_ELEMENT_OPERATION_COUNT + 1;

	/**
	 * The meta object id for the '{@link org.premortem.model.stpa.impl.ControllerConstraintImpl <em>Controller Constraint</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.premortem.model.stpa.impl.ControllerConstraintImpl
	 * @see org.premortem.model.stpa.impl.StpaPackageImpl#getControllerConstraint()
	 * @generated
	 */
	int CONTROLLER_CONSTRAINT = 24;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTROLLER_CONSTRAINT__ID = IDENTIFIED_ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Display Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTROLLER_CONSTRAINT__DISPLAY_ID = IDENTIFIED_ELEMENT__DISPLAY_ID;

	/**
	 * The feature id for the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTROLLER_CONSTRAINT__LABEL = IDENTIFIED_ELEMENT__LABEL;

	/**
	 * The feature id for the '<em><b>Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTROLLER_CONSTRAINT__TEXT = IDENTIFIED_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Unsafe Control Actions</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTROLLER_CONSTRAINT__UNSAFE_CONTROL_ACTIONS = IDENTIFIED_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Controller Constraint</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTROLLER_CONSTRAINT_FEATURE_COUNT = IDENTIFIED_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The operation id for the '<em>Label Text</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTROLLER_CONSTRAINT___LABEL_TEXT = IDENTIFIED_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The number of operations of the '<em>Controller Constraint</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTROLLER_CONSTRAINT_OPERATION_COUNT = IDENTIFIED_ELEMENT_OPERATION_COUNT + 1;

	/**
	 * The meta object id for the '{@link org.premortem.model.stpa.impl.LossScenarioImpl <em>Loss Scenario</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.premortem.model.stpa.impl.LossScenarioImpl
	 * @see org.premortem.model.stpa.impl.StpaPackageImpl#getLossScenario()
	 * @generated
	 */
	int LOSS_SCENARIO = 25;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LOSS_SCENARIO__ID = IDENTIFIED_ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Display Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LOSS_SCENARIO__DISPLAY_ID = IDENTIFIED_ELEMENT__DISPLAY_ID;

	/**
	 * The feature id for the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LOSS_SCENARIO__LABEL = IDENTIFIED_ELEMENT__LABEL;

	/**
	 * The feature id for the '<em><b>Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LOSS_SCENARIO__TEXT = IDENTIFIED_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Scenario Class</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LOSS_SCENARIO__SCENARIO_CLASS = IDENTIFIED_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Causal Factors</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LOSS_SCENARIO__CAUSAL_FACTORS = IDENTIFIED_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Unsafe Control Action</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LOSS_SCENARIO__UNSAFE_CONTROL_ACTION = IDENTIFIED_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Control Action</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LOSS_SCENARIO__CONTROL_ACTION = IDENTIFIED_ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Hazards</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LOSS_SCENARIO__HAZARDS = IDENTIFIED_ELEMENT_FEATURE_COUNT + 5;

	/**
	 * The number of structural features of the '<em>Loss Scenario</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LOSS_SCENARIO_FEATURE_COUNT = IDENTIFIED_ELEMENT_FEATURE_COUNT + 6;

	/**
	 * The operation id for the '<em>Label Text</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LOSS_SCENARIO___LABEL_TEXT = IDENTIFIED_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The number of operations of the '<em>Loss Scenario</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LOSS_SCENARIO_OPERATION_COUNT = IDENTIFIED_ELEMENT_OPERATION_COUNT + 1;

	/**
	 * The meta object id for the '{@link org.premortem.model.stpa.impl.CausalFactorImpl <em>Causal Factor</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.premortem.model.stpa.impl.CausalFactorImpl
	 * @see org.premortem.model.stpa.impl.StpaPackageImpl#getCausalFactor()
	 * @generated
	 */
	int CAUSAL_FACTOR = 26;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CAUSAL_FACTOR__KIND = 0;

	/**
	 * The feature id for the '<em><b>Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CAUSAL_FACTOR__TEXT = 1;

	/**
	 * The number of structural features of the '<em>Causal Factor</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CAUSAL_FACTOR_FEATURE_COUNT = 2;

	/**
	 * The number of operations of the '<em>Causal Factor</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CAUSAL_FACTOR_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.premortem.model.stpa.impl.RequirementImpl <em>Requirement</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.premortem.model.stpa.impl.RequirementImpl
	 * @see org.premortem.model.stpa.impl.StpaPackageImpl#getRequirement()
	 * @generated
	 */
	int REQUIREMENT = 27;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REQUIREMENT__ID = IDENTIFIED_ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Display Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REQUIREMENT__DISPLAY_ID = IDENTIFIED_ELEMENT__DISPLAY_ID;

	/**
	 * The feature id for the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REQUIREMENT__LABEL = IDENTIFIED_ELEMENT__LABEL;

	/**
	 * The feature id for the '<em><b>Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REQUIREMENT__TEXT = IDENTIFIED_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Rationale</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REQUIREMENT__RATIONALE = IDENTIFIED_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Loss Scenarios</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REQUIREMENT__LOSS_SCENARIOS = IDENTIFIED_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Unsafe Control Actions</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REQUIREMENT__UNSAFE_CONTROL_ACTIONS = IDENTIFIED_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Hazards</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REQUIREMENT__HAZARDS = IDENTIFIED_ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The number of structural features of the '<em>Requirement</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REQUIREMENT_FEATURE_COUNT = IDENTIFIED_ELEMENT_FEATURE_COUNT + 5;

	/**
	 * The operation id for the '<em>Label Text</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REQUIREMENT___LABEL_TEXT = IDENTIFIED_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The number of operations of the '<em>Requirement</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REQUIREMENT_OPERATION_COUNT = IDENTIFIED_ELEMENT_OPERATION_COUNT + 1;

	/**
	 * The meta object id for the '{@link org.premortem.model.stpa.ConflictKind <em>Conflict Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.premortem.model.stpa.ConflictKind
	 * @see org.premortem.model.stpa.impl.StpaPackageImpl#getConflictKind()
	 * @generated
	 */
	int CONFLICT_KIND = 28;

	/**
	 * The meta object id for the '{@link org.premortem.model.stpa.ComponentKind <em>Component Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.premortem.model.stpa.ComponentKind
	 * @see org.premortem.model.stpa.impl.StpaPackageImpl#getComponentKind()
	 * @generated
	 */
	int COMPONENT_KIND = 29;

	/**
	 * The meta object id for the '{@link org.premortem.model.stpa.UcaType <em>Uca Type</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.premortem.model.stpa.UcaType
	 * @see org.premortem.model.stpa.impl.StpaPackageImpl#getUcaType()
	 * @generated
	 */
	int UCA_TYPE = 30;

	/**
	 * The meta object id for the '{@link org.premortem.model.stpa.UcaCategory <em>Uca Category</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.premortem.model.stpa.UcaCategory
	 * @see org.premortem.model.stpa.impl.StpaPackageImpl#getUcaCategory()
	 * @generated
	 */
	int UCA_CATEGORY = 31;

	/**
	 * The meta object id for the '{@link org.premortem.model.stpa.NotApplicableVerdict <em>Not Applicable Verdict</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.premortem.model.stpa.NotApplicableVerdict
	 * @see org.premortem.model.stpa.impl.StpaPackageImpl#getNotApplicableVerdict()
	 * @generated
	 */
	int NOT_APPLICABLE_VERDICT = 32;

	/**
	 * The meta object id for the '{@link org.premortem.model.stpa.ScenarioClass <em>Scenario Class</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.premortem.model.stpa.ScenarioClass
	 * @see org.premortem.model.stpa.impl.StpaPackageImpl#getScenarioClass()
	 * @generated
	 */
	int SCENARIO_CLASS = 33;

	/**
	 * The meta object id for the '{@link org.premortem.model.stpa.CausalFactorKind <em>Causal Factor Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.premortem.model.stpa.CausalFactorKind
	 * @see org.premortem.model.stpa.impl.StpaPackageImpl#getCausalFactorKind()
	 * @generated
	 */
	int CAUSAL_FACTOR_KIND = 34;


	/**
	 * Returns the meta object for class '{@link org.premortem.model.stpa.IdentifiedElement <em>Identified Element</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Identified Element</em>'.
	 * @see org.premortem.model.stpa.IdentifiedElement
	 * @generated
	 */
	EClass getIdentifiedElement();

	/**
	 * Returns the meta object for the attribute '{@link org.premortem.model.stpa.IdentifiedElement#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see org.premortem.model.stpa.IdentifiedElement#getId()
	 * @see #getIdentifiedElement()
	 * @generated
	 */
	EAttribute getIdentifiedElement_Id();

	/**
	 * Returns the meta object for the attribute '{@link org.premortem.model.stpa.IdentifiedElement#getDisplayId <em>Display Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Display Id</em>'.
	 * @see org.premortem.model.stpa.IdentifiedElement#getDisplayId()
	 * @see #getIdentifiedElement()
	 * @generated
	 */
	EAttribute getIdentifiedElement_DisplayId();

	/**
	 * Returns the meta object for the attribute '{@link org.premortem.model.stpa.IdentifiedElement#getLabel <em>Label</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Label</em>'.
	 * @see org.premortem.model.stpa.IdentifiedElement#getLabel()
	 * @see #getIdentifiedElement()
	 * @generated
	 */
	EAttribute getIdentifiedElement_Label();

	/**
	 * Returns the meta object for the '{@link org.premortem.model.stpa.IdentifiedElement#labelText() <em>Label Text</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Label Text</em>' operation.
	 * @see org.premortem.model.stpa.IdentifiedElement#labelText()
	 * @generated
	 */
	EOperation getIdentifiedElement__LabelText();

	/**
	 * Returns the meta object for class '{@link org.premortem.model.stpa.Analysis <em>Analysis</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Analysis</em>'.
	 * @see org.premortem.model.stpa.Analysis
	 * @generated
	 */
	EClass getAnalysis();

	/**
	 * Returns the meta object for the attribute '{@link org.premortem.model.stpa.Analysis#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.premortem.model.stpa.Analysis#getName()
	 * @see #getAnalysis()
	 * @generated
	 */
	EAttribute getAnalysis_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.premortem.model.stpa.Analysis#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see org.premortem.model.stpa.Analysis#getDescription()
	 * @see #getAnalysis()
	 * @generated
	 */
	EAttribute getAnalysis_Description();

	/**
	 * Returns the meta object for the attribute '{@link org.premortem.model.stpa.Analysis#getFormatVersion <em>Format Version</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Format Version</em>'.
	 * @see org.premortem.model.stpa.Analysis#getFormatVersion()
	 * @see #getAnalysis()
	 * @generated
	 */
	EAttribute getAnalysis_FormatVersion();

	/**
	 * Returns the meta object for the containment reference list '{@link org.premortem.model.stpa.Analysis#getGoals <em>Goals</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Goals</em>'.
	 * @see org.premortem.model.stpa.Analysis#getGoals()
	 * @see #getAnalysis()
	 * @generated
	 */
	EReference getAnalysis_Goals();

	/**
	 * Returns the meta object for the containment reference list '{@link org.premortem.model.stpa.Analysis#getAssumptions <em>Assumptions</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Assumptions</em>'.
	 * @see org.premortem.model.stpa.Analysis#getAssumptions()
	 * @see #getAnalysis()
	 * @generated
	 */
	EReference getAnalysis_Assumptions();

	/**
	 * Returns the meta object for the containment reference list '{@link org.premortem.model.stpa.Analysis#getLosses <em>Losses</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Losses</em>'.
	 * @see org.premortem.model.stpa.Analysis#getLosses()
	 * @see #getAnalysis()
	 * @generated
	 */
	EReference getAnalysis_Losses();

	/**
	 * Returns the meta object for the containment reference list '{@link org.premortem.model.stpa.Analysis#getHazards <em>Hazards</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Hazards</em>'.
	 * @see org.premortem.model.stpa.Analysis#getHazards()
	 * @see #getAnalysis()
	 * @generated
	 */
	EReference getAnalysis_Hazards();

	/**
	 * Returns the meta object for the containment reference list '{@link org.premortem.model.stpa.Analysis#getSystemConstraints <em>System Constraints</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>System Constraints</em>'.
	 * @see org.premortem.model.stpa.Analysis#getSystemConstraints()
	 * @see #getAnalysis()
	 * @generated
	 */
	EReference getAnalysis_SystemConstraints();

	/**
	 * Returns the meta object for the containment reference list '{@link org.premortem.model.stpa.Analysis#getControlStructures <em>Control Structures</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Control Structures</em>'.
	 * @see org.premortem.model.stpa.Analysis#getControlStructures()
	 * @see #getAnalysis()
	 * @generated
	 */
	EReference getAnalysis_ControlStructures();

	/**
	 * Returns the meta object for the containment reference list '{@link org.premortem.model.stpa.Analysis#getUnsafeControlActions <em>Unsafe Control Actions</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Unsafe Control Actions</em>'.
	 * @see org.premortem.model.stpa.Analysis#getUnsafeControlActions()
	 * @see #getAnalysis()
	 * @generated
	 */
	EReference getAnalysis_UnsafeControlActions();

	/**
	 * Returns the meta object for the containment reference list '{@link org.premortem.model.stpa.Analysis#getNotApplicable <em>Not Applicable</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Not Applicable</em>'.
	 * @see org.premortem.model.stpa.Analysis#getNotApplicable()
	 * @see #getAnalysis()
	 * @generated
	 */
	EReference getAnalysis_NotApplicable();

	/**
	 * Returns the meta object for the containment reference list '{@link org.premortem.model.stpa.Analysis#getContextTables <em>Context Tables</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Context Tables</em>'.
	 * @see org.premortem.model.stpa.Analysis#getContextTables()
	 * @see #getAnalysis()
	 * @generated
	 */
	EReference getAnalysis_ContextTables();

	/**
	 * Returns the meta object for the containment reference list '{@link org.premortem.model.stpa.Analysis#getControllerConstraints <em>Controller Constraints</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Controller Constraints</em>'.
	 * @see org.premortem.model.stpa.Analysis#getControllerConstraints()
	 * @see #getAnalysis()
	 * @generated
	 */
	EReference getAnalysis_ControllerConstraints();

	/**
	 * Returns the meta object for the containment reference list '{@link org.premortem.model.stpa.Analysis#getLossScenarios <em>Loss Scenarios</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Loss Scenarios</em>'.
	 * @see org.premortem.model.stpa.Analysis#getLossScenarios()
	 * @see #getAnalysis()
	 * @generated
	 */
	EReference getAnalysis_LossScenarios();

	/**
	 * Returns the meta object for the containment reference list '{@link org.premortem.model.stpa.Analysis#getRequirements <em>Requirements</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Requirements</em>'.
	 * @see org.premortem.model.stpa.Analysis#getRequirements()
	 * @see #getAnalysis()
	 * @generated
	 */
	EReference getAnalysis_Requirements();

	/**
	 * Returns the meta object for the containment reference list '{@link org.premortem.model.stpa.Analysis#getDisplayIdCounters <em>Display Id Counters</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Display Id Counters</em>'.
	 * @see org.premortem.model.stpa.Analysis#getDisplayIdCounters()
	 * @see #getAnalysis()
	 * @generated
	 */
	EReference getAnalysis_DisplayIdCounters();

	/**
	 * Returns the meta object for the containment reference list '{@link org.premortem.model.stpa.Analysis#getConflicts <em>Conflicts</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Conflicts</em>'.
	 * @see org.premortem.model.stpa.Analysis#getConflicts()
	 * @see #getAnalysis()
	 * @generated
	 */
	EReference getAnalysis_Conflicts();

	/**
	 * Returns the meta object for the '{@link org.premortem.model.stpa.Analysis#labelText() <em>Label Text</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Label Text</em>' operation.
	 * @see org.premortem.model.stpa.Analysis#labelText()
	 * @generated
	 */
	EOperation getAnalysis__LabelText();

	/**
	 * Returns the meta object for class '{@link org.premortem.model.stpa.DisplayIdCounter <em>Display Id Counter</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Display Id Counter</em>'.
	 * @see org.premortem.model.stpa.DisplayIdCounter
	 * @generated
	 */
	EClass getDisplayIdCounter();

	/**
	 * Returns the meta object for the attribute '{@link org.premortem.model.stpa.DisplayIdCounter#getPrefix <em>Prefix</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Prefix</em>'.
	 * @see org.premortem.model.stpa.DisplayIdCounter#getPrefix()
	 * @see #getDisplayIdCounter()
	 * @generated
	 */
	EAttribute getDisplayIdCounter_Prefix();

	/**
	 * Returns the meta object for the attribute '{@link org.premortem.model.stpa.DisplayIdCounter#getLast <em>Last</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Last</em>'.
	 * @see org.premortem.model.stpa.DisplayIdCounter#getLast()
	 * @see #getDisplayIdCounter()
	 * @generated
	 */
	EAttribute getDisplayIdCounter_Last();

	/**
	 * Returns the meta object for class '{@link org.premortem.model.stpa.MergeConflict <em>Merge Conflict</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Merge Conflict</em>'.
	 * @see org.premortem.model.stpa.MergeConflict
	 * @generated
	 */
	EClass getMergeConflict();

	/**
	 * Returns the meta object for the reference '{@link org.premortem.model.stpa.MergeConflict#getElement <em>Element</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Element</em>'.
	 * @see org.premortem.model.stpa.MergeConflict#getElement()
	 * @see #getMergeConflict()
	 * @generated
	 */
	EReference getMergeConflict_Element();

	/**
	 * Returns the meta object for the attribute '{@link org.premortem.model.stpa.MergeConflict#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.premortem.model.stpa.MergeConflict#getKind()
	 * @see #getMergeConflict()
	 * @generated
	 */
	EAttribute getMergeConflict_Kind();

	/**
	 * Returns the meta object for the attribute '{@link org.premortem.model.stpa.MergeConflict#getFeature <em>Feature</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Feature</em>'.
	 * @see org.premortem.model.stpa.MergeConflict#getFeature()
	 * @see #getMergeConflict()
	 * @generated
	 */
	EAttribute getMergeConflict_Feature();

	/**
	 * Returns the meta object for the attribute list '{@link org.premortem.model.stpa.MergeConflict#getOurs <em>Ours</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Ours</em>'.
	 * @see org.premortem.model.stpa.MergeConflict#getOurs()
	 * @see #getMergeConflict()
	 * @generated
	 */
	EAttribute getMergeConflict_Ours();

	/**
	 * Returns the meta object for the attribute list '{@link org.premortem.model.stpa.MergeConflict#getTheirs <em>Theirs</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Theirs</em>'.
	 * @see org.premortem.model.stpa.MergeConflict#getTheirs()
	 * @see #getMergeConflict()
	 * @generated
	 */
	EAttribute getMergeConflict_Theirs();

	/**
	 * Returns the meta object for class '{@link org.premortem.model.stpa.Goal <em>Goal</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Goal</em>'.
	 * @see org.premortem.model.stpa.Goal
	 * @generated
	 */
	EClass getGoal();

	/**
	 * Returns the meta object for the attribute '{@link org.premortem.model.stpa.Goal#getText <em>Text</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Text</em>'.
	 * @see org.premortem.model.stpa.Goal#getText()
	 * @see #getGoal()
	 * @generated
	 */
	EAttribute getGoal_Text();

	/**
	 * Returns the meta object for the '{@link org.premortem.model.stpa.Goal#labelText() <em>Label Text</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Label Text</em>' operation.
	 * @see org.premortem.model.stpa.Goal#labelText()
	 * @generated
	 */
	EOperation getGoal__LabelText();

	/**
	 * Returns the meta object for class '{@link org.premortem.model.stpa.Assumption <em>Assumption</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Assumption</em>'.
	 * @see org.premortem.model.stpa.Assumption
	 * @generated
	 */
	EClass getAssumption();

	/**
	 * Returns the meta object for the attribute '{@link org.premortem.model.stpa.Assumption#getText <em>Text</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Text</em>'.
	 * @see org.premortem.model.stpa.Assumption#getText()
	 * @see #getAssumption()
	 * @generated
	 */
	EAttribute getAssumption_Text();

	/**
	 * Returns the meta object for the '{@link org.premortem.model.stpa.Assumption#labelText() <em>Label Text</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Label Text</em>' operation.
	 * @see org.premortem.model.stpa.Assumption#labelText()
	 * @generated
	 */
	EOperation getAssumption__LabelText();

	/**
	 * Returns the meta object for class '{@link org.premortem.model.stpa.Loss <em>Loss</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Loss</em>'.
	 * @see org.premortem.model.stpa.Loss
	 * @generated
	 */
	EClass getLoss();

	/**
	 * Returns the meta object for the attribute '{@link org.premortem.model.stpa.Loss#getText <em>Text</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Text</em>'.
	 * @see org.premortem.model.stpa.Loss#getText()
	 * @see #getLoss()
	 * @generated
	 */
	EAttribute getLoss_Text();

	/**
	 * Returns the meta object for the '{@link org.premortem.model.stpa.Loss#labelText() <em>Label Text</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Label Text</em>' operation.
	 * @see org.premortem.model.stpa.Loss#labelText()
	 * @generated
	 */
	EOperation getLoss__LabelText();

	/**
	 * Returns the meta object for class '{@link org.premortem.model.stpa.Hazard <em>Hazard</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Hazard</em>'.
	 * @see org.premortem.model.stpa.Hazard
	 * @generated
	 */
	EClass getHazard();

	/**
	 * Returns the meta object for the attribute '{@link org.premortem.model.stpa.Hazard#getText <em>Text</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Text</em>'.
	 * @see org.premortem.model.stpa.Hazard#getText()
	 * @see #getHazard()
	 * @generated
	 */
	EAttribute getHazard_Text();

	/**
	 * Returns the meta object for the reference list '{@link org.premortem.model.stpa.Hazard#getLosses <em>Losses</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Losses</em>'.
	 * @see org.premortem.model.stpa.Hazard#getLosses()
	 * @see #getHazard()
	 * @generated
	 */
	EReference getHazard_Losses();

	/**
	 * Returns the meta object for the containment reference list '{@link org.premortem.model.stpa.Hazard#getSubHazards <em>Sub Hazards</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Sub Hazards</em>'.
	 * @see org.premortem.model.stpa.Hazard#getSubHazards()
	 * @see #getHazard()
	 * @generated
	 */
	EReference getHazard_SubHazards();

	/**
	 * Returns the meta object for the '{@link org.premortem.model.stpa.Hazard#labelText() <em>Label Text</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Label Text</em>' operation.
	 * @see org.premortem.model.stpa.Hazard#labelText()
	 * @generated
	 */
	EOperation getHazard__LabelText();

	/**
	 * Returns the meta object for class '{@link org.premortem.model.stpa.SystemConstraint <em>System Constraint</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>System Constraint</em>'.
	 * @see org.premortem.model.stpa.SystemConstraint
	 * @generated
	 */
	EClass getSystemConstraint();

	/**
	 * Returns the meta object for the attribute '{@link org.premortem.model.stpa.SystemConstraint#getText <em>Text</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Text</em>'.
	 * @see org.premortem.model.stpa.SystemConstraint#getText()
	 * @see #getSystemConstraint()
	 * @generated
	 */
	EAttribute getSystemConstraint_Text();

	/**
	 * Returns the meta object for the reference list '{@link org.premortem.model.stpa.SystemConstraint#getHazards <em>Hazards</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Hazards</em>'.
	 * @see org.premortem.model.stpa.SystemConstraint#getHazards()
	 * @see #getSystemConstraint()
	 * @generated
	 */
	EReference getSystemConstraint_Hazards();

	/**
	 * Returns the meta object for the containment reference list '{@link org.premortem.model.stpa.SystemConstraint#getSubConstraints <em>Sub Constraints</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Sub Constraints</em>'.
	 * @see org.premortem.model.stpa.SystemConstraint#getSubConstraints()
	 * @see #getSystemConstraint()
	 * @generated
	 */
	EReference getSystemConstraint_SubConstraints();

	/**
	 * Returns the meta object for the '{@link org.premortem.model.stpa.SystemConstraint#labelText() <em>Label Text</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Label Text</em>' operation.
	 * @see org.premortem.model.stpa.SystemConstraint#labelText()
	 * @generated
	 */
	EOperation getSystemConstraint__LabelText();

	/**
	 * Returns the meta object for class '{@link org.premortem.model.stpa.ControlStructure <em>Control Structure</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Control Structure</em>'.
	 * @see org.premortem.model.stpa.ControlStructure
	 * @generated
	 */
	EClass getControlStructure();

	/**
	 * Returns the meta object for the attribute '{@link org.premortem.model.stpa.ControlStructure#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.premortem.model.stpa.ControlStructure#getName()
	 * @see #getControlStructure()
	 * @generated
	 */
	EAttribute getControlStructure_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.premortem.model.stpa.ControlStructure#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see org.premortem.model.stpa.ControlStructure#getDescription()
	 * @see #getControlStructure()
	 * @generated
	 */
	EAttribute getControlStructure_Description();

	/**
	 * Returns the meta object for the containment reference list '{@link org.premortem.model.stpa.ControlStructure#getComponents <em>Components</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Components</em>'.
	 * @see org.premortem.model.stpa.ControlStructure#getComponents()
	 * @see #getControlStructure()
	 * @generated
	 */
	EReference getControlStructure_Components();

	/**
	 * Returns the meta object for the containment reference list '{@link org.premortem.model.stpa.ControlStructure#getConnections <em>Connections</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Connections</em>'.
	 * @see org.premortem.model.stpa.ControlStructure#getConnections()
	 * @see #getControlStructure()
	 * @generated
	 */
	EReference getControlStructure_Connections();

	/**
	 * Returns the meta object for the containment reference list '{@link org.premortem.model.stpa.ControlStructure#getDiagram <em>Diagram</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Diagram</em>'.
	 * @see org.premortem.model.stpa.ControlStructure#getDiagram()
	 * @see #getControlStructure()
	 * @generated
	 */
	EReference getControlStructure_Diagram();

	/**
	 * Returns the meta object for the '{@link org.premortem.model.stpa.ControlStructure#labelText() <em>Label Text</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Label Text</em>' operation.
	 * @see org.premortem.model.stpa.ControlStructure#labelText()
	 * @generated
	 */
	EOperation getControlStructure__LabelText();

	/**
	 * Returns the meta object for class '{@link org.premortem.model.stpa.NodeLayout <em>Node Layout</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Node Layout</em>'.
	 * @see org.premortem.model.stpa.NodeLayout
	 * @generated
	 */
	EClass getNodeLayout();

	/**
	 * Returns the meta object for the reference '{@link org.premortem.model.stpa.NodeLayout#getElement <em>Element</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Element</em>'.
	 * @see org.premortem.model.stpa.NodeLayout#getElement()
	 * @see #getNodeLayout()
	 * @generated
	 */
	EReference getNodeLayout_Element();

	/**
	 * Returns the meta object for the attribute '{@link org.premortem.model.stpa.NodeLayout#getX <em>X</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>X</em>'.
	 * @see org.premortem.model.stpa.NodeLayout#getX()
	 * @see #getNodeLayout()
	 * @generated
	 */
	EAttribute getNodeLayout_X();

	/**
	 * Returns the meta object for the attribute '{@link org.premortem.model.stpa.NodeLayout#getY <em>Y</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Y</em>'.
	 * @see org.premortem.model.stpa.NodeLayout#getY()
	 * @see #getNodeLayout()
	 * @generated
	 */
	EAttribute getNodeLayout_Y();

	/**
	 * Returns the meta object for the attribute '{@link org.premortem.model.stpa.NodeLayout#getWidth <em>Width</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Width</em>'.
	 * @see org.premortem.model.stpa.NodeLayout#getWidth()
	 * @see #getNodeLayout()
	 * @generated
	 */
	EAttribute getNodeLayout_Width();

	/**
	 * Returns the meta object for the attribute '{@link org.premortem.model.stpa.NodeLayout#getHeight <em>Height</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Height</em>'.
	 * @see org.premortem.model.stpa.NodeLayout#getHeight()
	 * @see #getNodeLayout()
	 * @generated
	 */
	EAttribute getNodeLayout_Height();

	/**
	 * Returns the meta object for class '{@link org.premortem.model.stpa.Component <em>Component</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Component</em>'.
	 * @see org.premortem.model.stpa.Component
	 * @generated
	 */
	EClass getComponent();

	/**
	 * Returns the meta object for the attribute '{@link org.premortem.model.stpa.Component#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.premortem.model.stpa.Component#getName()
	 * @see #getComponent()
	 * @generated
	 */
	EAttribute getComponent_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.premortem.model.stpa.Component#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see org.premortem.model.stpa.Component#getDescription()
	 * @see #getComponent()
	 * @generated
	 */
	EAttribute getComponent_Description();

	/**
	 * Returns the meta object for the attribute '{@link org.premortem.model.stpa.Component#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.premortem.model.stpa.Component#getKind()
	 * @see #getComponent()
	 * @generated
	 */
	EAttribute getComponent_Kind();

	/**
	 * Returns the meta object for the attribute '{@link org.premortem.model.stpa.Component#getReplicas <em>Replicas</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Replicas</em>'.
	 * @see org.premortem.model.stpa.Component#getReplicas()
	 * @see #getComponent()
	 * @generated
	 */
	EAttribute getComponent_Replicas();

	/**
	 * Returns the meta object for the containment reference list '{@link org.premortem.model.stpa.Component#getChildren <em>Children</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Children</em>'.
	 * @see org.premortem.model.stpa.Component#getChildren()
	 * @see #getComponent()
	 * @generated
	 */
	EReference getComponent_Children();

	/**
	 * Returns the meta object for the containment reference list '{@link org.premortem.model.stpa.Component#getResponsibilities <em>Responsibilities</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Responsibilities</em>'.
	 * @see org.premortem.model.stpa.Component#getResponsibilities()
	 * @see #getComponent()
	 * @generated
	 */
	EReference getComponent_Responsibilities();

	/**
	 * Returns the meta object for the containment reference list '{@link org.premortem.model.stpa.Component#getProcessModel <em>Process Model</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Process Model</em>'.
	 * @see org.premortem.model.stpa.Component#getProcessModel()
	 * @see #getComponent()
	 * @generated
	 */
	EReference getComponent_ProcessModel();

	/**
	 * Returns the meta object for the attribute '{@link org.premortem.model.stpa.Component#getControlAlgorithm <em>Control Algorithm</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Control Algorithm</em>'.
	 * @see org.premortem.model.stpa.Component#getControlAlgorithm()
	 * @see #getComponent()
	 * @generated
	 */
	EAttribute getComponent_ControlAlgorithm();

	/**
	 * Returns the meta object for the '{@link org.premortem.model.stpa.Component#labelText() <em>Label Text</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Label Text</em>' operation.
	 * @see org.premortem.model.stpa.Component#labelText()
	 * @generated
	 */
	EOperation getComponent__LabelText();

	/**
	 * Returns the meta object for class '{@link org.premortem.model.stpa.Responsibility <em>Responsibility</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Responsibility</em>'.
	 * @see org.premortem.model.stpa.Responsibility
	 * @generated
	 */
	EClass getResponsibility();

	/**
	 * Returns the meta object for the attribute '{@link org.premortem.model.stpa.Responsibility#getText <em>Text</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Text</em>'.
	 * @see org.premortem.model.stpa.Responsibility#getText()
	 * @see #getResponsibility()
	 * @generated
	 */
	EAttribute getResponsibility_Text();

	/**
	 * Returns the meta object for the reference list '{@link org.premortem.model.stpa.Responsibility#getSystemConstraints <em>System Constraints</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>System Constraints</em>'.
	 * @see org.premortem.model.stpa.Responsibility#getSystemConstraints()
	 * @see #getResponsibility()
	 * @generated
	 */
	EReference getResponsibility_SystemConstraints();

	/**
	 * Returns the meta object for the '{@link org.premortem.model.stpa.Responsibility#labelText() <em>Label Text</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Label Text</em>' operation.
	 * @see org.premortem.model.stpa.Responsibility#labelText()
	 * @generated
	 */
	EOperation getResponsibility__LabelText();

	/**
	 * Returns the meta object for class '{@link org.premortem.model.stpa.ProcessModelVariable <em>Process Model Variable</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Process Model Variable</em>'.
	 * @see org.premortem.model.stpa.ProcessModelVariable
	 * @generated
	 */
	EClass getProcessModelVariable();

	/**
	 * Returns the meta object for the attribute '{@link org.premortem.model.stpa.ProcessModelVariable#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.premortem.model.stpa.ProcessModelVariable#getName()
	 * @see #getProcessModelVariable()
	 * @generated
	 */
	EAttribute getProcessModelVariable_Name();

	/**
	 * Returns the meta object for the attribute list '{@link org.premortem.model.stpa.ProcessModelVariable#getValues <em>Values</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Values</em>'.
	 * @see org.premortem.model.stpa.ProcessModelVariable#getValues()
	 * @see #getProcessModelVariable()
	 * @generated
	 */
	EAttribute getProcessModelVariable_Values();

	/**
	 * Returns the meta object for the '{@link org.premortem.model.stpa.ProcessModelVariable#labelText() <em>Label Text</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Label Text</em>' operation.
	 * @see org.premortem.model.stpa.ProcessModelVariable#labelText()
	 * @generated
	 */
	EOperation getProcessModelVariable__LabelText();

	/**
	 * Returns the meta object for class '{@link org.premortem.model.stpa.Connection <em>Connection</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Connection</em>'.
	 * @see org.premortem.model.stpa.Connection
	 * @generated
	 */
	EClass getConnection();

	/**
	 * Returns the meta object for the attribute '{@link org.premortem.model.stpa.Connection#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.premortem.model.stpa.Connection#getName()
	 * @see #getConnection()
	 * @generated
	 */
	EAttribute getConnection_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.premortem.model.stpa.Connection#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see org.premortem.model.stpa.Connection#getDescription()
	 * @see #getConnection()
	 * @generated
	 */
	EAttribute getConnection_Description();

	/**
	 * Returns the meta object for the reference '{@link org.premortem.model.stpa.Connection#getSource <em>Source</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Source</em>'.
	 * @see org.premortem.model.stpa.Connection#getSource()
	 * @see #getConnection()
	 * @generated
	 */
	EReference getConnection_Source();

	/**
	 * Returns the meta object for the reference '{@link org.premortem.model.stpa.Connection#getTarget <em>Target</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Target</em>'.
	 * @see org.premortem.model.stpa.Connection#getTarget()
	 * @see #getConnection()
	 * @generated
	 */
	EReference getConnection_Target();

	/**
	 * Returns the meta object for the '{@link org.premortem.model.stpa.Connection#labelText() <em>Label Text</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Label Text</em>' operation.
	 * @see org.premortem.model.stpa.Connection#labelText()
	 * @generated
	 */
	EOperation getConnection__LabelText();

	/**
	 * Returns the meta object for class '{@link org.premortem.model.stpa.ControlAction <em>Control Action</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Control Action</em>'.
	 * @see org.premortem.model.stpa.ControlAction
	 * @generated
	 */
	EClass getControlAction();

	/**
	 * Returns the meta object for the attribute '{@link org.premortem.model.stpa.ControlAction#getDestructive <em>Destructive</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Destructive</em>'.
	 * @see org.premortem.model.stpa.ControlAction#getDestructive()
	 * @see #getControlAction()
	 * @generated
	 */
	EAttribute getControlAction_Destructive();

	/**
	 * Returns the meta object for the attribute '{@link org.premortem.model.stpa.ControlAction#getIrreversible <em>Irreversible</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Irreversible</em>'.
	 * @see org.premortem.model.stpa.ControlAction#getIrreversible()
	 * @see #getControlAction()
	 * @generated
	 */
	EAttribute getControlAction_Irreversible();

	/**
	 * Returns the meta object for class '{@link org.premortem.model.stpa.Feedback <em>Feedback</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Feedback</em>'.
	 * @see org.premortem.model.stpa.Feedback
	 * @generated
	 */
	EClass getFeedback();

	/**
	 * Returns the meta object for the reference list '{@link org.premortem.model.stpa.Feedback#getUpdatedVariables <em>Updated Variables</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Updated Variables</em>'.
	 * @see org.premortem.model.stpa.Feedback#getUpdatedVariables()
	 * @see #getFeedback()
	 * @generated
	 */
	EReference getFeedback_UpdatedVariables();

	/**
	 * Returns the meta object for class '{@link org.premortem.model.stpa.InputOutput <em>Input Output</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Input Output</em>'.
	 * @see org.premortem.model.stpa.InputOutput
	 * @generated
	 */
	EClass getInputOutput();

	/**
	 * Returns the meta object for class '{@link org.premortem.model.stpa.UnsafeControlAction <em>Unsafe Control Action</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Unsafe Control Action</em>'.
	 * @see org.premortem.model.stpa.UnsafeControlAction
	 * @generated
	 */
	EClass getUnsafeControlAction();

	/**
	 * Returns the meta object for the attribute '{@link org.premortem.model.stpa.UnsafeControlAction#getText <em>Text</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Text</em>'.
	 * @see org.premortem.model.stpa.UnsafeControlAction#getText()
	 * @see #getUnsafeControlAction()
	 * @generated
	 */
	EAttribute getUnsafeControlAction_Text();

	/**
	 * Returns the meta object for the reference '{@link org.premortem.model.stpa.UnsafeControlAction#getSource <em>Source</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Source</em>'.
	 * @see org.premortem.model.stpa.UnsafeControlAction#getSource()
	 * @see #getUnsafeControlAction()
	 * @generated
	 */
	EReference getUnsafeControlAction_Source();

	/**
	 * Returns the meta object for the reference '{@link org.premortem.model.stpa.UnsafeControlAction#getControlAction <em>Control Action</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Control Action</em>'.
	 * @see org.premortem.model.stpa.UnsafeControlAction#getControlAction()
	 * @see #getUnsafeControlAction()
	 * @generated
	 */
	EReference getUnsafeControlAction_ControlAction();

	/**
	 * Returns the meta object for the attribute '{@link org.premortem.model.stpa.UnsafeControlAction#getType <em>Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Type</em>'.
	 * @see org.premortem.model.stpa.UnsafeControlAction#getType()
	 * @see #getUnsafeControlAction()
	 * @generated
	 */
	EAttribute getUnsafeControlAction_Type();

	/**
	 * Returns the meta object for the attribute '{@link org.premortem.model.stpa.UnsafeControlAction#getContext <em>Context</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Context</em>'.
	 * @see org.premortem.model.stpa.UnsafeControlAction#getContext()
	 * @see #getUnsafeControlAction()
	 * @generated
	 */
	EAttribute getUnsafeControlAction_Context();

	/**
	 * Returns the meta object for the containment reference list '{@link org.premortem.model.stpa.UnsafeControlAction#getContextConditions <em>Context Conditions</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Context Conditions</em>'.
	 * @see org.premortem.model.stpa.UnsafeControlAction#getContextConditions()
	 * @see #getUnsafeControlAction()
	 * @generated
	 */
	EReference getUnsafeControlAction_ContextConditions();

	/**
	 * Returns the meta object for the reference list '{@link org.premortem.model.stpa.UnsafeControlAction#getHazards <em>Hazards</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Hazards</em>'.
	 * @see org.premortem.model.stpa.UnsafeControlAction#getHazards()
	 * @see #getUnsafeControlAction()
	 * @generated
	 */
	EReference getUnsafeControlAction_Hazards();

	/**
	 * Returns the meta object for the attribute '{@link org.premortem.model.stpa.UnsafeControlAction#getRationale <em>Rationale</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Rationale</em>'.
	 * @see org.premortem.model.stpa.UnsafeControlAction#getRationale()
	 * @see #getUnsafeControlAction()
	 * @generated
	 */
	EAttribute getUnsafeControlAction_Rationale();

	/**
	 * Returns the meta object for the reference '{@link org.premortem.model.stpa.UnsafeControlAction#getContextTableRow <em>Context Table Row</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Context Table Row</em>'.
	 * @see org.premortem.model.stpa.UnsafeControlAction#getContextTableRow()
	 * @see #getUnsafeControlAction()
	 * @generated
	 */
	EReference getUnsafeControlAction_ContextTableRow();

	/**
	 * Returns the meta object for the containment reference list '{@link org.premortem.model.stpa.UnsafeControlAction#getRejectedScenarios <em>Rejected Scenarios</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Rejected Scenarios</em>'.
	 * @see org.premortem.model.stpa.UnsafeControlAction#getRejectedScenarios()
	 * @see #getUnsafeControlAction()
	 * @generated
	 */
	EReference getUnsafeControlAction_RejectedScenarios();

	/**
	 * Returns the meta object for the '{@link org.premortem.model.stpa.UnsafeControlAction#labelText() <em>Label Text</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Label Text</em>' operation.
	 * @see org.premortem.model.stpa.UnsafeControlAction#labelText()
	 * @generated
	 */
	EOperation getUnsafeControlAction__LabelText();

	/**
	 * Returns the meta object for class '{@link org.premortem.model.stpa.RejectedScenario <em>Rejected Scenario</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Rejected Scenario</em>'.
	 * @see org.premortem.model.stpa.RejectedScenario
	 * @generated
	 */
	EClass getRejectedScenario();

	/**
	 * Returns the meta object for the attribute '{@link org.premortem.model.stpa.RejectedScenario#getKey <em>Key</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Key</em>'.
	 * @see org.premortem.model.stpa.RejectedScenario#getKey()
	 * @see #getRejectedScenario()
	 * @generated
	 */
	EAttribute getRejectedScenario_Key();

	/**
	 * Returns the meta object for the attribute '{@link org.premortem.model.stpa.RejectedScenario#getText <em>Text</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Text</em>'.
	 * @see org.premortem.model.stpa.RejectedScenario#getText()
	 * @see #getRejectedScenario()
	 * @generated
	 */
	EAttribute getRejectedScenario_Text();

	/**
	 * Returns the meta object for the attribute '{@link org.premortem.model.stpa.RejectedScenario#getRationale <em>Rationale</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Rationale</em>'.
	 * @see org.premortem.model.stpa.RejectedScenario#getRationale()
	 * @see #getRejectedScenario()
	 * @generated
	 */
	EAttribute getRejectedScenario_Rationale();

	/**
	 * Returns the meta object for class '{@link org.premortem.model.stpa.NotApplicableEntry <em>Not Applicable Entry</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Not Applicable Entry</em>'.
	 * @see org.premortem.model.stpa.NotApplicableEntry
	 * @generated
	 */
	EClass getNotApplicableEntry();

	/**
	 * Returns the meta object for the reference '{@link org.premortem.model.stpa.NotApplicableEntry#getControlAction <em>Control Action</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Control Action</em>'.
	 * @see org.premortem.model.stpa.NotApplicableEntry#getControlAction()
	 * @see #getNotApplicableEntry()
	 * @generated
	 */
	EReference getNotApplicableEntry_ControlAction();

	/**
	 * Returns the meta object for the attribute '{@link org.premortem.model.stpa.NotApplicableEntry#getCategory <em>Category</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Category</em>'.
	 * @see org.premortem.model.stpa.NotApplicableEntry#getCategory()
	 * @see #getNotApplicableEntry()
	 * @generated
	 */
	EAttribute getNotApplicableEntry_Category();

	/**
	 * Returns the meta object for the attribute '{@link org.premortem.model.stpa.NotApplicableEntry#getVerdict <em>Verdict</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Verdict</em>'.
	 * @see org.premortem.model.stpa.NotApplicableEntry#getVerdict()
	 * @see #getNotApplicableEntry()
	 * @generated
	 */
	EAttribute getNotApplicableEntry_Verdict();

	/**
	 * Returns the meta object for the attribute '{@link org.premortem.model.stpa.NotApplicableEntry#getRationale <em>Rationale</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Rationale</em>'.
	 * @see org.premortem.model.stpa.NotApplicableEntry#getRationale()
	 * @see #getNotApplicableEntry()
	 * @generated
	 */
	EAttribute getNotApplicableEntry_Rationale();

	/**
	 * Returns the meta object for the '{@link org.premortem.model.stpa.NotApplicableEntry#labelText() <em>Label Text</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Label Text</em>' operation.
	 * @see org.premortem.model.stpa.NotApplicableEntry#labelText()
	 * @generated
	 */
	EOperation getNotApplicableEntry__LabelText();

	/**
	 * Returns the meta object for class '{@link org.premortem.model.stpa.VariableValue <em>Variable Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Variable Value</em>'.
	 * @see org.premortem.model.stpa.VariableValue
	 * @generated
	 */
	EClass getVariableValue();

	/**
	 * Returns the meta object for the reference '{@link org.premortem.model.stpa.VariableValue#getVariable <em>Variable</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Variable</em>'.
	 * @see org.premortem.model.stpa.VariableValue#getVariable()
	 * @see #getVariableValue()
	 * @generated
	 */
	EReference getVariableValue_Variable();

	/**
	 * Returns the meta object for the attribute '{@link org.premortem.model.stpa.VariableValue#getValue <em>Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Value</em>'.
	 * @see org.premortem.model.stpa.VariableValue#getValue()
	 * @see #getVariableValue()
	 * @generated
	 */
	EAttribute getVariableValue_Value();

	/**
	 * Returns the meta object for class '{@link org.premortem.model.stpa.ContextTable <em>Context Table</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Context Table</em>'.
	 * @see org.premortem.model.stpa.ContextTable
	 * @generated
	 */
	EClass getContextTable();

	/**
	 * Returns the meta object for the reference '{@link org.premortem.model.stpa.ContextTable#getControlAction <em>Control Action</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Control Action</em>'.
	 * @see org.premortem.model.stpa.ContextTable#getControlAction()
	 * @see #getContextTable()
	 * @generated
	 */
	EReference getContextTable_ControlAction();

	/**
	 * Returns the meta object for the reference list '{@link org.premortem.model.stpa.ContextTable#getVariables <em>Variables</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Variables</em>'.
	 * @see org.premortem.model.stpa.ContextTable#getVariables()
	 * @see #getContextTable()
	 * @generated
	 */
	EReference getContextTable_Variables();

	/**
	 * Returns the meta object for the containment reference list '{@link org.premortem.model.stpa.ContextTable#getRows <em>Rows</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Rows</em>'.
	 * @see org.premortem.model.stpa.ContextTable#getRows()
	 * @see #getContextTable()
	 * @generated
	 */
	EReference getContextTable_Rows();

	/**
	 * Returns the meta object for the '{@link org.premortem.model.stpa.ContextTable#labelText() <em>Label Text</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Label Text</em>' operation.
	 * @see org.premortem.model.stpa.ContextTable#labelText()
	 * @generated
	 */
	EOperation getContextTable__LabelText();

	/**
	 * Returns the meta object for class '{@link org.premortem.model.stpa.ContextTableRow <em>Context Table Row</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Context Table Row</em>'.
	 * @see org.premortem.model.stpa.ContextTableRow
	 * @generated
	 */
	EClass getContextTableRow();

	/**
	 * Returns the meta object for the containment reference list '{@link org.premortem.model.stpa.ContextTableRow#getValues <em>Values</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Values</em>'.
	 * @see org.premortem.model.stpa.ContextTableRow#getValues()
	 * @see #getContextTableRow()
	 * @generated
	 */
	EReference getContextTableRow_Values();

	/**
	 * Returns the meta object for the attribute list '{@link org.premortem.model.stpa.ContextTableRow#getHazardousTypes <em>Hazardous Types</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Hazardous Types</em>'.
	 * @see org.premortem.model.stpa.ContextTableRow#getHazardousTypes()
	 * @see #getContextTableRow()
	 * @generated
	 */
	EAttribute getContextTableRow_HazardousTypes();

	/**
	 * Returns the meta object for the reference list '{@link org.premortem.model.stpa.ContextTableRow#getHazards <em>Hazards</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Hazards</em>'.
	 * @see org.premortem.model.stpa.ContextTableRow#getHazards()
	 * @see #getContextTableRow()
	 * @generated
	 */
	EReference getContextTableRow_Hazards();

	/**
	 * Returns the meta object for the attribute '{@link org.premortem.model.stpa.ContextTableRow#getRationale <em>Rationale</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Rationale</em>'.
	 * @see org.premortem.model.stpa.ContextTableRow#getRationale()
	 * @see #getContextTableRow()
	 * @generated
	 */
	EAttribute getContextTableRow_Rationale();

	/**
	 * Returns the meta object for the '{@link org.premortem.model.stpa.ContextTableRow#labelText() <em>Label Text</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Label Text</em>' operation.
	 * @see org.premortem.model.stpa.ContextTableRow#labelText()
	 * @generated
	 */
	EOperation getContextTableRow__LabelText();

	/**
	 * Returns the meta object for class '{@link org.premortem.model.stpa.ControllerConstraint <em>Controller Constraint</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Controller Constraint</em>'.
	 * @see org.premortem.model.stpa.ControllerConstraint
	 * @generated
	 */
	EClass getControllerConstraint();

	/**
	 * Returns the meta object for the attribute '{@link org.premortem.model.stpa.ControllerConstraint#getText <em>Text</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Text</em>'.
	 * @see org.premortem.model.stpa.ControllerConstraint#getText()
	 * @see #getControllerConstraint()
	 * @generated
	 */
	EAttribute getControllerConstraint_Text();

	/**
	 * Returns the meta object for the reference list '{@link org.premortem.model.stpa.ControllerConstraint#getUnsafeControlActions <em>Unsafe Control Actions</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Unsafe Control Actions</em>'.
	 * @see org.premortem.model.stpa.ControllerConstraint#getUnsafeControlActions()
	 * @see #getControllerConstraint()
	 * @generated
	 */
	EReference getControllerConstraint_UnsafeControlActions();

	/**
	 * Returns the meta object for the '{@link org.premortem.model.stpa.ControllerConstraint#labelText() <em>Label Text</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Label Text</em>' operation.
	 * @see org.premortem.model.stpa.ControllerConstraint#labelText()
	 * @generated
	 */
	EOperation getControllerConstraint__LabelText();

	/**
	 * Returns the meta object for class '{@link org.premortem.model.stpa.LossScenario <em>Loss Scenario</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Loss Scenario</em>'.
	 * @see org.premortem.model.stpa.LossScenario
	 * @generated
	 */
	EClass getLossScenario();

	/**
	 * Returns the meta object for the attribute '{@link org.premortem.model.stpa.LossScenario#getText <em>Text</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Text</em>'.
	 * @see org.premortem.model.stpa.LossScenario#getText()
	 * @see #getLossScenario()
	 * @generated
	 */
	EAttribute getLossScenario_Text();

	/**
	 * Returns the meta object for the attribute '{@link org.premortem.model.stpa.LossScenario#getScenarioClass <em>Scenario Class</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Scenario Class</em>'.
	 * @see org.premortem.model.stpa.LossScenario#getScenarioClass()
	 * @see #getLossScenario()
	 * @generated
	 */
	EAttribute getLossScenario_ScenarioClass();

	/**
	 * Returns the meta object for the containment reference list '{@link org.premortem.model.stpa.LossScenario#getCausalFactors <em>Causal Factors</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Causal Factors</em>'.
	 * @see org.premortem.model.stpa.LossScenario#getCausalFactors()
	 * @see #getLossScenario()
	 * @generated
	 */
	EReference getLossScenario_CausalFactors();

	/**
	 * Returns the meta object for the reference '{@link org.premortem.model.stpa.LossScenario#getUnsafeControlAction <em>Unsafe Control Action</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Unsafe Control Action</em>'.
	 * @see org.premortem.model.stpa.LossScenario#getUnsafeControlAction()
	 * @see #getLossScenario()
	 * @generated
	 */
	EReference getLossScenario_UnsafeControlAction();

	/**
	 * Returns the meta object for the reference '{@link org.premortem.model.stpa.LossScenario#getControlAction <em>Control Action</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Control Action</em>'.
	 * @see org.premortem.model.stpa.LossScenario#getControlAction()
	 * @see #getLossScenario()
	 * @generated
	 */
	EReference getLossScenario_ControlAction();

	/**
	 * Returns the meta object for the reference list '{@link org.premortem.model.stpa.LossScenario#getHazards <em>Hazards</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Hazards</em>'.
	 * @see org.premortem.model.stpa.LossScenario#getHazards()
	 * @see #getLossScenario()
	 * @generated
	 */
	EReference getLossScenario_Hazards();

	/**
	 * Returns the meta object for the '{@link org.premortem.model.stpa.LossScenario#labelText() <em>Label Text</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Label Text</em>' operation.
	 * @see org.premortem.model.stpa.LossScenario#labelText()
	 * @generated
	 */
	EOperation getLossScenario__LabelText();

	/**
	 * Returns the meta object for class '{@link org.premortem.model.stpa.CausalFactor <em>Causal Factor</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Causal Factor</em>'.
	 * @see org.premortem.model.stpa.CausalFactor
	 * @generated
	 */
	EClass getCausalFactor();

	/**
	 * Returns the meta object for the attribute '{@link org.premortem.model.stpa.CausalFactor#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.premortem.model.stpa.CausalFactor#getKind()
	 * @see #getCausalFactor()
	 * @generated
	 */
	EAttribute getCausalFactor_Kind();

	/**
	 * Returns the meta object for the attribute '{@link org.premortem.model.stpa.CausalFactor#getText <em>Text</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Text</em>'.
	 * @see org.premortem.model.stpa.CausalFactor#getText()
	 * @see #getCausalFactor()
	 * @generated
	 */
	EAttribute getCausalFactor_Text();

	/**
	 * Returns the meta object for class '{@link org.premortem.model.stpa.Requirement <em>Requirement</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Requirement</em>'.
	 * @see org.premortem.model.stpa.Requirement
	 * @generated
	 */
	EClass getRequirement();

	/**
	 * Returns the meta object for the attribute '{@link org.premortem.model.stpa.Requirement#getText <em>Text</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Text</em>'.
	 * @see org.premortem.model.stpa.Requirement#getText()
	 * @see #getRequirement()
	 * @generated
	 */
	EAttribute getRequirement_Text();

	/**
	 * Returns the meta object for the attribute '{@link org.premortem.model.stpa.Requirement#getRationale <em>Rationale</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Rationale</em>'.
	 * @see org.premortem.model.stpa.Requirement#getRationale()
	 * @see #getRequirement()
	 * @generated
	 */
	EAttribute getRequirement_Rationale();

	/**
	 * Returns the meta object for the reference list '{@link org.premortem.model.stpa.Requirement#getLossScenarios <em>Loss Scenarios</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Loss Scenarios</em>'.
	 * @see org.premortem.model.stpa.Requirement#getLossScenarios()
	 * @see #getRequirement()
	 * @generated
	 */
	EReference getRequirement_LossScenarios();

	/**
	 * Returns the meta object for the reference list '{@link org.premortem.model.stpa.Requirement#getUnsafeControlActions <em>Unsafe Control Actions</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Unsafe Control Actions</em>'.
	 * @see org.premortem.model.stpa.Requirement#getUnsafeControlActions()
	 * @see #getRequirement()
	 * @generated
	 */
	EReference getRequirement_UnsafeControlActions();

	/**
	 * Returns the meta object for the reference list '{@link org.premortem.model.stpa.Requirement#getHazards <em>Hazards</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Hazards</em>'.
	 * @see org.premortem.model.stpa.Requirement#getHazards()
	 * @see #getRequirement()
	 * @generated
	 */
	EReference getRequirement_Hazards();

	/**
	 * Returns the meta object for the '{@link org.premortem.model.stpa.Requirement#labelText() <em>Label Text</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Label Text</em>' operation.
	 * @see org.premortem.model.stpa.Requirement#labelText()
	 * @generated
	 */
	EOperation getRequirement__LabelText();

	/**
	 * Returns the meta object for enum '{@link org.premortem.model.stpa.ConflictKind <em>Conflict Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Conflict Kind</em>'.
	 * @see org.premortem.model.stpa.ConflictKind
	 * @generated
	 */
	EEnum getConflictKind();

	/**
	 * Returns the meta object for enum '{@link org.premortem.model.stpa.ComponentKind <em>Component Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Component Kind</em>'.
	 * @see org.premortem.model.stpa.ComponentKind
	 * @generated
	 */
	EEnum getComponentKind();

	/**
	 * Returns the meta object for enum '{@link org.premortem.model.stpa.UcaType <em>Uca Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Uca Type</em>'.
	 * @see org.premortem.model.stpa.UcaType
	 * @generated
	 */
	EEnum getUcaType();

	/**
	 * Returns the meta object for enum '{@link org.premortem.model.stpa.UcaCategory <em>Uca Category</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Uca Category</em>'.
	 * @see org.premortem.model.stpa.UcaCategory
	 * @generated
	 */
	EEnum getUcaCategory();

	/**
	 * Returns the meta object for enum '{@link org.premortem.model.stpa.NotApplicableVerdict <em>Not Applicable Verdict</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Not Applicable Verdict</em>'.
	 * @see org.premortem.model.stpa.NotApplicableVerdict
	 * @generated
	 */
	EEnum getNotApplicableVerdict();

	/**
	 * Returns the meta object for enum '{@link org.premortem.model.stpa.ScenarioClass <em>Scenario Class</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Scenario Class</em>'.
	 * @see org.premortem.model.stpa.ScenarioClass
	 * @generated
	 */
	EEnum getScenarioClass();

	/**
	 * Returns the meta object for enum '{@link org.premortem.model.stpa.CausalFactorKind <em>Causal Factor Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Causal Factor Kind</em>'.
	 * @see org.premortem.model.stpa.CausalFactorKind
	 * @generated
	 */
	EEnum getCausalFactorKind();

	/**
	 * Returns the factory that creates the instances of the model.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the factory that creates the instances of the model.
	 * @generated
	 */
	StpaFactory getStpaFactory();

	/**
	 * <!-- begin-user-doc -->
	 * Defines literals for the meta objects that represent
	 * <ul>
	 *   <li>each class,</li>
	 *   <li>each feature of each class,</li>
	 *   <li>each operation of each class,</li>
	 *   <li>each enum,</li>
	 *   <li>and each data type</li>
	 * </ul>
	 * <!-- end-user-doc -->
	 * @generated
	 */
	interface Literals {
		/**
		 * The meta object literal for the '{@link org.premortem.model.stpa.impl.IdentifiedElementImpl <em>Identified Element</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.premortem.model.stpa.impl.IdentifiedElementImpl
		 * @see org.premortem.model.stpa.impl.StpaPackageImpl#getIdentifiedElement()
		 * @generated
		 */
		EClass IDENTIFIED_ELEMENT = eINSTANCE.getIdentifiedElement();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute IDENTIFIED_ELEMENT__ID = eINSTANCE.getIdentifiedElement_Id();

		/**
		 * The meta object literal for the '<em><b>Display Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute IDENTIFIED_ELEMENT__DISPLAY_ID = eINSTANCE.getIdentifiedElement_DisplayId();

		/**
		 * The meta object literal for the '<em><b>Label</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute IDENTIFIED_ELEMENT__LABEL = eINSTANCE.getIdentifiedElement_Label();

		/**
		 * The meta object literal for the '<em><b>Label Text</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation IDENTIFIED_ELEMENT___LABEL_TEXT = eINSTANCE.getIdentifiedElement__LabelText();

		/**
		 * The meta object literal for the '{@link org.premortem.model.stpa.impl.AnalysisImpl <em>Analysis</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.premortem.model.stpa.impl.AnalysisImpl
		 * @see org.premortem.model.stpa.impl.StpaPackageImpl#getAnalysis()
		 * @generated
		 */
		EClass ANALYSIS = eINSTANCE.getAnalysis();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ANALYSIS__NAME = eINSTANCE.getAnalysis_Name();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ANALYSIS__DESCRIPTION = eINSTANCE.getAnalysis_Description();

		/**
		 * The meta object literal for the '<em><b>Format Version</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ANALYSIS__FORMAT_VERSION = eINSTANCE.getAnalysis_FormatVersion();

		/**
		 * The meta object literal for the '<em><b>Goals</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ANALYSIS__GOALS = eINSTANCE.getAnalysis_Goals();

		/**
		 * The meta object literal for the '<em><b>Assumptions</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ANALYSIS__ASSUMPTIONS = eINSTANCE.getAnalysis_Assumptions();

		/**
		 * The meta object literal for the '<em><b>Losses</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ANALYSIS__LOSSES = eINSTANCE.getAnalysis_Losses();

		/**
		 * The meta object literal for the '<em><b>Hazards</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ANALYSIS__HAZARDS = eINSTANCE.getAnalysis_Hazards();

		/**
		 * The meta object literal for the '<em><b>System Constraints</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ANALYSIS__SYSTEM_CONSTRAINTS = eINSTANCE.getAnalysis_SystemConstraints();

		/**
		 * The meta object literal for the '<em><b>Control Structures</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ANALYSIS__CONTROL_STRUCTURES = eINSTANCE.getAnalysis_ControlStructures();

		/**
		 * The meta object literal for the '<em><b>Unsafe Control Actions</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ANALYSIS__UNSAFE_CONTROL_ACTIONS = eINSTANCE.getAnalysis_UnsafeControlActions();

		/**
		 * The meta object literal for the '<em><b>Not Applicable</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ANALYSIS__NOT_APPLICABLE = eINSTANCE.getAnalysis_NotApplicable();

		/**
		 * The meta object literal for the '<em><b>Context Tables</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ANALYSIS__CONTEXT_TABLES = eINSTANCE.getAnalysis_ContextTables();

		/**
		 * The meta object literal for the '<em><b>Controller Constraints</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ANALYSIS__CONTROLLER_CONSTRAINTS = eINSTANCE.getAnalysis_ControllerConstraints();

		/**
		 * The meta object literal for the '<em><b>Loss Scenarios</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ANALYSIS__LOSS_SCENARIOS = eINSTANCE.getAnalysis_LossScenarios();

		/**
		 * The meta object literal for the '<em><b>Requirements</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ANALYSIS__REQUIREMENTS = eINSTANCE.getAnalysis_Requirements();

		/**
		 * The meta object literal for the '<em><b>Display Id Counters</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ANALYSIS__DISPLAY_ID_COUNTERS = eINSTANCE.getAnalysis_DisplayIdCounters();

		/**
		 * The meta object literal for the '<em><b>Conflicts</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ANALYSIS__CONFLICTS = eINSTANCE.getAnalysis_Conflicts();

		/**
		 * The meta object literal for the '<em><b>Label Text</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation ANALYSIS___LABEL_TEXT = eINSTANCE.getAnalysis__LabelText();

		/**
		 * The meta object literal for the '{@link org.premortem.model.stpa.impl.DisplayIdCounterImpl <em>Display Id Counter</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.premortem.model.stpa.impl.DisplayIdCounterImpl
		 * @see org.premortem.model.stpa.impl.StpaPackageImpl#getDisplayIdCounter()
		 * @generated
		 */
		EClass DISPLAY_ID_COUNTER = eINSTANCE.getDisplayIdCounter();

		/**
		 * The meta object literal for the '<em><b>Prefix</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DISPLAY_ID_COUNTER__PREFIX = eINSTANCE.getDisplayIdCounter_Prefix();

		/**
		 * The meta object literal for the '<em><b>Last</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DISPLAY_ID_COUNTER__LAST = eINSTANCE.getDisplayIdCounter_Last();

		/**
		 * The meta object literal for the '{@link org.premortem.model.stpa.impl.MergeConflictImpl <em>Merge Conflict</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.premortem.model.stpa.impl.MergeConflictImpl
		 * @see org.premortem.model.stpa.impl.StpaPackageImpl#getMergeConflict()
		 * @generated
		 */
		EClass MERGE_CONFLICT = eINSTANCE.getMergeConflict();

		/**
		 * The meta object literal for the '<em><b>Element</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference MERGE_CONFLICT__ELEMENT = eINSTANCE.getMergeConflict_Element();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MERGE_CONFLICT__KIND = eINSTANCE.getMergeConflict_Kind();

		/**
		 * The meta object literal for the '<em><b>Feature</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MERGE_CONFLICT__FEATURE = eINSTANCE.getMergeConflict_Feature();

		/**
		 * The meta object literal for the '<em><b>Ours</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MERGE_CONFLICT__OURS = eINSTANCE.getMergeConflict_Ours();

		/**
		 * The meta object literal for the '<em><b>Theirs</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MERGE_CONFLICT__THEIRS = eINSTANCE.getMergeConflict_Theirs();

		/**
		 * The meta object literal for the '{@link org.premortem.model.stpa.impl.GoalImpl <em>Goal</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.premortem.model.stpa.impl.GoalImpl
		 * @see org.premortem.model.stpa.impl.StpaPackageImpl#getGoal()
		 * @generated
		 */
		EClass GOAL = eINSTANCE.getGoal();

		/**
		 * The meta object literal for the '<em><b>Text</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute GOAL__TEXT = eINSTANCE.getGoal_Text();

		/**
		 * The meta object literal for the '<em><b>Label Text</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation GOAL___LABEL_TEXT = eINSTANCE.getGoal__LabelText();

		/**
		 * The meta object literal for the '{@link org.premortem.model.stpa.impl.AssumptionImpl <em>Assumption</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.premortem.model.stpa.impl.AssumptionImpl
		 * @see org.premortem.model.stpa.impl.StpaPackageImpl#getAssumption()
		 * @generated
		 */
		EClass ASSUMPTION = eINSTANCE.getAssumption();

		/**
		 * The meta object literal for the '<em><b>Text</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ASSUMPTION__TEXT = eINSTANCE.getAssumption_Text();

		/**
		 * The meta object literal for the '<em><b>Label Text</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation ASSUMPTION___LABEL_TEXT = eINSTANCE.getAssumption__LabelText();

		/**
		 * The meta object literal for the '{@link org.premortem.model.stpa.impl.LossImpl <em>Loss</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.premortem.model.stpa.impl.LossImpl
		 * @see org.premortem.model.stpa.impl.StpaPackageImpl#getLoss()
		 * @generated
		 */
		EClass LOSS = eINSTANCE.getLoss();

		/**
		 * The meta object literal for the '<em><b>Text</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LOSS__TEXT = eINSTANCE.getLoss_Text();

		/**
		 * The meta object literal for the '<em><b>Label Text</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation LOSS___LABEL_TEXT = eINSTANCE.getLoss__LabelText();

		/**
		 * The meta object literal for the '{@link org.premortem.model.stpa.impl.HazardImpl <em>Hazard</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.premortem.model.stpa.impl.HazardImpl
		 * @see org.premortem.model.stpa.impl.StpaPackageImpl#getHazard()
		 * @generated
		 */
		EClass HAZARD = eINSTANCE.getHazard();

		/**
		 * The meta object literal for the '<em><b>Text</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute HAZARD__TEXT = eINSTANCE.getHazard_Text();

		/**
		 * The meta object literal for the '<em><b>Losses</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference HAZARD__LOSSES = eINSTANCE.getHazard_Losses();

		/**
		 * The meta object literal for the '<em><b>Sub Hazards</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference HAZARD__SUB_HAZARDS = eINSTANCE.getHazard_SubHazards();

		/**
		 * The meta object literal for the '<em><b>Label Text</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation HAZARD___LABEL_TEXT = eINSTANCE.getHazard__LabelText();

		/**
		 * The meta object literal for the '{@link org.premortem.model.stpa.impl.SystemConstraintImpl <em>System Constraint</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.premortem.model.stpa.impl.SystemConstraintImpl
		 * @see org.premortem.model.stpa.impl.StpaPackageImpl#getSystemConstraint()
		 * @generated
		 */
		EClass SYSTEM_CONSTRAINT = eINSTANCE.getSystemConstraint();

		/**
		 * The meta object literal for the '<em><b>Text</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SYSTEM_CONSTRAINT__TEXT = eINSTANCE.getSystemConstraint_Text();

		/**
		 * The meta object literal for the '<em><b>Hazards</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SYSTEM_CONSTRAINT__HAZARDS = eINSTANCE.getSystemConstraint_Hazards();

		/**
		 * The meta object literal for the '<em><b>Sub Constraints</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SYSTEM_CONSTRAINT__SUB_CONSTRAINTS = eINSTANCE.getSystemConstraint_SubConstraints();

		/**
		 * The meta object literal for the '<em><b>Label Text</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation SYSTEM_CONSTRAINT___LABEL_TEXT = eINSTANCE.getSystemConstraint__LabelText();

		/**
		 * The meta object literal for the '{@link org.premortem.model.stpa.impl.ControlStructureImpl <em>Control Structure</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.premortem.model.stpa.impl.ControlStructureImpl
		 * @see org.premortem.model.stpa.impl.StpaPackageImpl#getControlStructure()
		 * @generated
		 */
		EClass CONTROL_STRUCTURE = eINSTANCE.getControlStructure();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONTROL_STRUCTURE__NAME = eINSTANCE.getControlStructure_Name();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONTROL_STRUCTURE__DESCRIPTION = eINSTANCE.getControlStructure_Description();

		/**
		 * The meta object literal for the '<em><b>Components</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CONTROL_STRUCTURE__COMPONENTS = eINSTANCE.getControlStructure_Components();

		/**
		 * The meta object literal for the '<em><b>Connections</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CONTROL_STRUCTURE__CONNECTIONS = eINSTANCE.getControlStructure_Connections();

		/**
		 * The meta object literal for the '<em><b>Diagram</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CONTROL_STRUCTURE__DIAGRAM = eINSTANCE.getControlStructure_Diagram();

		/**
		 * The meta object literal for the '<em><b>Label Text</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation CONTROL_STRUCTURE___LABEL_TEXT = eINSTANCE.getControlStructure__LabelText();

		/**
		 * The meta object literal for the '{@link org.premortem.model.stpa.impl.NodeLayoutImpl <em>Node Layout</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.premortem.model.stpa.impl.NodeLayoutImpl
		 * @see org.premortem.model.stpa.impl.StpaPackageImpl#getNodeLayout()
		 * @generated
		 */
		EClass NODE_LAYOUT = eINSTANCE.getNodeLayout();

		/**
		 * The meta object literal for the '<em><b>Element</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference NODE_LAYOUT__ELEMENT = eINSTANCE.getNodeLayout_Element();

		/**
		 * The meta object literal for the '<em><b>X</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NODE_LAYOUT__X = eINSTANCE.getNodeLayout_X();

		/**
		 * The meta object literal for the '<em><b>Y</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NODE_LAYOUT__Y = eINSTANCE.getNodeLayout_Y();

		/**
		 * The meta object literal for the '<em><b>Width</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NODE_LAYOUT__WIDTH = eINSTANCE.getNodeLayout_Width();

		/**
		 * The meta object literal for the '<em><b>Height</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NODE_LAYOUT__HEIGHT = eINSTANCE.getNodeLayout_Height();

		/**
		 * The meta object literal for the '{@link org.premortem.model.stpa.impl.ComponentImpl <em>Component</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.premortem.model.stpa.impl.ComponentImpl
		 * @see org.premortem.model.stpa.impl.StpaPackageImpl#getComponent()
		 * @generated
		 */
		EClass COMPONENT = eINSTANCE.getComponent();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COMPONENT__NAME = eINSTANCE.getComponent_Name();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COMPONENT__DESCRIPTION = eINSTANCE.getComponent_Description();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COMPONENT__KIND = eINSTANCE.getComponent_Kind();

		/**
		 * The meta object literal for the '<em><b>Replicas</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COMPONENT__REPLICAS = eINSTANCE.getComponent_Replicas();

		/**
		 * The meta object literal for the '<em><b>Children</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference COMPONENT__CHILDREN = eINSTANCE.getComponent_Children();

		/**
		 * The meta object literal for the '<em><b>Responsibilities</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference COMPONENT__RESPONSIBILITIES = eINSTANCE.getComponent_Responsibilities();

		/**
		 * The meta object literal for the '<em><b>Process Model</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference COMPONENT__PROCESS_MODEL = eINSTANCE.getComponent_ProcessModel();

		/**
		 * The meta object literal for the '<em><b>Control Algorithm</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COMPONENT__CONTROL_ALGORITHM = eINSTANCE.getComponent_ControlAlgorithm();

		/**
		 * The meta object literal for the '<em><b>Label Text</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation COMPONENT___LABEL_TEXT = eINSTANCE.getComponent__LabelText();

		/**
		 * The meta object literal for the '{@link org.premortem.model.stpa.impl.ResponsibilityImpl <em>Responsibility</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.premortem.model.stpa.impl.ResponsibilityImpl
		 * @see org.premortem.model.stpa.impl.StpaPackageImpl#getResponsibility()
		 * @generated
		 */
		EClass RESPONSIBILITY = eINSTANCE.getResponsibility();

		/**
		 * The meta object literal for the '<em><b>Text</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RESPONSIBILITY__TEXT = eINSTANCE.getResponsibility_Text();

		/**
		 * The meta object literal for the '<em><b>System Constraints</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference RESPONSIBILITY__SYSTEM_CONSTRAINTS = eINSTANCE.getResponsibility_SystemConstraints();

		/**
		 * The meta object literal for the '<em><b>Label Text</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation RESPONSIBILITY___LABEL_TEXT = eINSTANCE.getResponsibility__LabelText();

		/**
		 * The meta object literal for the '{@link org.premortem.model.stpa.impl.ProcessModelVariableImpl <em>Process Model Variable</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.premortem.model.stpa.impl.ProcessModelVariableImpl
		 * @see org.premortem.model.stpa.impl.StpaPackageImpl#getProcessModelVariable()
		 * @generated
		 */
		EClass PROCESS_MODEL_VARIABLE = eINSTANCE.getProcessModelVariable();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROCESS_MODEL_VARIABLE__NAME = eINSTANCE.getProcessModelVariable_Name();

		/**
		 * The meta object literal for the '<em><b>Values</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROCESS_MODEL_VARIABLE__VALUES = eINSTANCE.getProcessModelVariable_Values();

		/**
		 * The meta object literal for the '<em><b>Label Text</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation PROCESS_MODEL_VARIABLE___LABEL_TEXT = eINSTANCE.getProcessModelVariable__LabelText();

		/**
		 * The meta object literal for the '{@link org.premortem.model.stpa.impl.ConnectionImpl <em>Connection</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.premortem.model.stpa.impl.ConnectionImpl
		 * @see org.premortem.model.stpa.impl.StpaPackageImpl#getConnection()
		 * @generated
		 */
		EClass CONNECTION = eINSTANCE.getConnection();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONNECTION__NAME = eINSTANCE.getConnection_Name();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONNECTION__DESCRIPTION = eINSTANCE.getConnection_Description();

		/**
		 * The meta object literal for the '<em><b>Source</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CONNECTION__SOURCE = eINSTANCE.getConnection_Source();

		/**
		 * The meta object literal for the '<em><b>Target</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CONNECTION__TARGET = eINSTANCE.getConnection_Target();

		/**
		 * The meta object literal for the '<em><b>Label Text</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation CONNECTION___LABEL_TEXT = eINSTANCE.getConnection__LabelText();

		/**
		 * The meta object literal for the '{@link org.premortem.model.stpa.impl.ControlActionImpl <em>Control Action</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.premortem.model.stpa.impl.ControlActionImpl
		 * @see org.premortem.model.stpa.impl.StpaPackageImpl#getControlAction()
		 * @generated
		 */
		EClass CONTROL_ACTION = eINSTANCE.getControlAction();

		/**
		 * The meta object literal for the '<em><b>Destructive</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONTROL_ACTION__DESTRUCTIVE = eINSTANCE.getControlAction_Destructive();

		/**
		 * The meta object literal for the '<em><b>Irreversible</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONTROL_ACTION__IRREVERSIBLE = eINSTANCE.getControlAction_Irreversible();

		/**
		 * The meta object literal for the '{@link org.premortem.model.stpa.impl.FeedbackImpl <em>Feedback</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.premortem.model.stpa.impl.FeedbackImpl
		 * @see org.premortem.model.stpa.impl.StpaPackageImpl#getFeedback()
		 * @generated
		 */
		EClass FEEDBACK = eINSTANCE.getFeedback();

		/**
		 * The meta object literal for the '<em><b>Updated Variables</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference FEEDBACK__UPDATED_VARIABLES = eINSTANCE.getFeedback_UpdatedVariables();

		/**
		 * The meta object literal for the '{@link org.premortem.model.stpa.impl.InputOutputImpl <em>Input Output</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.premortem.model.stpa.impl.InputOutputImpl
		 * @see org.premortem.model.stpa.impl.StpaPackageImpl#getInputOutput()
		 * @generated
		 */
		EClass INPUT_OUTPUT = eINSTANCE.getInputOutput();

		/**
		 * The meta object literal for the '{@link org.premortem.model.stpa.impl.UnsafeControlActionImpl <em>Unsafe Control Action</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.premortem.model.stpa.impl.UnsafeControlActionImpl
		 * @see org.premortem.model.stpa.impl.StpaPackageImpl#getUnsafeControlAction()
		 * @generated
		 */
		EClass UNSAFE_CONTROL_ACTION = eINSTANCE.getUnsafeControlAction();

		/**
		 * The meta object literal for the '<em><b>Text</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute UNSAFE_CONTROL_ACTION__TEXT = eINSTANCE.getUnsafeControlAction_Text();

		/**
		 * The meta object literal for the '<em><b>Source</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference UNSAFE_CONTROL_ACTION__SOURCE = eINSTANCE.getUnsafeControlAction_Source();

		/**
		 * The meta object literal for the '<em><b>Control Action</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference UNSAFE_CONTROL_ACTION__CONTROL_ACTION = eINSTANCE.getUnsafeControlAction_ControlAction();

		/**
		 * The meta object literal for the '<em><b>Type</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute UNSAFE_CONTROL_ACTION__TYPE = eINSTANCE.getUnsafeControlAction_Type();

		/**
		 * The meta object literal for the '<em><b>Context</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute UNSAFE_CONTROL_ACTION__CONTEXT = eINSTANCE.getUnsafeControlAction_Context();

		/**
		 * The meta object literal for the '<em><b>Context Conditions</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference UNSAFE_CONTROL_ACTION__CONTEXT_CONDITIONS = eINSTANCE.getUnsafeControlAction_ContextConditions();

		/**
		 * The meta object literal for the '<em><b>Hazards</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference UNSAFE_CONTROL_ACTION__HAZARDS = eINSTANCE.getUnsafeControlAction_Hazards();

		/**
		 * The meta object literal for the '<em><b>Rationale</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute UNSAFE_CONTROL_ACTION__RATIONALE = eINSTANCE.getUnsafeControlAction_Rationale();

		/**
		 * The meta object literal for the '<em><b>Context Table Row</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference UNSAFE_CONTROL_ACTION__CONTEXT_TABLE_ROW = eINSTANCE.getUnsafeControlAction_ContextTableRow();

		/**
		 * The meta object literal for the '<em><b>Rejected Scenarios</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference UNSAFE_CONTROL_ACTION__REJECTED_SCENARIOS = eINSTANCE.getUnsafeControlAction_RejectedScenarios();

		/**
		 * The meta object literal for the '<em><b>Label Text</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation UNSAFE_CONTROL_ACTION___LABEL_TEXT = eINSTANCE.getUnsafeControlAction__LabelText();

		/**
		 * The meta object literal for the '{@link org.premortem.model.stpa.impl.RejectedScenarioImpl <em>Rejected Scenario</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.premortem.model.stpa.impl.RejectedScenarioImpl
		 * @see org.premortem.model.stpa.impl.StpaPackageImpl#getRejectedScenario()
		 * @generated
		 */
		EClass REJECTED_SCENARIO = eINSTANCE.getRejectedScenario();

		/**
		 * The meta object literal for the '<em><b>Key</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REJECTED_SCENARIO__KEY = eINSTANCE.getRejectedScenario_Key();

		/**
		 * The meta object literal for the '<em><b>Text</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REJECTED_SCENARIO__TEXT = eINSTANCE.getRejectedScenario_Text();

		/**
		 * The meta object literal for the '<em><b>Rationale</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REJECTED_SCENARIO__RATIONALE = eINSTANCE.getRejectedScenario_Rationale();

		/**
		 * The meta object literal for the '{@link org.premortem.model.stpa.impl.NotApplicableEntryImpl <em>Not Applicable Entry</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.premortem.model.stpa.impl.NotApplicableEntryImpl
		 * @see org.premortem.model.stpa.impl.StpaPackageImpl#getNotApplicableEntry()
		 * @generated
		 */
		EClass NOT_APPLICABLE_ENTRY = eINSTANCE.getNotApplicableEntry();

		/**
		 * The meta object literal for the '<em><b>Control Action</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference NOT_APPLICABLE_ENTRY__CONTROL_ACTION = eINSTANCE.getNotApplicableEntry_ControlAction();

		/**
		 * The meta object literal for the '<em><b>Category</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NOT_APPLICABLE_ENTRY__CATEGORY = eINSTANCE.getNotApplicableEntry_Category();

		/**
		 * The meta object literal for the '<em><b>Verdict</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NOT_APPLICABLE_ENTRY__VERDICT = eINSTANCE.getNotApplicableEntry_Verdict();

		/**
		 * The meta object literal for the '<em><b>Rationale</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NOT_APPLICABLE_ENTRY__RATIONALE = eINSTANCE.getNotApplicableEntry_Rationale();

		/**
		 * The meta object literal for the '<em><b>Label Text</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation NOT_APPLICABLE_ENTRY___LABEL_TEXT = eINSTANCE.getNotApplicableEntry__LabelText();

		/**
		 * The meta object literal for the '{@link org.premortem.model.stpa.impl.VariableValueImpl <em>Variable Value</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.premortem.model.stpa.impl.VariableValueImpl
		 * @see org.premortem.model.stpa.impl.StpaPackageImpl#getVariableValue()
		 * @generated
		 */
		EClass VARIABLE_VALUE = eINSTANCE.getVariableValue();

		/**
		 * The meta object literal for the '<em><b>Variable</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference VARIABLE_VALUE__VARIABLE = eINSTANCE.getVariableValue_Variable();

		/**
		 * The meta object literal for the '<em><b>Value</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VARIABLE_VALUE__VALUE = eINSTANCE.getVariableValue_Value();

		/**
		 * The meta object literal for the '{@link org.premortem.model.stpa.impl.ContextTableImpl <em>Context Table</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.premortem.model.stpa.impl.ContextTableImpl
		 * @see org.premortem.model.stpa.impl.StpaPackageImpl#getContextTable()
		 * @generated
		 */
		EClass CONTEXT_TABLE = eINSTANCE.getContextTable();

		/**
		 * The meta object literal for the '<em><b>Control Action</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CONTEXT_TABLE__CONTROL_ACTION = eINSTANCE.getContextTable_ControlAction();

		/**
		 * The meta object literal for the '<em><b>Variables</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CONTEXT_TABLE__VARIABLES = eINSTANCE.getContextTable_Variables();

		/**
		 * The meta object literal for the '<em><b>Rows</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CONTEXT_TABLE__ROWS = eINSTANCE.getContextTable_Rows();

		/**
		 * The meta object literal for the '<em><b>Label Text</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation CONTEXT_TABLE___LABEL_TEXT = eINSTANCE.getContextTable__LabelText();

		/**
		 * The meta object literal for the '{@link org.premortem.model.stpa.impl.ContextTableRowImpl <em>Context Table Row</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.premortem.model.stpa.impl.ContextTableRowImpl
		 * @see org.premortem.model.stpa.impl.StpaPackageImpl#getContextTableRow()
		 * @generated
		 */
		EClass CONTEXT_TABLE_ROW = eINSTANCE.getContextTableRow();

		/**
		 * The meta object literal for the '<em><b>Values</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CONTEXT_TABLE_ROW__VALUES = eINSTANCE.getContextTableRow_Values();

		/**
		 * The meta object literal for the '<em><b>Hazardous Types</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONTEXT_TABLE_ROW__HAZARDOUS_TYPES = eINSTANCE.getContextTableRow_HazardousTypes();

		/**
		 * The meta object literal for the '<em><b>Hazards</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CONTEXT_TABLE_ROW__HAZARDS = eINSTANCE.getContextTableRow_Hazards();

		/**
		 * The meta object literal for the '<em><b>Rationale</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONTEXT_TABLE_ROW__RATIONALE = eINSTANCE.getContextTableRow_Rationale();

		/**
		 * The meta object literal for the '<em><b>Label Text</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation CONTEXT_TABLE_ROW___LABEL_TEXT = eINSTANCE.getContextTableRow__LabelText();

		/**
		 * The meta object literal for the '{@link org.premortem.model.stpa.impl.ControllerConstraintImpl <em>Controller Constraint</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.premortem.model.stpa.impl.ControllerConstraintImpl
		 * @see org.premortem.model.stpa.impl.StpaPackageImpl#getControllerConstraint()
		 * @generated
		 */
		EClass CONTROLLER_CONSTRAINT = eINSTANCE.getControllerConstraint();

		/**
		 * The meta object literal for the '<em><b>Text</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONTROLLER_CONSTRAINT__TEXT = eINSTANCE.getControllerConstraint_Text();

		/**
		 * The meta object literal for the '<em><b>Unsafe Control Actions</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CONTROLLER_CONSTRAINT__UNSAFE_CONTROL_ACTIONS = eINSTANCE.getControllerConstraint_UnsafeControlActions();

		/**
		 * The meta object literal for the '<em><b>Label Text</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation CONTROLLER_CONSTRAINT___LABEL_TEXT = eINSTANCE.getControllerConstraint__LabelText();

		/**
		 * The meta object literal for the '{@link org.premortem.model.stpa.impl.LossScenarioImpl <em>Loss Scenario</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.premortem.model.stpa.impl.LossScenarioImpl
		 * @see org.premortem.model.stpa.impl.StpaPackageImpl#getLossScenario()
		 * @generated
		 */
		EClass LOSS_SCENARIO = eINSTANCE.getLossScenario();

		/**
		 * The meta object literal for the '<em><b>Text</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LOSS_SCENARIO__TEXT = eINSTANCE.getLossScenario_Text();

		/**
		 * The meta object literal for the '<em><b>Scenario Class</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LOSS_SCENARIO__SCENARIO_CLASS = eINSTANCE.getLossScenario_ScenarioClass();

		/**
		 * The meta object literal for the '<em><b>Causal Factors</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference LOSS_SCENARIO__CAUSAL_FACTORS = eINSTANCE.getLossScenario_CausalFactors();

		/**
		 * The meta object literal for the '<em><b>Unsafe Control Action</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference LOSS_SCENARIO__UNSAFE_CONTROL_ACTION = eINSTANCE.getLossScenario_UnsafeControlAction();

		/**
		 * The meta object literal for the '<em><b>Control Action</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference LOSS_SCENARIO__CONTROL_ACTION = eINSTANCE.getLossScenario_ControlAction();

		/**
		 * The meta object literal for the '<em><b>Hazards</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference LOSS_SCENARIO__HAZARDS = eINSTANCE.getLossScenario_Hazards();

		/**
		 * The meta object literal for the '<em><b>Label Text</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation LOSS_SCENARIO___LABEL_TEXT = eINSTANCE.getLossScenario__LabelText();

		/**
		 * The meta object literal for the '{@link org.premortem.model.stpa.impl.CausalFactorImpl <em>Causal Factor</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.premortem.model.stpa.impl.CausalFactorImpl
		 * @see org.premortem.model.stpa.impl.StpaPackageImpl#getCausalFactor()
		 * @generated
		 */
		EClass CAUSAL_FACTOR = eINSTANCE.getCausalFactor();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CAUSAL_FACTOR__KIND = eINSTANCE.getCausalFactor_Kind();

		/**
		 * The meta object literal for the '<em><b>Text</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CAUSAL_FACTOR__TEXT = eINSTANCE.getCausalFactor_Text();

		/**
		 * The meta object literal for the '{@link org.premortem.model.stpa.impl.RequirementImpl <em>Requirement</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.premortem.model.stpa.impl.RequirementImpl
		 * @see org.premortem.model.stpa.impl.StpaPackageImpl#getRequirement()
		 * @generated
		 */
		EClass REQUIREMENT = eINSTANCE.getRequirement();

		/**
		 * The meta object literal for the '<em><b>Text</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REQUIREMENT__TEXT = eINSTANCE.getRequirement_Text();

		/**
		 * The meta object literal for the '<em><b>Rationale</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REQUIREMENT__RATIONALE = eINSTANCE.getRequirement_Rationale();

		/**
		 * The meta object literal for the '<em><b>Loss Scenarios</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference REQUIREMENT__LOSS_SCENARIOS = eINSTANCE.getRequirement_LossScenarios();

		/**
		 * The meta object literal for the '<em><b>Unsafe Control Actions</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference REQUIREMENT__UNSAFE_CONTROL_ACTIONS = eINSTANCE.getRequirement_UnsafeControlActions();

		/**
		 * The meta object literal for the '<em><b>Hazards</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference REQUIREMENT__HAZARDS = eINSTANCE.getRequirement_Hazards();

		/**
		 * The meta object literal for the '<em><b>Label Text</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation REQUIREMENT___LABEL_TEXT = eINSTANCE.getRequirement__LabelText();

		/**
		 * The meta object literal for the '{@link org.premortem.model.stpa.ConflictKind <em>Conflict Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.premortem.model.stpa.ConflictKind
		 * @see org.premortem.model.stpa.impl.StpaPackageImpl#getConflictKind()
		 * @generated
		 */
		EEnum CONFLICT_KIND = eINSTANCE.getConflictKind();

		/**
		 * The meta object literal for the '{@link org.premortem.model.stpa.ComponentKind <em>Component Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.premortem.model.stpa.ComponentKind
		 * @see org.premortem.model.stpa.impl.StpaPackageImpl#getComponentKind()
		 * @generated
		 */
		EEnum COMPONENT_KIND = eINSTANCE.getComponentKind();

		/**
		 * The meta object literal for the '{@link org.premortem.model.stpa.UcaType <em>Uca Type</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.premortem.model.stpa.UcaType
		 * @see org.premortem.model.stpa.impl.StpaPackageImpl#getUcaType()
		 * @generated
		 */
		EEnum UCA_TYPE = eINSTANCE.getUcaType();

		/**
		 * The meta object literal for the '{@link org.premortem.model.stpa.UcaCategory <em>Uca Category</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.premortem.model.stpa.UcaCategory
		 * @see org.premortem.model.stpa.impl.StpaPackageImpl#getUcaCategory()
		 * @generated
		 */
		EEnum UCA_CATEGORY = eINSTANCE.getUcaCategory();

		/**
		 * The meta object literal for the '{@link org.premortem.model.stpa.NotApplicableVerdict <em>Not Applicable Verdict</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.premortem.model.stpa.NotApplicableVerdict
		 * @see org.premortem.model.stpa.impl.StpaPackageImpl#getNotApplicableVerdict()
		 * @generated
		 */
		EEnum NOT_APPLICABLE_VERDICT = eINSTANCE.getNotApplicableVerdict();

		/**
		 * The meta object literal for the '{@link org.premortem.model.stpa.ScenarioClass <em>Scenario Class</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.premortem.model.stpa.ScenarioClass
		 * @see org.premortem.model.stpa.impl.StpaPackageImpl#getScenarioClass()
		 * @generated
		 */
		EEnum SCENARIO_CLASS = eINSTANCE.getScenarioClass();

		/**
		 * The meta object literal for the '{@link org.premortem.model.stpa.CausalFactorKind <em>Causal Factor Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.premortem.model.stpa.CausalFactorKind
		 * @see org.premortem.model.stpa.impl.StpaPackageImpl#getCausalFactorKind()
		 * @generated
		 */
		EEnum CAUSAL_FACTOR_KIND = eINSTANCE.getCausalFactorKind();

	}

} //StpaPackage
