/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.tables;

import org.eclipse.osgi.util.NLS;

/** The table editors' user-facing texts (messages.properties beside this class). */
public final class Messages extends NLS {

    public static String Category_NOT_PROVIDED;
    public static String Category_PROVIDED;
    public static String Category_TIMING;
    public static String Category_DURATION;
    public static String Category_PARAMETER;
    public static String Type_NOT_PROVIDED;
    public static String Type_PROVIDED;
    public static String Type_TOO_EARLY;
    public static String Type_TOO_LATE;
    public static String Type_WRONG_ORDER;
    public static String Type_STOPPED_TOO_SOON;
    public static String Type_APPLIED_TOO_LONG;
    public static String Type_PARAMETER_TOO_LOW;
    public static String Type_PARAMETER_TOO_HIGH;
    public static String Wording_NOT_PROVIDED;
    public static String Wording_PROVIDED;
    public static String Wording_TOO_EARLY;
    public static String Wording_TOO_LATE;
    public static String Wording_WRONG_ORDER;
    public static String Wording_STOPPED_TOO_SOON;
    public static String Wording_APPLIED_TOO_LONG;
    public static String Wording_PARAMETER_TOO_LOW;
    public static String Wording_PARAMETER_TOO_HIGH;
    public static String Uca_header_controlAction;
    public static String Uca_cell;
    public static String Uca_cellWithoutHazards;
    public static String Uca_notApplicable;
    public static String Uca_notHazardous;
    public static String Unnamed;
    public static String Command_addUca;
    public static String Command_notApplicable;
    public static String Command_editText;
    public static String Command_delete;
    public static String Command_link;
    public static String Command_unlink;
    public static String Menu_addUca;
    public static String Menu_notApplicable;
    public static String Menu_edit;
    public static String Menu_hazards;
    public static String Menu_delete;
    public static String Dialog_addUcaTitle;
    public static String Dialog_addUcaMessage;
    public static String Dialog_hazardsTitle;
    public static String Dialog_hazardsMessage;
    public static String Dialog_rationaleTitle;
    public static String Dialog_rationaleMessage;
    public static String Dialog_editTitle;
    public static String Dialog_editMessage;
    public static String Matrix_hazardLoss;
    public static String Matrix_ucaHazard;
    public static String Matrix_linked;
    public static String Matrix_hazardRows;
    public static String Matrix_ucaRows;
    public static String Command_scenarioUca;
    public static String Command_scenarioClass;
    public static String Command_causalFactors;
    public static String Dialog_ucaTitle;
    public static String Dialog_ucaMessage;
    public static String Dialog_classTitle;
    public static String Dialog_classMessage;
    public static String Menu_editInDialog;
    public static String Filter_label;
    public static String Command_createContextTable;
    public static String Command_generateUcas;
    public static String Command_toggleHazardous;
    public static String Context_action;
    public static String Context_create;
    public static String Context_generate;
    public static String Context_none;
    public static String Context_filterActions;
    public static String Column_hazardous;
    public static String Column_rowUcas;
    public static String Button_add;
    public static String Button_delete;
    public static String Scenarios_title;
    public static String Requirements_title;
    public static String Column_id;
    public static String Column_uca;
    public static String Column_class;
    public static String Column_causalFactors;
    public static String Column_text;
    public static String Column_requirements;
    public static String Column_requirement;
    public static String Column_rationale;
    public static String Column_ucas;
    public static String Column_scenarios;
    public static String Column_hazards;
    public static String Context_and;
    public static String Context_is;
    public static String Context_generatedTitle;
    public static String Context_generated;
    public static String Context_generatedOne;
    public static String Context_generatedNone;
    public static String Context_noHazardousRow;
    public static String Suggest_button;
    public static String Suggest_menu;
    public static String Suggest_title;
    public static String Suggest_heading;
    public static String Suggest_message;
    public static String Suggest_columnScenario;
    public static String Suggest_names;
    public static String Suggest_selectAll;
    public static String Suggest_selectNone;
    public static String Suggest_accept;
    public static String Suggest_reject;
    public static String Suggest_noneChecked;
    public static String Suggest_nothingNew;
    public static String Suggest_rejectTitle;
    public static String Suggest_rejectMessage;
    public static String Suggest_acceptCommand;
    public static String Suggest_rejectCommand;
    public static String Suggest_chooseUcaTitle;
    public static String Suggest_chooseUcaMessage;

    static {
        NLS.initializeMessages("org.premortem.tables.messages", Messages.class);
    }

    private Messages() {
    }
}
