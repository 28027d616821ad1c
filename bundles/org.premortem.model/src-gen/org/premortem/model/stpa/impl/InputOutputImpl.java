/**
 * Premortem contributors — EPL-2.0
 */
package org.premortem.model.stpa.impl;

import org.eclipse.emf.ecore.EClass;

import org.premortem.model.stpa.InputOutput;
import org.premortem.model.stpa.StpaPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Input Output</b></em>'.
 * <!-- end-user-doc -->
 *
 * @generated
 */
public class InputOutputImpl extends ConnectionImpl implements InputOutput {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected InputOutputImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return StpaPackage.Literals.INPUT_OUTPUT;
	}

} //InputOutputImpl
