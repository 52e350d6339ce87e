/**
 * Starts the .smart language server on a connection: the services of smart-module.ts
 * behind Langium's LSP wiring. Used by `smart lsp --stdio` and by the VS Code extension's
 * bundled server, each creating its connection with smartConnectionOptions() (the gate of
 * message-guard.ts). A failure inside a request is logged, never fatal: the server keeps
 * answering. Plans are read through SmartFileSystemProvider (regular files only, never
 * through a link out of the repository); the workspace's plans are validated when it is
 * first loaded, so a plan that is not open shows its problems too; and every plan is
 * checked again at midnight, when "today" moves.
 */
import { startLanguageServer } from 'langium/lsp';
import type { Connection } from 'vscode-languageserver';
import { createSmartServices } from '../smart-module.js';
import { SmartNodeFileSystem } from '../workspace/smart-file-system.js';
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

export function startSmartLanguageServer(connection: Connection): void {
    const { shared, Smart } = createSmartServices({ connection, ...SmartNodeFileSystem });
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
    const log = (what: string) => (error: unknown) => {
        connection.console.error(`smart language server: ${what}: ${error instanceof Error ? error.stack ?? error.message : String(error)}`);
    };
    process.on('uncaughtException', log('uncaught exception'));
    process.on('unhandledRejection', log('unhandled rejection'));
    startLanguageServer(shared);
}
