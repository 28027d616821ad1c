/**
 * Premortem contributors — EPL-2.0
 */
package org.premortem.model.stpa;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Causal Factor Kind</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * The kinds of causal factors that can explain a loss scenario, grouped by scenario class: controller failures and flaws, inadequate feedback, control path problems and controlled process problems.
 * <!-- end-model-doc -->
 * @see org.premortem.model.stpa.StpaPackage#getCausalFactorKind()
 * @model
 * @generated
 */
public enum CausalFactorKind implements Enumerator {
	/**
	 * The '<em><b>COMPONENT FAILURE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #COMPONENT_FAILURE_VALUE
	 * @generated
	 * @ordered
	 */
	COMPONENT_FAILURE(0, "COMPONENT_FAILURE", "COMPONENT_FAILURE"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>INADEQUATE CONTROL ALGORITHM</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #INADEQUATE_CONTROL_ALGORITHM_VALUE
	 * @generated
	 * @ordered
	 */
	INADEQUATE_CONTROL_ALGORITHM(1, "INADEQUATE_CONTROL_ALGORITHM", "INADEQUATE_CONTROL_ALGORITHM"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>FLAWED PROCESS MODEL</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #FLAWED_PROCESS_MODEL_VALUE
	 * @generated
	 * @ordered
	 */
	FLAWED_PROCESS_MODEL(2, "FLAWED_PROCESS_MODEL", "FLAWED_PROCESS_MODEL"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>UNSAFE CONTROL INPUT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #UNSAFE_CONTROL_INPUT_VALUE
	 * @generated
	 * @ordered
	 */
	UNSAFE_CONTROL_INPUT(3, "UNSAFE_CONTROL_INPUT", "UNSAFE_CONTROL_INPUT"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>MISSING FEEDBACK</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MISSING_FEEDBACK_VALUE
	 * @generated
	 * @ordered
	 */
	MISSING_FEEDBACK(4, "MISSING_FEEDBACK", "MISSING_FEEDBACK"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>FEEDBACK NOT RECEIVED</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #FEEDBACK_NOT_RECEIVED_VALUE
	 * @generated
	 * @ordered
	 */
	FEEDBACK_NOT_RECEIVED(5, "FEEDBACK_NOT_RECEIVED", "FEEDBACK_NOT_RECEIVED"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>FEEDBACK DELAYED</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #FEEDBACK_DELAYED_VALUE
	 * @generated
	 * @ordered
	 */
	FEEDBACK_DELAYED(6, "FEEDBACK_DELAYED", "FEEDBACK_DELAYED"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>FEEDBACK INACCURATE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #FEEDBACK_INACCURATE_VALUE
	 * @generated
	 * @ordered
	 */
	FEEDBACK_INACCURATE(7, "FEEDBACK_INACCURATE", "FEEDBACK_INACCURATE"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>CONFLICTING FEEDBACK</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CONFLICTING_FEEDBACK_VALUE
	 * @generated
	 * @ordered
	 */
	CONFLICTING_FEEDBACK(8, "CONFLICTING_FEEDBACK", "CONFLICTING_FEEDBACK"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>ACTION NOT RECEIVED</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ACTION_NOT_RECEIVED_VALUE
	 * @generated
	 * @ordered
	 */
	ACTION_NOT_RECEIVED(9, "ACTION_NOT_RECEIVED", "ACTION_NOT_RECEIVED"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>ACTION DELAYED</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ACTION_DELAYED_VALUE
	 * @generated
	 * @ordered
	 */
	ACTION_DELAYED(10, "ACTION_DELAYED", "ACTION_DELAYED"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>CONFLICTING ACTION</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CONFLICTING_ACTION_VALUE
	 * @generated
	 * @ordered
	 */
	CONFLICTING_ACTION(11, "CONFLICTING_ACTION", "CONFLICTING_ACTION"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>ACTION NOT EXECUTED</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ACTION_NOT_EXECUTED_VALUE
	 * @generated
	 * @ordered
	 */
	ACTION_NOT_EXECUTED(12, "ACTION_NOT_EXECUTED", "ACTION_NOT_EXECUTED"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>RESOURCES EXHAUSTED</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #RESOURCES_EXHAUSTED_VALUE
	 * @generated
	 * @ordered
	 */
	RESOURCES_EXHAUSTED(13, "RESOURCES_EXHAUSTED", "RESOURCES_EXHAUSTED"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>IGNORED BY PROCESS</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #IGNORED_BY_PROCESS_VALUE
	 * @generated
	 * @ordered
	 */
	IGNORED_BY_PROCESS(14, "IGNORED_BY_PROCESS", "IGNORED_BY_PROCESS"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>OTHER</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #OTHER_VALUE
	 * @generated
	 * @ordered
	 */
	OTHER(15, "OTHER", "OTHER"); //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>COMPONENT FAILURE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #COMPONENT_FAILURE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int COMPONENT_FAILURE_VALUE = 0;

	/**
	 * The '<em><b>INADEQUATE CONTROL ALGORITHM</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #INADEQUATE_CONTROL_ALGORITHM
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int INADEQUATE_CONTROL_ALGORITHM_VALUE = 1;

	/**
	 * The '<em><b>FLAWED PROCESS MODEL</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #FLAWED_PROCESS_MODEL
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int FLAWED_PROCESS_MODEL_VALUE = 2;

	/**
	 * The '<em><b>UNSAFE CONTROL INPUT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #UNSAFE_CONTROL_INPUT
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int UNSAFE_CONTROL_INPUT_VALUE = 3;

	/**
	 * The '<em><b>MISSING FEEDBACK</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MISSING_FEEDBACK
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int MISSING_FEEDBACK_VALUE = 4;

	/**
	 * The '<em><b>FEEDBACK NOT RECEIVED</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #FEEDBACK_NOT_RECEIVED
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int FEEDBACK_NOT_RECEIVED_VALUE = 5;

	/**
	 * The '<em><b>FEEDBACK DELAYED</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #FEEDBACK_DELAYED
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int FEEDBACK_DELAYED_VALUE = 6;

	/**
	 * The '<em><b>FEEDBACK INACCURATE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #FEEDBACK_INACCURATE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int FEEDBACK_INACCURATE_VALUE = 7;

	/**
	 * The '<em><b>CONFLICTING FEEDBACK</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CONFLICTING_FEEDBACK
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int CONFLICTING_FEEDBACK_VALUE = 8;

	/**
	 * The '<em><b>ACTION NOT RECEIVED</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ACTION_NOT_RECEIVED
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int ACTION_NOT_RECEIVED_VALUE = 9;

	/**
	 * The '<em><b>ACTION DELAYED</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ACTION_DELAYED
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int ACTION_DELAYED_VALUE = 10;

	/**
	 * The '<em><b>CONFLICTING ACTION</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CONFLICTING_ACTION
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int CONFLICTING_ACTION_VALUE = 11;

	/**
	 * The '<em><b>ACTION NOT EXECUTED</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ACTION_NOT_EXECUTED
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int ACTION_NOT_EXECUTED_VALUE = 12;

	/**
	 * The '<em><b>RESOURCES EXHAUSTED</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #RESOURCES_EXHAUSTED
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int RESOURCES_EXHAUSTED_VALUE = 13;

	/**
	 * The '<em><b>IGNORED BY PROCESS</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #IGNORED_BY_PROCESS
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int IGNORED_BY_PROCESS_VALUE = 14;

	/**
	 * The '<em><b>OTHER</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #OTHER
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int OTHER_VALUE = 15;

	/**
	 * An array of all the '<em><b>Causal Factor Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final CausalFactorKind[] VALUES_ARRAY =
		new CausalFactorKind[] {
			COMPONENT_FAILURE,
			INADEQUATE_CONTROL_ALGORITHM,
			FLAWED_PROCESS_MODEL,
			UNSAFE_CONTROL_INPUT,
			MISSING_FEEDBACK,
			FEEDBACK_NOT_RECEIVED,
			FEEDBACK_DELAYED,
			FEEDBACK_INACCURATE,
			CONFLICTING_FEEDBACK,
			ACTION_NOT_RECEIVED,
			ACTION_DELAYED,
			CONFLICTING_ACTION,
			ACTION_NOT_EXECUTED,
			RESOURCES_EXHAUSTED,
			IGNORED_BY_PROCESS,
			OTHER,
		};

	/**
	 * A public read-only list of all the '<em><b>Causal Factor Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<CausalFactorKind> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Causal Factor Kind</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static CausalFactorKind get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			CausalFactorKind result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Causal Factor Kind</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static CausalFactorKind getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			CausalFactorKind result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Causal Factor Kind</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static CausalFactorKind get(int value) {
		switch (value) {
			case COMPONENT_FAILURE_VALUE: return COMPONENT_FAILURE;
			case INADEQUATE_CONTROL_ALGORITHM_VALUE: return INADEQUATE_CONTROL_ALGORITHM;
			case FLAWED_PROCESS_MODEL_VALUE: return FLAWED_PROCESS_MODEL;
			case UNSAFE_CONTROL_INPUT_VALUE: return UNSAFE_CONTROL_INPUT;
			case MISSING_FEEDBACK_VALUE: return MISSING_FEEDBACK;
			case FEEDBACK_NOT_RECEIVED_VALUE: return FEEDBACK_NOT_RECEIVED;
			case FEEDBACK_DELAYED_VALUE: return FEEDBACK_DELAYED;
			case FEEDBACK_INACCURATE_VALUE: return FEEDBACK_INACCURATE;
			case CONFLICTING_FEEDBACK_VALUE: return CONFLICTING_FEEDBACK;
			case ACTION_NOT_RECEIVED_VALUE: return ACTION_NOT_RECEIVED;
			case ACTION_DELAYED_VALUE: return ACTION_DELAYED;
			case CONFLICTING_ACTION_VALUE: return CONFLICTING_ACTION;
			case ACTION_NOT_EXECUTED_VALUE: return ACTION_NOT_EXECUTED;
			case RESOURCES_EXHAUSTED_VALUE: return RESOURCES_EXHAUSTED;
			case IGNORED_BY_PROCESS_VALUE: return IGNORED_BY_PROCESS;
			case OTHER_VALUE: return OTHER;
		}
		return null;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final int value;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final String name;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final String literal;

	/**
	 * Only this class can construct instances.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private CausalFactorKind(int value, String name, String literal) {
		this.value = value;
		this.name = name;
		this.literal = literal;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getValue() {
	  return value;
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
	public String getLiteral() {
	  return literal;
	}

	/**
	 * Returns the literal value of the enumerator, which is its string representation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		return literal;
	}
	
} //CausalFactorKind
