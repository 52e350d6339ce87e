/**
 * Langium's document update handler, with what Langium 4.4 does not do at all: forget a
 * closed plan. Without it, a plan closed without saving (or an `untitled:` one) stayed
 * loaded for good: its names kept resolving in other plans (false diagnostics there), its
 * diagnostics stayed published, and opening and closing scratch plans grew the server's
 * memory without bound. On close, under the workspace lock:
 *
 * - a plan that is not a file (never saved, `untitled:`, deleted; read through the
 *   FileSystemProvider, so a virtual workspace's plans in VS Code for the Web count), or a file the
 *   workspace would not load (outside its folders, imported by no loaded plan), is dropped:
 *   its names and references go, the plans that used them are checked again, and its
 *   diagnostics are cleared;
 * - a plan on disk is read again, so edits discarded in the editor are gone everywhere.
 *
 * A plan opened again before the close is handled is left as it is.
 */
import { URI, UriUtils, type FileSystemProvider, type LangiumDocuments, type TextDocumentProvider, type WorkspaceManager } from 'langium';
import { DefaultDocumentUpdateHandler, type LangiumSharedServices } from 'langium/lsp';
import type { TextDocumentChangeEvent } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { importedUris } from '../references/imports.js';

export class SmartDocumentUpdateHandler extends DefaultDocumentUpdateHandler {
    private readonly textDocuments: TextDocumentProvider;
    private readonly langiumDocuments: LangiumDocuments;
    private readonly fileSystem: FileSystemProvider;
    private readonly workspace: WorkspaceManager;

    constructor(services: LangiumSharedServices) {
        super(services);
        this.textDocuments = services.workspace.TextDocuments;
        this.langiumDocuments = services.workspace.LangiumDocuments;
        this.fileSystem = services.workspace.FileSystemProvider;
        this.workspace = services.workspace.WorkspaceManager;
    }

    didCloseDocument(event: TextDocumentChangeEvent<TextDocument>): void {
        const uri = URI.parse(event.document.uri);
        this.workspaceManager.ready
            .then(() => this.workspaceLock.write(async token => {
                if (this.textDocuments.get(uri.toString()) || !this.langiumDocuments.hasDocument(uri)) {
                    return; // opened again meanwhile, or never loaded
                }
                const keep = await this.isOnDisk(uri) && (this.inWorkspaceFolder(uri) || this.importedByALoadedPlan(uri));
                await (keep ? this.documentBuilder.update([uri], [], token) : this.documentBuilder.update([], [uri], token));
            }))
            .catch(error => console.error('smart: forgetting a closed plan failed:', error));
    }

    private async isOnDisk(uri: URI): Promise<boolean> {
        if (uri.scheme === 'untitled') {
            return false;
        }
        try {
            return (await this.fileSystem.stat(uri)).isFile;
        } catch {
            return false;
        }
    }

    private inWorkspaceFolder(uri: URI): boolean {
        return (this.workspace.workspaceFolders ?? []).some(folder => UriUtils.contains(URI.parse(folder.uri), uri));
    }

    private importedByALoadedPlan(uri: URI): boolean {
        const key = uri.toString();
        return this.langiumDocuments.all.some(document => document.uri.toString() !== key && importedUris(document).some(target => target.toString() === key));
    }
}
