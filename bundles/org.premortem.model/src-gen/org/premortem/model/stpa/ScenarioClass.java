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
 * A representation of the literals of the enumeration '<em><b>Scenario Class</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * The kind of loss scenario: unsafe controller behavior, inadequate feedback and information, a problem on the control path, or a problem related to the controlled process.
 * <!-- end-model-doc -->
 * @see org.premortem.model.stpa.StpaPackage#getScenarioClass()
 * @model
 * @generated
 */
public enum ScenarioClass implements Enumerator {
	/**
	 * The '<em><b>UNSAFE CONTROLLER BEHAVIOR</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #UNSAFE_CONTROLLER_BEHAVIOR_VALUE
	 * @generated
	 * @ordered
	 */
	UNSAFE_CONTROLLER_BEHAVIOR(1, "UNSAFE_CONTROLLER_BEHAVIOR", "UNSAFE_CONTROLLER_BEHAVIOR"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>INADEQUATE FEEDBACK</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #INADEQUATE_FEEDBACK_VALUE
	 * @generated
	 * @ordered
	 */
	INADEQUATE_FEEDBACK(2, "INADEQUATE_FEEDBACK", "INADEQUATE_FEEDBACK"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>CONTROL PATH</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CONTROL_PATH_VALUE
	 * @generated
	 * @ordered
	 */
	CONTROL_PATH(3, "CONTROL_PATH", "CONTROL_PATH"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>CONTROLLED PROCESS</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CONTROLLED_PROCESS_VALUE
	 * @generated
	 * @ordered
	 */
	CONTROLLED_PROCESS(4, "CONTROLLED_PROCESS", "CONTROLLED_PROCESS"); //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>UNSAFE CONTROLLER BEHAVIOR</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #UNSAFE_CONTROLLER_BEHAVIOR
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int UNSAFE_CONTROLLER_BEHAVIOR_VALUE = 1;

	/**
	 * The '<em><b>INADEQUATE FEEDBACK</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #INADEQUATE_FEEDBACK
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int INADEQUATE_FEEDBACK_VALUE = 2;

	/**
	 * The '<em><b>CONTROL PATH</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CONTROL_PATH
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int CONTROL_PATH_VALUE = 3;

	/**
	 * The '<em><b>CONTROLLED PROCESS</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CONTROLLED_PROCESS
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int CONTROLLED_PROCESS_VALUE = 4;

	/**
	 * An array of all the '<em><b>Scenario Class</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final ScenarioClass[] VALUES_ARRAY =
		new ScenarioClass[] {
			UNSAFE_CONTROLLER_BEHAVIOR,
			INADEQUATE_FEEDBACK,
			CONTROL_PATH,
			CONTROLLED_PROCESS,
		};

	/**
	 * A public read-only list of all the '<em><b>Scenario Class</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<ScenarioClass> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Scenario Class</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ScenarioClass get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			ScenarioClass result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Scenario Class</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ScenarioClass getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			ScenarioClass result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Scenario Class</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ScenarioClass get(int value) {
		switch (value) {
			case UNSAFE_CONTROLLER_BEHAVIOR_VALUE: return UNSAFE_CONTROLLER_BEHAVIOR;
			case INADEQUATE_FEEDBACK_VALUE: return INADEQUATE_FEEDBACK;
			case CONTROL_PATH_VALUE: return CONTROL_PATH;
			case CONTROLLED_PROCESS_VALUE: return CONTROLLED_PROCESS;
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
	private ScenarioClass(int value, String name, String literal) {
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
	
} //ScenarioClass
