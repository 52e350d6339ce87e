/**
 * Starts the .smart language server on a connection: the services of smart-module.ts
 * behind Langium's LSP wiring, reading plans, imports and configuration through the file
 * system it is given: node:fs for `smart lsp --stdio` and the desktop extension
 * (node/language-server.ts: regular files only, never through a link out of the
 * repository), the editor's workspace file system for the server in a web worker
 * (client-file-system.ts). Browser-safe: nothing here needs Node. Each connection is made
 * with smartConnectionOptions() (the gate of message-guard.ts). A failure inside a
 * request is logged, never fatal: the server keeps answering. The workspace's plans are
 * validated when it is first loaded, so a plan that is not open shows its problems too;
 * and every plan is checked again at midnight, when "today" moves.
 */
import { startLanguageServer, type DefaultSharedModuleContext } from 'langium/lsp';
import type { Connection } from 'vscode-languageserver';
import { createSmartServices, type SmartServices } from '../smart-module.js';
import { MAX_LIVE_PLAN_LENGTH, SmartLangiumDocumentFactory } from '../workspace/smart-document-factory.js';
import { ConfigSync } from './config-sync.js';
import { revalidateEveryMidnight } from './midnight.js';
import { registerRefusals } from './message-guard.js';
import { capPublishedDiagnostics } from './published-diagnostics.js';
import { loadImportsOnDemand } from './import-loader.js';
import { registerAssistantRequests } from './assistant-requests.js';
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
    shared.workspace.WorkspaceManager.initialBuildOptions = { validation: true };
    const factory = shared.workspace.LangiumDocumentFactory;
    if (factory instanceof SmartLangiumDocumentFactory) {
        factory.liveLimit = MAX_LIVE_PLAN_LENGTH;
    }
    const configSync = new ConfigSync(Smart);
    revalidateEveryMidnight(() => configSync.revalidateAll());
    registerRefusals(connection);
    capPublishedDiagnostics(connection);
    registerPreviewRequest(connection, Smart);
    registerCheckinRequest(connection, Smart);
    registerGoalsRequest(connection, Smart);
    registerAssistantRequests(connection, Smart);
    loadImportsOnDemand(Smart);
    startLanguageServer(shared);
    return {
        services: Smart,
        logFailure: what => (error: unknown) => {
            connection.console.error(`smart language server: ${what}: ${error instanceof Error ? error.stack ?? error.message : String(error)}`);
        }
    };
}
