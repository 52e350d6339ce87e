/**
 * What happens to a plan when the editor closes it. Langium keeps a closed document as it
 * was; for a plan that was never saved (an untitled editor, say after SMART: New Plan) that
 * leaves a document no language can be found for, and every later update of the
 * workspace failed on it, so no plan was checked again. Now a closed plan that is on disk
 * is read again from there (the editor's unsaved changes are gone), and one that is not
 * is removed from the workspace with its diagnostics.
 */
import { URI, type FileSystemProvider } from 'langium';
import { DefaultDocumentUpdateHandler, type LangiumSharedServices } from 'langium/lsp';
import type { TextDocumentChangeEvent } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';

export class SmartDocumentUpdateHandler extends DefaultDocumentUpdateHandler {
    private readonly fileSystem: FileSystemProvider;

    constructor(services: LangiumSharedServices) {
        super(services);
        this.fileSystem = services.workspace.FileSystemProvider;
    }

    didCloseDocument(event: TextDocumentChangeEvent<TextDocument>): void {
        const uri = URI.parse(event.document.uri);
        void this.onDisk(uri).then(onDisk => onDisk ? this.fireDocumentUpdate([uri], []) : this.fireDocumentUpdate([], [uri]));
    }

    private async onDisk(uri: URI): Promise<boolean> {
        if (uri.scheme === 'untitled') {
            return false;
        }
        try {
            return (await this.fileSystem.stat(uri)).isFile;
        } catch {
            return false;
        }
    }
}
