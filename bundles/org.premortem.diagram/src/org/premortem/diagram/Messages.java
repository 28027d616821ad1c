/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.diagram;

import org.eclipse.osgi.util.NLS;

/** The diagram's user-facing texts (messages.properties beside this class). */
public final class Messages extends NLS {

    public static String Command_create;
    public static String Command_connect;
    public static String Command_move;
    public static String Command_resize;
    public static String Command_layout;
    public static String Command_rename;
    public static String Command_delete;
    public static String Tool_select;
    public static String Tool_controller;
    public static String Tool_humanController;
    public static String Tool_controlledProcess;
    public static String Tool_actuator;
    public static String Tool_sensor;
    public static String Tool_controlAction;
    public static String Tool_feedback;
    public static String Tool_inputOutput;
    public static String Tip_select;
    public static String Tip_controller;
    public static String Tip_humanController;
    public static String Tip_controlledProcess;
    public static String Tip_actuator;
    public static String Tip_sensor;
    public static String Tip_controlAction;
    public static String Tip_feedback;
    public static String Tip_inputOutput;
    public static String Tool_layout;
    public static String Tip_layout;
    public static String Tool_zoomIn;
    public static String Tool_zoomOut;
    public static String Tool_zoomFit;
    public static String Tool_exportSvg;
    public static String Tool_exportPng;
    public static String Name_controller;
    public static String Name_humanController;
    public static String Name_controlledProcess;
    public static String Name_actuator;
    public static String Name_sensor;
    public static String Name_controlAction;
    public static String Name_feedback;
    public static String Name_inputOutput;
    public static String Structure_label;
    public static String Structure_new;
    public static String Export_failed;
    public static String Menu_rename;
    public static String Menu_delete;
    public static String Menu_addControlAction;
    public static String Menu_addFeedback;
    public static String Menu_addInputOutput;
    public static String Menu_showInModelTree;
    public static String Menu_layout;
    public static String Menu_validate;

    static {
        NLS.initializeMessages("org.premortem.diagram.messages", Messages.class);
    }

    private Messages() {
    }
}
