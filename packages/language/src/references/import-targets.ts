/**
 * What `unresolved-import` needs to know of the plans a plan imports that are not loaded:
 * whether each path is a directory, a symbolic link out of the repository (never read),
 * some other file (outside the workspace, unreadable, not UTF-8, ...) or nothing at all.
 * The validator awaits prepare() before the rules run, which asks the FileSystemProvider
 * again on every validation (so a file that appears later is found), and the rule reads
 * kindOf() synchronously: no rule touches the file system, which in a web worker is the
 * editor's, a message away.
 */
import type { FileSystemProvider, LangiumDocument, LangiumDocuments, URI } from 'langium';
import type { SmartServices } from '../smart-module.js';
import { localLinks } from '../workspace/local-links.js';
import { importedUris } from './imports.js';

export type ImportTargetKind = 'directory' | 'link-out' | 'other' | 'missing';

export class ImportTargets {
    private readonly documents: LangiumDocuments;
    private readonly fileSystem: FileSystemProvider;
    private readonly kinds = new Map<string, ImportTargetKind>();

    constructor(services: SmartServices) {
        this.documents = services.shared.workspace.LangiumDocuments;
        this.fileSystem = services.shared.workspace.FileSystemProvider;
    }

    /** Looks at every `.smart` file the document imports that is not loaded. */
    async prepare(document: LangiumDocument): Promise<void> {
        const unloaded = importedUris(document).filter(uri => uri.path.toLowerCase().endsWith('.smart') && !this.documents.hasDocument(uri));
        await Promise.all(unloaded.map(async uri => {
            this.kinds.set(uri.toString(), await this.look(uri));
        }));
    }

    /** What is at an imported path that is not loaded, as prepare() last found it. */
    kindOf(uri: URI): ImportTargetKind {
        return this.kinds.get(uri.toString()) ?? 'missing';
    }

    private async look(uri: URI): Promise<ImportTargetKind> {
        try {
            if ((await this.fileSystem.stat(uri)).isDirectory) {
                return 'directory';
            }
            return uri.scheme === 'file' && localLinks().outOfRepository(uri.fsPath) !== undefined ? 'link-out' : 'other';
        } catch {
            return 'missing';
        }
    }
}
