/**
 * Premortem contributors — EPL-2.0
 */
package org.premortem.model.stpa;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Control Structure</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A hierarchical control structure is a system model that is composed of feedback control loops.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.premortem.model.stpa.ControlStructure#getName <em>Name</em>}</li>
 *   <li>{@link org.premortem.model.stpa.ControlStructure#getDescription <em>Description</em>}</li>
 *   <li>{@link org.premortem.model.stpa.ControlStructure#getComponents <em>Components</em>}</li>
 *   <li>{@link org.premortem.model.stpa.ControlStructure#getConnections <em>Connections</em>}</li>
 *   <li>{@link org.premortem.model.stpa.ControlStructure#getDiagram <em>Diagram</em>}</li>
 * </ul>
 *
 * @see org.premortem.model.stpa.StpaPackage#getControlStructure()
 * @model
 * @generated
 */
public interface ControlStructure extends IdentifiedElement {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.premortem.model.stpa.StpaPackage#getControlStructure_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.premortem.model.stpa.ControlStructure#getName <em>Name</em>}' attribute.
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
	 * @see org.premortem.model.stpa.StpaPackage#getControlStructure_Description()
	 * @model
	 * @generated
	 */
	String getDescription();

	/**
	 * Sets the value of the '{@link org.premortem.model.stpa.ControlStructure#getDescription <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Description</em>' attribute.
	 * @see #getDescription()
	 * @generated
	 */
	void setDescription(String value);

	/**
	 * Returns the value of the '<em><b>Components</b></em>' containment reference list.
	 * The list contents are of type {@link org.premortem.model.stpa.Component}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Components</em>' containment reference list.
	 * @see org.premortem.model.stpa.StpaPackage#getControlStructure_Components()
	 * @model containment="true"
	 * @generated
	 */
	EList<Component> getComponents();

	/**
	 * Returns the value of the '<em><b>Connections</b></em>' containment reference list.
	 * The list contents are of type {@link org.premortem.model.stpa.Connection}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Connections</em>' containment reference list.
	 * @see org.premortem.model.stpa.StpaPackage#getControlStructure_Connections()
	 * @model containment="true"
	 * @generated
	 */
	EList<Connection> getConnections();

	/**
	 * Returns the value of the '<em><b>Diagram</b></em>' containment reference list.
	 * The list contents are of type {@link org.premortem.model.stpa.NodeLayout}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Where the analyst placed the components in the control-structure diagram; components without an entry are placed by automatic layout.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Diagram</em>' containment reference list.
	 * @see org.premortem.model.stpa.StpaPackage#getControlStructure_Diagram()
	 * @model containment="true"
	 * @generated
	 */
	EList<NodeLayout> getDiagram();

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @model
	 * @generated
	 */
	String labelText();

} // ControlStructure
