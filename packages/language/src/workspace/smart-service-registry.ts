/**
 * Langium's service registry for a one-language server: a document the server holds is a
 * plan whatever its name. Langium looked an `untitled:Untitled-1` document up by the
 * language of its open editor, and once it was closed by its extension, which it has none
 * of: every later build then threw, and no plan got diagnostics any more. The fallback is
 * for documents not on disk (`untitled:`) and for files the server already holds; any
 * other file without the `.smart` extension stays unknown (a request naming one is not
 * read as a plan).
 */
import { DefaultServiceRegistry, type LangiumCoreServices, type LangiumSharedCoreServices, type URI } from 'langium';

export class SmartServiceRegistry extends DefaultServiceRegistry {
    private readonly held: (uri: URI) => boolean;

    constructor(services: LangiumSharedCoreServices) {
        super(services);
        this.held = uri => services.workspace.LangiumDocuments.hasDocument(uri);
    }

    override getServices(uri: URI): LangiumCoreServices {
        try {
            return super.getServices(uri);
        } catch (error) {
            if (this.languageIdMap.size === 1 && (uri.scheme !== 'file' || this.held(uri))) {
                return this.languageIdMap.values().next().value!;
            }
            throw error;
        }
    }
}
