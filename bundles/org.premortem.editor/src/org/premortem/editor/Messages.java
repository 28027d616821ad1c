/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.editor;

import org.eclipse.osgi.util.NLS;

/** The editor's user-facing texts (messages.properties beside this class). */
public final class Messages extends NLS {

    public static String Page_model;
    public static String Page_diagram;
    public static String Page_ucaTable;
    public static String Page_traceability;
    public static String Page_scenarios;
    public static String Page_contextTables;
    public static String Prompt_changedTitle;
    public static String Prompt_reload;
    public static String Prompt_reloadDirty;
    public static String Prompt_overwrite;
    public static String Menu_newChild;
    public static String Menu_newSibling;
    public static String Load_failed;
    public static String Save_failed;
    public static String Input_unsupported;
    public static String Menu_rename;
    public static String Menu_newKind;
    public static String Create_toolTip;
    public static String Owner_analysis;
    public static String Folder_count;
    public static String Folder_goals;
    public static String Folder_assumptions;
    public static String Folder_losses;
    public static String Folder_hazards;
    public static String Folder_systemConstraints;
    public static String Folder_controlStructures;
    public static String Folder_ucas;
    public static String Folder_notApplicable;
    public static String Folder_contextTables;
    public static String Folder_controllerConstraints;
    public static String Folder_lossScenarios;
    public static String Folder_requirements;
    public static String Folder_noController;
    public static String Folder_noControlAction;
    public static String Kind_goal;
    public static String Kind_assumption;
    public static String Kind_loss;
    public static String Kind_hazard;
    public static String Kind_subHazard;
    public static String Kind_systemConstraint;
    public static String Kind_subConstraint;
    public static String Kind_controlStructure;
    public static String Kind_responsibility;
    public static String Kind_processModelVariable;
    public static String Kind_controlAction;
    public static String Kind_feedback;
    public static String Kind_inputOutput;
    public static String Kind_uca;
    public static String Kind_contextCondition;
    public static String Kind_notApplicable;
    public static String Kind_contextTable;
    public static String Kind_contextTableRow;
    public static String Kind_variableValue;
    public static String Kind_controllerConstraint;
    public static String Kind_lossScenario;
    public static String Kind_causalFactor;
    public static String Kind_requirement;

    static {
        NLS.initializeMessages("org.premortem.editor.messages", Messages.class);
    }

    private Messages() {
    }
}
