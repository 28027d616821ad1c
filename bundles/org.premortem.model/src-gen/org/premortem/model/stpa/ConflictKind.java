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
 * A representation of the literals of the enumeration '<em><b>Conflict Kind</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * Why a merge could not decide: both versions changed the same feature differently, or one version deleted an element the other changed or referenced (the element is kept).
 * <!-- end-model-doc -->
 * @see org.premortem.model.stpa.StpaPackage#getConflictKind()
 * @model
 * @generated
 */
public enum ConflictKind implements Enumerator {
	/**
	 * The '<em><b>BOTH CHANGED</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #BOTH_CHANGED_VALUE
	 * @generated
	 * @ordered
	 */
	BOTH_CHANGED(0, "BOTH_CHANGED", "BOTH_CHANGED"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>DELETED BY OURS</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DELETED_BY_OURS_VALUE
	 * @generated
	 * @ordered
	 */
	DELETED_BY_OURS(1, "DELETED_BY_OURS", "DELETED_BY_OURS"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>DELETED BY THEIRS</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DELETED_BY_THEIRS_VALUE
	 * @generated
	 * @ordered
	 */
	DELETED_BY_THEIRS(2, "DELETED_BY_THEIRS", "DELETED_BY_THEIRS"); //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>BOTH CHANGED</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #BOTH_CHANGED
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int BOTH_CHANGED_VALUE = 0;

	/**
	 * The '<em><b>DELETED BY OURS</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DELETED_BY_OURS
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int DELETED_BY_OURS_VALUE = 1;

	/**
	 * The '<em><b>DELETED BY THEIRS</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DELETED_BY_THEIRS
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int DELETED_BY_THEIRS_VALUE = 2;

	/**
	 * An array of all the '<em><b>Conflict Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final ConflictKind[] VALUES_ARRAY =
		new ConflictKind[] {
			BOTH_CHANGED,
			DELETED_BY_OURS,
			DELETED_BY_THEIRS,
		};

	/**
	 * A public read-only list of all the '<em><b>Conflict Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<ConflictKind> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Conflict Kind</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ConflictKind get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			ConflictKind result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Conflict Kind</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ConflictKind getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			ConflictKind result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Conflict Kind</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ConflictKind get(int value) {
		switch (value) {
			case BOTH_CHANGED_VALUE: return BOTH_CHANGED;
			case DELETED_BY_OURS_VALUE: return DELETED_BY_OURS;
			case DELETED_BY_THEIRS_VALUE: return DELETED_BY_THEIRS;
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
	private ConflictKind(int value, String name, String literal) {
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
	
} //ConflictKind
