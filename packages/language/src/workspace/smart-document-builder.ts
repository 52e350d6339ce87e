/**
 * Before a build, the configuration and the lint baseline of every plan in it are read
 * (through the FileSystemProvider: a message to the editor in a web worker), so that the
 * rules, the plan services and the requests read them synchronously.
 *
 * Langium relinks a plan when a plan it refers to changes. Imports make two more cases:
 * our cross-element rules look the other way (a plan's avatar becomes used, its goal
 * served or checked in, when a plan that imports it changes), and a plan's imports
 * resolve or break when the imported file appears or goes. So a plan is also relinked
 * (and revalidated) when a plan importing it, or a plan it imports, changes.
 */
import { DefaultDocumentBuilder, URI, type BuildOptions, type LangiumDocument, type LangiumSharedCoreServices } from 'langium';
import type { CancellationToken } from 'vscode-languageserver';
import { importedUris } from '../references/imports.js';
import type { SmartServices } from '../smart-module.js';

export class SmartDocumentBuilder extends DefaultDocumentBuilder {
    constructor(services: LangiumSharedCoreServices) {
        super(services);
    }

    protected override async buildDocuments(documents: LangiumDocument[], options: BuildOptions, cancelToken: CancellationToken): Promise<void> {
        await Promise.all(documents.map(async document => {
            const { config } = this.serviceRegistry.getServices(document.uri) as SmartServices;
            await Promise.all([config.ConfigProvider.prepare(document.uri), config.BaselineProvider.prepare(document.uri)]);
        }));
        return super.buildDocuments(documents, options, cancelToken);
    }

    protected override shouldRelink(document: LangiumDocument, changedUris: Set<string>): boolean {
        if (super.shouldRelink(document, changedUris)) {
            return true;
        }
        const uri = document.uri.toString();
        if (importedUris(document).some(imported => changedUris.has(imported.toString()))) {
            return true;
        }
        for (const changed of changedUris) {
            const importer = this.langiumDocuments.getDocument(URI.parse(changed));
            if (importer?.parseResult && importedUris(importer).some(imported => imported.toString() === uri)) {
                return true;
            }
        }
        return false;
    }
}
