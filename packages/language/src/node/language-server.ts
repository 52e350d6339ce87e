/**
 * The .smart language server under Node (`smart lsp --stdio`, the desktop extension's
 * bundled server): reads local files from the disk, so imports outside the workspace
 * folders are followed too, and anything else through a client that answers the
 * `smart/fs/*` requests (DiskOrClientFileSystemProvider); logs what escapes a request
 * instead of exiting.
 */
import type { Connection } from 'vscode-languageserver';
import { serveSmartLanguage } from '../lsp/language-server.js';
import type { SmartInitializationOptions } from '../protocol.js';
import { DiskOrClientFileSystemProvider } from './disk-or-client-file-system.js';

export function startSmartLanguageServer(connection: Connection): void {
    const fileSystem = new DiskOrClientFileSystemProvider(connection);
    const server = serveSmartLanguage(connection, () => fileSystem);
    server.services.shared.lsp.LanguageServer.onInitialize(params => {
        fileSystem.clientAnswers = (params.initializationOptions as SmartInitializationOptions | undefined)?.workspaceFiles === true;
    });
    process.on('uncaughtException', server.logFailure('uncaught exception'));
    process.on('unhandledRejection', server.logFailure('unhandled rejection'));
}
