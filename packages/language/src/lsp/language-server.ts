/**
 * Starts the .smart language server on a connection: the services of smart-module.ts
 * behind Langium's LSP wiring. Used by `smart lsp --stdio` and by the VS Code extension's
 * bundled server. A failure inside a request is logged, never fatal: the server keeps
 * answering.
 */
import { startLanguageServer } from 'langium/lsp';
import { NodeFileSystem } from 'langium/node';
import type { Connection } from 'vscode-languageserver';
import { createSmartServices } from '../smart-module.js';
import { ConfigSync } from './config-sync.js';
import { loadImportsOnDemand } from './import-loader.js';
import { registerAssistantRequests } from './assistant-requests.js';
import { registerCheckinRequest } from './checkin-request.js';
import { registerGoalsRequest } from './goals-request.js';
import { registerPreviewRequest } from './preview-request.js';

export function startSmartLanguageServer(connection: Connection): void {
    const { shared, Smart } = createSmartServices({ connection, ...NodeFileSystem });
    Smart.config.BaselineProvider.enabled = true;
    new ConfigSync(Smart);
    registerPreviewRequest(connection, Smart);
    registerCheckinRequest(connection, Smart);
    registerGoalsRequest(connection, Smart);
    registerAssistantRequests(connection, Smart);
    loadImportsOnDemand(Smart);
    const log = (what: string) => (error: unknown) => {
        connection.console.error(`smart language server: ${what}: ${error instanceof Error ? error.stack ?? error.message : String(error)}`);
    };
    process.on('uncaughtException', log('uncaught exception'));
    process.on('unhandledRejection', log('unhandled rejection'));
    startLanguageServer(shared);
}
