/**
 * Premortem contributors — EPL-2.0
 */
package org.premortem.model.stpa;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Component</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A component of the control structure: a controller, a controlled process, an actuator or a sensor, possibly containing nested components.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.premortem.model.stpa.Component#getName <em>Name</em>}</li>
 *   <li>{@link org.premortem.model.stpa.Component#getDescription <em>Description</em>}</li>
 *   <li>{@link org.premortem.model.stpa.Component#getKind <em>Kind</em>}</li>
 *   <li>{@link org.premortem.model.stpa.Component#getReplicas <em>Replicas</em>}</li>
 *   <li>{@link org.premortem.model.stpa.Component#getChildren <em>Children</em>}</li>
 *   <li>{@link org.premortem.model.stpa.Component#getResponsibilities <em>Responsibilities</em>}</li>
 *   <li>{@link org.premortem.model.stpa.Component#getProcessModel <em>Process Model</em>}</li>
 *   <li>{@link org.premortem.model.stpa.Component#getControlAlgorithm <em>Control Algorithm</em>}</li>
 * </ul>
 *
 * @see org.premortem.model.stpa.StpaPackage#getComponent()
 * @model
 * @generated
 */
public interface Component extends IdentifiedElement {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.premortem.model.stpa.StpaPackage#getComponent_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.premortem.model.stpa.Component#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Description</em>' attribute.
	 * @see #setDescription(String)
	 * @see org.premortem.model.stpa.StpaPackage#getComponent_Description()
	 * @model
	 * @generated
	 */
	String getDescription();

	/**
	 * Sets the value of the '{@link org.premortem.model.stpa.Component#getDescription <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Description</em>' attribute.
	 * @see #getDescription()
	 * @generated
	 */
	void setDescription(String value);

	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link org.premortem.model.stpa.ComponentKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see org.premortem.model.stpa.ComponentKind
	 * @see #setKind(ComponentKind)
	 * @see org.premortem.model.stpa.StpaPackage#getComponent_Kind()
	 * @model
	 * @generated
	 */
	ComponentKind getKind();

	/**
	 * Sets the value of the '{@link org.premortem.model.stpa.Component#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see org.premortem.model.stpa.ComponentKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(ComponentKind value);

	/**
	 * Returns the value of the '<em><b>Replicas</b></em>' attribute.
	 * The default value is <code>"1"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * How many identical instances of the component run at once (replicas may issue conflicting control actions).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Replicas</em>' attribute.
	 * @see #setReplicas(int)
	 * @see org.premortem.model.stpa.StpaPackage#getComponent_Replicas()
	 * @model default="1"
	 * @generated
	 */
	int getReplicas();

	/**
	 * Sets the value of the '{@link org.premortem.model.stpa.Component#getReplicas <em>Replicas</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Replicas</em>' attribute.
	 * @see #getReplicas()
	 * @generated
	 */
	void setReplicas(int value);

	/**
	 * Returns the value of the '<em><b>Children</b></em>' containment reference list.
	 * The list contents are of type {@link org.premortem.model.stpa.Component}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Children</em>' containment reference list.
	 * @see org.premortem.model.stpa.StpaPackage#getComponent_Children()
	 * @model containment="true"
	 * @generated
	 */
	EList<Component> getChildren();

	/**
	 * Returns the value of the '<em><b>Responsibilities</b></em>' containment reference list.
	 * The list contents are of type {@link org.premortem.model.stpa.Responsibility}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Responsibilities</em>' containment reference list.
	 * @see org.premortem.model.stpa.StpaPackage#getComponent_Responsibilities()
	 * @model containment="true"
	 * @generated
	 */
	EList<Responsibility> getResponsibilities();

	/**
	 * Returns the value of the '<em><b>Process Model</b></em>' containment reference list.
	 * The list contents are of type {@link org.premortem.model.stpa.ProcessModelVariable}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Process Model</em>' containment reference list.
	 * @see org.premortem.model.stpa.StpaPackage#getComponent_ProcessModel()
	 * @model containment="true"
	 * @generated
	 */
	EList<ProcessModelVariable> getProcessModel();

	/**
	 * Returns the value of the '<em><b>Control Algorithm</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Control Algorithm</em>' attribute.
	 * @see #setControlAlgorithm(String)
	 * @see org.premortem.model.stpa.StpaPackage#getComponent_ControlAlgorithm()
	 * @model
	 * @generated
	 */
	String getControlAlgorithm();

	/**
	 * Sets the value of the '{@link org.premortem.model.stpa.Component#getControlAlgorithm <em>Control Algorithm</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Control Algorithm</em>' attribute.
	 * @see #getControlAlgorithm()
	 * @generated
	 */
	void setControlAlgorithm(String value);

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @model
	 * @generated
	 */
	String labelText();

} // Component
