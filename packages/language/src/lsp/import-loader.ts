/**
 * Loads imported plans the workspace did not load: a plan opened on its own (no folder)
 * or importing a file outside the workspace folders still links to what it imports.
 * After each build, imports that exist on disk but are not loaded are added in a
 * follow-up update; the importing plan is then relinked (see SmartDocumentBuilder).
 */
import { DocumentState, type URI } from 'langium';
import type { SmartServices } from '../smart-module.js';
import { importedUris } from '../references/imports.js';

export function loadImportsOnDemand(services: SmartServices): void {
    const shared = services.shared;
    const documents = shared.workspace.LangiumDocuments;
    const fileSystem = shared.workspace.FileSystemProvider;
    const isPlanFile = async (uri: URI) => {
        try {
            return uri.path.endsWith('.smart') && (await fileSystem.stat(uri)).isFile;
        } catch {
            return false;
        }
    };
    shared.workspace.DocumentBuilder.onBuildPhase(DocumentState.Validated, async built => {
        const missing = new Map<string, URI>();
        for (const document of built) {
            for (const uri of importedUris(document)) {
                if (!documents.hasDocument(uri) && !missing.has(uri.toString()) && await isPlanFile(uri)) {
                    missing.set(uri.toString(), uri);
                }
            }
        }
        if (missing.size > 0) {
            void shared.workspace.WorkspaceLock.write(token => shared.workspace.DocumentBuilder.update([...missing.values()], [], token));
        }
    });
}
