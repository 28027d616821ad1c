/**
 * Premortem contributors — EPL-2.0
 */
package org.premortem.model.stpa.provider;


import java.util.Collection;
import java.util.List;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EStructuralFeature;

import org.eclipse.emf.edit.provider.ComposeableAdapterFactory;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.ItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.ViewerNotification;

import org.premortem.model.stpa.Analysis;
import org.premortem.model.stpa.StpaFactory;
import org.premortem.model.stpa.StpaPackage;

/**
 * This is the item provider adapter for a {@link org.premortem.model.stpa.Analysis} object.
 * <!-- begin-user-doc -->
 * <!-- end-user-doc -->
 * @generated
 */
public class AnalysisItemProvider extends IdentifiedElementItemProvider {
	/**
	 * This constructs an instance from a factory and a notifier.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public AnalysisItemProvider(AdapterFactory adapterFactory) {
		super(adapterFactory);
	}

	/**
	 * This returns the property descriptors for the adapted class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public List<IItemPropertyDescriptor> getPropertyDescriptors(Object object) {
		if (itemPropertyDescriptors == null) {
			super.getPropertyDescriptors(object);

			addNamePropertyDescriptor(object);
			addDescriptionPropertyDescriptor(object);
			addFormatVersionPropertyDescriptor(object);
		}
		return itemPropertyDescriptors;
	}

	/**
	 * This adds a property descriptor for the Name feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addNamePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Analysis_name_feature"), //$NON-NLS-1$
				 getString("_UI_PropertyDescriptor_description", "_UI_Analysis_name_feature", "_UI_Analysis_type"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				 StpaPackage.Literals.ANALYSIS__NAME,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Description feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addDescriptionPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Analysis_description_feature"), //$NON-NLS-1$
				 getString("_UI_PropertyDescriptor_description", "_UI_Analysis_description_feature", "_UI_Analysis_type"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				 StpaPackage.Literals.ANALYSIS__DESCRIPTION,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Format Version feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addFormatVersionPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Analysis_formatVersion_feature"), //$NON-NLS-1$
				 getString("_UI_PropertyDescriptor_description", "_UI_Analysis_formatVersion_feature", "_UI_Analysis_type"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				 StpaPackage.Literals.ANALYSIS__FORMAT_VERSION,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This specifies how to implement {@link #getChildren} and is used to deduce an appropriate feature for an
	 * {@link org.eclipse.emf.edit.command.AddCommand}, {@link org.eclipse.emf.edit.command.RemoveCommand} or
	 * {@link org.eclipse.emf.edit.command.MoveCommand} in {@link #createCommand}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Collection<? extends EStructuralFeature> getChildrenFeatures(Object object) {
		if (childrenFeatures == null) {
			super.getChildrenFeatures(object);
			childrenFeatures.add(StpaPackage.Literals.ANALYSIS__GOALS);
			childrenFeatures.add(StpaPackage.Literals.ANALYSIS__ASSUMPTIONS);
			childrenFeatures.add(StpaPackage.Literals.ANALYSIS__LOSSES);
			childrenFeatures.add(StpaPackage.Literals.ANALYSIS__HAZARDS);
			childrenFeatures.add(StpaPackage.Literals.ANALYSIS__SYSTEM_CONSTRAINTS);
			childrenFeatures.add(StpaPackage.Literals.ANALYSIS__CONTROL_STRUCTURES);
			childrenFeatures.add(StpaPackage.Literals.ANALYSIS__UNSAFE_CONTROL_ACTIONS);
			childrenFeatures.add(StpaPackage.Literals.ANALYSIS__NOT_APPLICABLE);
			childrenFeatures.add(StpaPackage.Literals.ANALYSIS__CONTEXT_TABLES);
			childrenFeatures.add(StpaPackage.Literals.ANALYSIS__CONTROLLER_CONSTRAINTS);
			childrenFeatures.add(StpaPackage.Literals.ANALYSIS__LOSS_SCENARIOS);
			childrenFeatures.add(StpaPackage.Literals.ANALYSIS__REQUIREMENTS);
		}
		return childrenFeatures;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EStructuralFeature getChildFeature(Object object, Object child) {
		// Check the type of the specified child object and return the proper feature to use for
		// adding (see {@link AddCommand}) it as a child.

		return super.getChildFeature(object, child);
	}

	/**
	 * This returns Analysis.gif.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object getImage(Object object) {
		return overlayImage(object, getResourceLocator().getImage("full/obj16/Analysis")); //$NON-NLS-1$
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected boolean shouldComposeCreationImage() {
		return true;
	}

	/**
	 * This returns the label text for the adapted class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getText(Object object) {
		String label = ((Analysis)object).getLabel();
		return label == null || label.length() == 0 ?
			getString("_UI_Analysis_type") : //$NON-NLS-1$
			label;
	}


	/**
	 * This handles model notifications by calling {@link #updateChildren} to update any cached
	 * children and by creating a viewer notification, which it passes to {@link #fireNotifyChanged}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void notifyChanged(Notification notification) {
		updateChildren(notification);

		switch (notification.getFeatureID(Analysis.class)) {
			case StpaPackage.ANALYSIS__NAME:
			case StpaPackage.ANALYSIS__DESCRIPTION:
			case StpaPackage.ANALYSIS__FORMAT_VERSION:
				fireNotifyChanged(new ViewerNotification(notification, notification.getNotifier(), false, true));
				return;
			case StpaPackage.ANALYSIS__GOALS:
			case StpaPackage.ANALYSIS__ASSUMPTIONS:
			case StpaPackage.ANALYSIS__LOSSES:
			case StpaPackage.ANALYSIS__HAZARDS:
			case StpaPackage.ANALYSIS__SYSTEM_CONSTRAINTS:
			case StpaPackage.ANALYSIS__CONTROL_STRUCTURES:
			case StpaPackage.ANALYSIS__UNSAFE_CONTROL_ACTIONS:
			case StpaPackage.ANALYSIS__NOT_APPLICABLE:
			case StpaPackage.ANALYSIS__CONTEXT_TABLES:
			case StpaPackage.ANALYSIS__CONTROLLER_CONSTRAINTS:
			case StpaPackage.ANALYSIS__LOSS_SCENARIOS:
			case StpaPackage.ANALYSIS__REQUIREMENTS:
				fireNotifyChanged(new ViewerNotification(notification, notification.getNotifier(), true, false));
				return;
		}
		super.notifyChanged(notification);
	}

	/**
	 * This adds {@link org.eclipse.emf.edit.command.CommandParameter}s describing the children
	 * that can be created under this object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected void collectNewChildDescriptors(Collection<Object> newChildDescriptors, Object object) {
		super.collectNewChildDescriptors(newChildDescriptors, object);

		newChildDescriptors.add
			(createChildParameter
				(StpaPackage.Literals.ANALYSIS__GOALS,
				 StpaFactory.eINSTANCE.createGoal()));

		newChildDescriptors.add
			(createChildParameter
				(StpaPackage.Literals.ANALYSIS__ASSUMPTIONS,
				 StpaFactory.eINSTANCE.createAssumption()));

		newChildDescriptors.add
			(createChildParameter
				(StpaPackage.Literals.ANALYSIS__LOSSES,
				 StpaFactory.eINSTANCE.createLoss()));

		newChildDescriptors.add
			(createChildParameter
				(StpaPackage.Literals.ANALYSIS__HAZARDS,
				 StpaFactory.eINSTANCE.createHazard()));

		newChildDescriptors.add
			(createChildParameter
				(StpaPackage.Literals.ANALYSIS__SYSTEM_CONSTRAINTS,
				 StpaFactory.eINSTANCE.createSystemConstraint()));

		newChildDescriptors.add
			(createChildParameter
				(StpaPackage.Literals.ANALYSIS__CONTROL_STRUCTURES,
				 StpaFactory.eINSTANCE.createControlStructure()));

		newChildDescriptors.add
			(createChildParameter
				(StpaPackage.Literals.ANALYSIS__UNSAFE_CONTROL_ACTIONS,
				 StpaFactory.eINSTANCE.createUnsafeControlAction()));

		newChildDescriptors.add
			(createChildParameter
				(StpaPackage.Literals.ANALYSIS__NOT_APPLICABLE,
				 StpaFactory.eINSTANCE.createNotApplicableEntry()));

		newChildDescriptors.add
			(createChildParameter
				(StpaPackage.Literals.ANALYSIS__CONTEXT_TABLES,
				 StpaFactory.eINSTANCE.createContextTable()));

		newChildDescriptors.add
			(createChildParameter
				(StpaPackage.Literals.ANALYSIS__CONTROLLER_CONSTRAINTS,
				 StpaFactory.eINSTANCE.createControllerConstraint()));

		newChildDescriptors.add
			(createChildParameter
				(StpaPackage.Literals.ANALYSIS__LOSS_SCENARIOS,
				 StpaFactory.eINSTANCE.createLossScenario()));

		newChildDescriptors.add
			(createChildParameter
				(StpaPackage.Literals.ANALYSIS__REQUIREMENTS,
				 StpaFactory.eINSTANCE.createRequirement()));
	}

}
