/**
 * What the two language clients (client-node.ts on the desktop, client-web.ts in the
 * browser) share: the `smart` language and its documents, the options the client starts
 * with (the `smart.*` settings and the JSON files on disk kept in step with the server,
 * the command a goal's code lens runs, and that the client answers the server's file
 * requests: workspace-files.ts), and a restart that works for both (the browser
 * client has no restart() of its own). Every quick fix the server offers also runs
 * QUICK_FIX_APPLIED_COMMAND once applied: the walkthrough's quick-fix step completes on it.
 * `smart.trace.server` is read by the client itself (its id is `smart`).
 */
import * as vscode from 'vscode';
import type { BaseLanguageClient, LanguageClientOptions } from 'vscode-languageclient';
import { SETTINGS_SECTION, SHOW_IN_PREVIEW_COMMAND, type SmartInitializationOptions } from '@smart-plan/language/protocol';

export const LANGUAGE_ID = 'smart';
export const LANGUAGE_CLIENT_NAME = 'SMART Language Server';

/** Runs after a SMART quick fix is applied (see the module comment); does nothing else. */
export const QUICK_FIX_APPLIED_COMMAND = 'smart.quickFixApplied';

export function isPlanDocument(document: vscode.TextDocument | undefined): document is vscode.TextDocument {
    return document?.languageId === LANGUAGE_ID;
}

export function languageClientOptions(context: vscode.ExtensionContext): LanguageClientOptions {
    // Configuration files and the presets they extend (any JSON file; the server keeps to those it read).
    const configFiles = vscode.workspace.createFileSystemWatcher('**/*.json');
    context.subscriptions.push(configFiles);
    // A goal's code lens opens the preview at that goal; the server reads what is not a
    // local file (in the browser: every file) through the workbench (workspace-files.ts).
    const initializationOptions: SmartInitializationOptions = { previewCommand: SHOW_IN_PREVIEW_COMMAND, workspaceFiles: true };
    return {
        documentSelector: [{ language: LANGUAGE_ID }],
        initializationOptions,
        synchronize: {
            // Pushed with every change (and once at start): the server's ConfigSync reads it.
            configurationSection: SETTINGS_SECTION,
            fileEvents: configFiles
        },
        middleware: {
            async provideCodeActions(document, range, codeActionContext, token, next) {
                const actions = await next(document, range, codeActionContext, token);
                for (const action of actions ?? []) {
                    if (action instanceof vscode.CodeAction && action.kind && vscode.CodeActionKind.QuickFix.contains(action.kind) && !action.command) {
                        action.command = { command: QUICK_FIX_APPLIED_COMMAND, title: 'Quick fix applied' };
                    }
                }
                return actions;
            }
        }
    };
}

/** Stops the server if it runs and starts it again (a new process or worker). */
export async function restartLanguageClient(client: BaseLanguageClient): Promise<void> {
    if (client.needsStop()) {
        await client.stop();
    }
    await client.start();
}
