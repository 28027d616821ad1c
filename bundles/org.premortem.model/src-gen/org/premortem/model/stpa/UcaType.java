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
 * A representation of the literals of the enumeration '<em><b>Uca Type</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * The ways a control action can be unsafe: not provided, provided, provided too early, too late or out of order, stopped too soon or applied too long, or with a parameter too low or too high.
 * <!-- end-model-doc -->
 * @see org.premortem.model.stpa.StpaPackage#getUcaType()
 * @model
 * @generated
 */
public enum UcaType implements Enumerator {
	/**
	 * The '<em><b>NOT PROVIDED</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #NOT_PROVIDED_VALUE
	 * @generated
	 * @ordered
	 */
	NOT_PROVIDED(0, "NOT_PROVIDED", "NOT_PROVIDED"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>PROVIDED</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PROVIDED_VALUE
	 * @generated
	 * @ordered
	 */
	PROVIDED(1, "PROVIDED", "PROVIDED"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>TOO EARLY</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #TOO_EARLY_VALUE
	 * @generated
	 * @ordered
	 */
	TOO_EARLY(2, "TOO_EARLY", "TOO_EARLY"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>TOO LATE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #TOO_LATE_VALUE
	 * @generated
	 * @ordered
	 */
	TOO_LATE(3, "TOO_LATE", "TOO_LATE"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>WRONG ORDER</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #WRONG_ORDER_VALUE
	 * @generated
	 * @ordered
	 */
	WRONG_ORDER(4, "WRONG_ORDER", "WRONG_ORDER"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>STOPPED TOO SOON</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #STOPPED_TOO_SOON_VALUE
	 * @generated
	 * @ordered
	 */
	STOPPED_TOO_SOON(5, "STOPPED_TOO_SOON", "STOPPED_TOO_SOON"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>APPLIED TOO LONG</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #APPLIED_TOO_LONG_VALUE
	 * @generated
	 * @ordered
	 */
	APPLIED_TOO_LONG(6, "APPLIED_TOO_LONG", "APPLIED_TOO_LONG"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>PARAMETER TOO LOW</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PARAMETER_TOO_LOW_VALUE
	 * @generated
	 * @ordered
	 */
	PARAMETER_TOO_LOW(7, "PARAMETER_TOO_LOW", "PARAMETER_TOO_LOW"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>PARAMETER TOO HIGH</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PARAMETER_TOO_HIGH_VALUE
	 * @generated
	 * @ordered
	 */
	PARAMETER_TOO_HIGH(8, "PARAMETER_TOO_HIGH", "PARAMETER_TOO_HIGH"); //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>NOT PROVIDED</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #NOT_PROVIDED
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int NOT_PROVIDED_VALUE = 0;

	/**
	 * The '<em><b>PROVIDED</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PROVIDED
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int PROVIDED_VALUE = 1;

	/**
	 * The '<em><b>TOO EARLY</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #TOO_EARLY
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int TOO_EARLY_VALUE = 2;

	/**
	 * The '<em><b>TOO LATE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #TOO_LATE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int TOO_LATE_VALUE = 3;

	/**
	 * The '<em><b>WRONG ORDER</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #WRONG_ORDER
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int WRONG_ORDER_VALUE = 4;

	/**
	 * The '<em><b>STOPPED TOO SOON</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #STOPPED_TOO_SOON
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int STOPPED_TOO_SOON_VALUE = 5;

	/**
	 * The '<em><b>APPLIED TOO LONG</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #APPLIED_TOO_LONG
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int APPLIED_TOO_LONG_VALUE = 6;

	/**
	 * The '<em><b>PARAMETER TOO LOW</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PARAMETER_TOO_LOW
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int PARAMETER_TOO_LOW_VALUE = 7;

	/**
	 * The '<em><b>PARAMETER TOO HIGH</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PARAMETER_TOO_HIGH
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int PARAMETER_TOO_HIGH_VALUE = 8;

	/**
	 * An array of all the '<em><b>Uca Type</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final UcaType[] VALUES_ARRAY =
		new UcaType[] {
			NOT_PROVIDED,
			PROVIDED,
			TOO_EARLY,
			TOO_LATE,
			WRONG_ORDER,
			STOPPED_TOO_SOON,
			APPLIED_TOO_LONG,
			PARAMETER_TOO_LOW,
			PARAMETER_TOO_HIGH,
		};

	/**
	 * A public read-only list of all the '<em><b>Uca Type</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<UcaType> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Uca Type</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static UcaType get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			UcaType result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Uca Type</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static UcaType getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			UcaType result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Uca Type</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static UcaType get(int value) {
		switch (value) {
			case NOT_PROVIDED_VALUE: return NOT_PROVIDED;
			case PROVIDED_VALUE: return PROVIDED;
			case TOO_EARLY_VALUE: return TOO_EARLY;
			case TOO_LATE_VALUE: return TOO_LATE;
			case WRONG_ORDER_VALUE: return WRONG_ORDER;
			case STOPPED_TOO_SOON_VALUE: return STOPPED_TOO_SOON;
			case APPLIED_TOO_LONG_VALUE: return APPLIED_TOO_LONG;
			case PARAMETER_TOO_LOW_VALUE: return PARAMETER_TOO_LOW;
			case PARAMETER_TOO_HIGH_VALUE: return PARAMETER_TOO_HIGH;
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
	private UcaType(int value, String name, String literal) {
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
	
} //UcaType
