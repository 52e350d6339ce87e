/**
 * The language client of the desktop extension (and of any workbench whose extension host
 * runs on Node, such as code-server): starts the bundled language server (dist/server.cjs)
 * in its own Node process, which reads local plans straight from the disk, also outside
 * the workspace folders, and those of a virtual workspace through the workbench
 * (workspace-files.ts).
 */
import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type ServerOptions } from 'vscode-languageclient/node';
import { LANGUAGE_CLIENT_NAME, LANGUAGE_ID, languageClientOptions } from './client-options.js';

export function createNodeLanguageClient(context: vscode.ExtensionContext): LanguageClient {
    const module = vscode.Uri.joinPath(context.extensionUri, 'dist', 'server.cjs').fsPath;
    const serverOptions: ServerOptions = {
        run: { module, transport: TransportKind.ipc },
        debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6009'] } }
    };
    return new LanguageClient(LANGUAGE_ID, LANGUAGE_CLIENT_NAME, serverOptions, languageClientOptions(context));
}
