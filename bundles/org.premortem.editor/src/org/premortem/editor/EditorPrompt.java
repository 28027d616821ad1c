/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.editor;

import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Shell;

/**
 * The questions the editor asks when its file changed on disk. Dialogs by default; tests (and embedders) answer
 * them through {@link PremortemEditor#setPrompt}.
 */
public interface EditorPrompt {

    /** The file changed on disk: reload it (discarding unsaved edits, if {@code dirty})? */
    boolean reload(Shell shell, String fileName, boolean dirty);

    /** The file changed on disk since it was loaded: overwrite it with the editor's version? */
    boolean overwrite(Shell shell, String fileName);

    /** Asks with dialogs. */
    EditorPrompt DIALOGS = new EditorPrompt() {
        @Override
        public boolean reload(Shell shell, String fileName, boolean dirty) {
            return MessageDialog.openQuestion(shell, Messages.Prompt_changedTitle, Messages.bind(
                    dirty ? Messages.Prompt_reloadDirty : Messages.Prompt_reload, fileName));
        }

        @Override
        public boolean overwrite(Shell shell, String fileName) {
            return MessageDialog.openQuestion(shell, Messages.Prompt_changedTitle,
                    Messages.bind(Messages.Prompt_overwrite, fileName));
        }
    };
}
