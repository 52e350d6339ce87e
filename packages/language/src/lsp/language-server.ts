/**
 * Starts the .smart language server on a connection: the services of smart-module.ts
 * behind Langium's LSP wiring, reading plans, imports and configuration through the file
 * system it is given: node:fs for `smart lsp --stdio` and the desktop extension
 * (node/language-server.ts), the editor's workspace file system for the server in a web
 * worker (client-file-system.ts). Browser-safe: nothing here needs Node. A failure inside
 * a request is logged, never fatal: the server keeps answering.
 */
import { startLanguageServer, type DefaultSharedModuleContext } from 'langium/lsp';
import type { Connection } from 'vscode-languageserver';
import { createSmartServices, type SmartServices } from '../smart-module.js';
import { ConfigSync } from './config-sync.js';
import { loadImportsOnDemand } from './import-loader.js';
import { registerCheckinRequest } from './checkin-request.js';
import { registerGoalsRequest } from './goals-request.js';
import { registerPreviewRequest } from './preview-request.js';

/** Makes the file system the server reads through (Langium's FileSystemProvider). */
export type FileSystemFactory = DefaultSharedModuleContext['fileSystemProvider'];

export interface SmartLanguageServer {
    services: SmartServices;
    /** A handler that logs an error that escaped a request, for `what` (say, 'unhandled rejection'). */
    logFailure(what: string): (error: unknown) => void;
}

export function serveSmartLanguage(connection: Connection, fileSystemProvider: FileSystemFactory): SmartLanguageServer {
    const { shared, Smart } = createSmartServices({ connection, fileSystemProvider });
    Smart.config.BaselineProvider.enabled = true;
    new ConfigSync(Smart);
    registerPreviewRequest(connection, Smart);
    registerCheckinRequest(connection, Smart);
    registerGoalsRequest(connection, Smart);
    loadImportsOnDemand(Smart);
    startLanguageServer(shared);
    return {
        services: Smart,
        logFailure: what => (error: unknown) => {
            connection.console.error(`smart language server: ${what}: ${error instanceof Error ? error.stack ?? error.message : String(error)}`);
        }
    };
}
