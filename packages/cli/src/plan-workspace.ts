/**
 * Loads plan files into one language-services instance, follows their imports (so names
 * link across files), and builds everything with validation. One instance per CLI run.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createSmartServices, importedUris, type SmartServices } from '@smart-plan/language';
import { URI, type LangiumDocument } from 'langium';
import { NodeFileSystem } from 'langium/node';
import { CliError } from './cli-error.js';

export interface PlanWorkspace {
    services: SmartServices;
    /** The documents asked for, in the order given. */
    documents: LangiumDocument[];
}

export function createServices(): SmartServices {
    return createSmartServices(NodeFileSystem).Smart;
}

export async function loadPlans(files: string[], services = createServices(), options: { validation: boolean } = { validation: true }): Promise<PlanWorkspace> {
    const langiumDocuments = services.shared.workspace.LangiumDocuments;
    const factory = services.shared.workspace.LangiumDocumentFactory;

    const load = (uri: URI, requested: boolean): LangiumDocument | undefined => {
        const existing = langiumDocuments.getDocument(uri);
        if (existing) {
            return existing;
        }
        let text: string;
        try {
            text = readFileSync(uri.fsPath, 'utf8');
        } catch (error) {
            if (requested) {
                throw new CliError(`${uri.fsPath}: cannot read the file (${(error as NodeJS.ErrnoException).code ?? 'unknown error'})`);
            }
            return undefined; // an unreadable import is reported by `unresolved-import`
        }
        const document = factory.fromString(text, uri);
        langiumDocuments.addDocument(document);
        return document;
    };

    const documents = files.map(file => load(URI.file(file), true)!);
    const queue = [...documents];
    while (queue.length > 0) {
        for (const target of importedUris(queue.shift()!)) {
            if (target.path.endsWith('.smart') && !langiumDocuments.hasDocument(target) && isFile(target.fsPath)) {
                const imported = load(target, false);
                if (imported) {
                    queue.push(imported);
                }
            }
        }
    }
    await services.shared.workspace.DocumentBuilder.build([...langiumDocuments.all], { validation: options.validation });
    return { services, documents };
}

function isFile(path: string): boolean {
    return existsSync(path) && statSync(path).isFile();
}
