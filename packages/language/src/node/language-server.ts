/**
 * The .smart language server under Node (`smart lsp --stdio`, the desktop extension's
 * bundled server): reads through node:fs, so imports outside the workspace folders are
 * followed too, and logs what escapes a request instead of exiting.
 */
import { NodeFileSystem } from 'langium/node';
import type { Connection } from 'vscode-languageserver';
import { serveSmartLanguage } from '../lsp/language-server.js';

export function startSmartLanguageServer(connection: Connection): void {
    const server = serveSmartLanguage(connection, NodeFileSystem.fileSystemProvider);
    process.on('uncaughtException', server.logFailure('uncaught exception'));
    process.on('unhandledRejection', server.logFailure('unhandled rejection'));
}
