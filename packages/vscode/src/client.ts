/**
 * The language client: starts the bundled language server (dist/server.cjs) in its own
 * Node process and keeps it in step with the editor: the open `.smart` documents, the
 * `smart.*` settings and the `.smartrc.json` files on disk. It names the command a goal's
 * code lens runs (open the preview at the goal). `smart.trace.server` is read by the
 * client itself (its id is `smart`).
 */
import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { SETTINGS_SECTION, SHOW_IN_PREVIEW_COMMAND, type SmartInitializationOptions } from '@smart-plan/language/protocol';

export const LANGUAGE_ID = 'smart';

export function createLanguageClient(context: vscode.ExtensionContext): LanguageClient {
    const module = vscode.Uri.joinPath(context.extensionUri, 'dist', 'server.cjs').fsPath;
    const serverOptions: ServerOptions = {
        run: { module, transport: TransportKind.ipc },
        debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6009'] } }
    };
    // Configuration files and the presets they extend (any JSON file; the server keeps to those it read).
    const configFiles = vscode.workspace.createFileSystemWatcher('**/*.json');
    context.subscriptions.push(configFiles);
    const initializationOptions: SmartInitializationOptions = { previewCommand: SHOW_IN_PREVIEW_COMMAND };
    const clientOptions: LanguageClientOptions = {
        documentSelector: [{ language: LANGUAGE_ID }],
        // A goal's code lens opens the preview at that goal.
        initializationOptions,
        synchronize: {
            // Pushed with every change (and once at start): the server's ConfigSync reads it.
            configurationSection: SETTINGS_SECTION,
            fileEvents: configFiles
        }
    };
    return new LanguageClient(LANGUAGE_ID, 'SMART Language Server', serverOptions, clientOptions);
}

export function isPlanDocument(document: vscode.TextDocument | undefined): document is vscode.TextDocument {
    return document?.languageId === LANGUAGE_ID;
}
