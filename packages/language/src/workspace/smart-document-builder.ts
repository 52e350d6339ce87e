/**
 * Langium relinks a plan when a plan it refers to changes. Our cross-element rules also
 * look the other way: a plan's avatar becomes used, its goal served or checked in, when a
 * plan that imports it changes. So a plan is also relinked (and revalidated) when a plan
 * importing it changes.
 */
import { DefaultDocumentBuilder, URI, type LangiumDocument, type LangiumSharedCoreServices } from 'langium';
import { importedUris } from '../references/imports.js';

export class SmartDocumentBuilder extends DefaultDocumentBuilder {
    constructor(services: LangiumSharedCoreServices) {
        super(services);
    }

    protected override shouldRelink(document: LangiumDocument, changedUris: Set<string>): boolean {
        if (super.shouldRelink(document, changedUris)) {
            return true;
        }
        const uri = document.uri.toString();
        for (const changed of changedUris) {
            const importer = this.langiumDocuments.getDocument(URI.parse(changed));
            if (importer?.parseResult && importedUris(importer).some(imported => imported.toString() === uri)) {
                return true;
            }
        }
        return false;
    }
}
