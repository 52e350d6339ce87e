/**
 * Name resolution for plans: a reference sees the names its own file declares and the
 * names exported by the files it imports directly (imports are not transitive). A local
 * name wins over an imported one (the collision itself is `duplicate-name`).
 *
 * The visible names of a file are collected once per workspace state and cached, so a
 * file with thousands of references links in linear time.
 */
import type { AstNodeDescription, AstReflection, LangiumCoreServices, LangiumDocument, ReferenceInfo, Scope, Stream } from 'langium';
import { AstUtils, DocumentState, WorkspaceCache, stream, type IndexManager, type ScopeProvider } from 'langium';
import { importedUris } from './imports.js';

export class SmartScopeProvider implements ScopeProvider {
    private readonly reflection: AstReflection;
    private readonly indexManager: IndexManager;
    /** Per document URI: every visible name, local ones overriding imported ones. */
    private readonly fileScopes: WorkspaceCache<string, Map<string, AstNodeDescription>>;

    constructor(services: LangiumCoreServices) {
        this.reflection = services.shared.AstReflection;
        this.indexManager = services.shared.workspace.IndexManager;
        this.fileScopes = new WorkspaceCache(services.shared, DocumentState.IndexedContent);
    }

    getScope(context: ReferenceInfo): Scope {
        const referenceType = this.reflection.getReferenceType(context);
        const document = AstUtils.getDocument(context.container);
        return new TypedFileScope(this.visibleNames(document), referenceType, this.reflection);
    }

    /** Names visible in a document: imported exports first, then its own, which override them. */
    visibleNames(document: LangiumDocument): Map<string, AstNodeDescription> {
        return this.fileScopes.get(document.uri.toString(), () => this.collectVisibleNames(document));
    }

    private collectVisibleNames(document: LangiumDocument): Map<string, AstNodeDescription> {
        const names = new Map<string, AstNodeDescription>();
        const imported = new Set(importedUris(document).map(uri => uri.toString()));
        if (imported.size > 0) {
            for (const description of this.indexManager.allElements(undefined, imported)) {
                if (!names.has(description.name)) {
                    names.set(description.name, description);
                }
            }
        }
        const own = this.indexManager.allElements(undefined, new Set([document.uri.toString()]));
        const ownNames = new Set<string>();
        for (const description of own) {
            // The first local declaration of a name wins; later ones are duplicates.
            if (!ownNames.has(description.name)) {
                ownNames.add(description.name);
                names.set(description.name, description);
            }
        }
        return names;
    }
}

/** A scope over a file's visible names that only answers with elements of one type. */
class TypedFileScope implements Scope {
    constructor(
        private readonly names: Map<string, AstNodeDescription>,
        private readonly referenceType: string,
        private readonly reflection: AstReflection
    ) { }

    getElement(name: string): AstNodeDescription | undefined {
        const description = this.names.get(name);
        return description && this.reflection.isSubtype(description.type, this.referenceType) ? description : undefined;
    }

    getElements(name: string): Stream<AstNodeDescription> {
        const element = this.getElement(name);
        return stream(element ? [element] : []);
    }

    getAllElements(): Stream<AstNodeDescription> {
        return stream(this.names.values()).filter(description => this.reflection.isSubtype(description.type, this.referenceType));
    }
}
