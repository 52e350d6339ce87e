/**
 * Who refers to what, across every loaded plan: for each referenced element, the
 * elements that refer to it and through which property (`Strategy.goals` → a goal).
 * Read off the linker's own reference lists, so cross-element rules (unused avatar, goal
 * without strategy, ...) stay linear. Each document's usages are kept until that document
 * changes or is linked again: a keystroke in one plan of a large workspace re-reads that
 * plan only. A plan refers only to its own elements and to those of the plans it imports
 * directly (scoping), so the usages of an element are looked up in its own plan and in
 * the plans importing it, in document order, and never merged for the whole workspace.
 */
import type { AstNode, CstNode, LangiumCoreServices, LangiumDocument, LangiumDocuments } from 'langium';
import { AstUtils, DocumentState, GrammarUtils, WorkspaceCache } from 'langium';
import { pushAll } from '../common/collections.js';
import { assignedProperty } from '../parser/property-nodes.js';
import { importedUris } from '../references/imports.js';

export interface Usage {
    /** The element holding the reference (a Strategy for `serves g`). */
    container: AstNode;
    /** The property the reference is written in (`goals` for `serves`). */
    property: string;
}

type Usages = Map<AstNode, Usage[]>;

export class UsageIndex {
    private readonly documents: LangiumDocuments;
    /** Per document URI: the usages written in it. Dropped when it changes or is relinked. */
    private readonly byDocument = new Map<string, Usages>();
    /** Per document URI: the documents that may refer into it (itself and its importers), in document order. */
    private readonly referrers: WorkspaceCache<'all', Map<string, LangiumDocument[]>>;

    constructor(services: LangiumCoreServices) {
        this.documents = services.shared.workspace.LangiumDocuments;
        this.referrers = new WorkspaceCache(services.shared, DocumentState.Linked);
        const builder = services.shared.workspace.DocumentBuilder;
        builder.onUpdate((changed, deleted) => {
            for (const uri of [...changed, ...deleted]) {
                this.byDocument.delete(uri.toString());
            }
        });
        builder.onDocumentPhase(DocumentState.Linked, document => {
            this.byDocument.delete(document.uri.toString());
        });
    }

    /** The usages of an element, in document order; the lists kept per document are never modified. */
    usagesOf(node: AstNode): Usage[] {
        const home = AstUtils.findRootNode(node).$document;
        if (!home) {
            return [];
        }
        const referrers = this.referrers.get('all', () => this.collectReferrers()).get(home.uri.toString()) ?? [];
        let found: Usage[] | undefined;
        let ownCopy = false;
        for (const document of referrers) {
            const usages = this.usagesWrittenIn(document).get(node);
            if (!usages) {
                continue;
            }
            if (!found) {
                found = usages;
            } else if (ownCopy) {
                pushAll(found, usages);
            } else {
                found = found.concat(usages);
                ownCopy = true;
            }
        }
        return found ?? [];
    }

    private collectReferrers(): Map<string, LangiumDocument[]> {
        const referrers = new Map<string, LangiumDocument[]>();
        const add = (target: string, document: LangiumDocument) => {
            const list = referrers.get(target);
            if (list) {
                list.push(document);
            } else {
                referrers.set(target, [document]);
            }
        };
        for (const document of this.documents.all) {
            add(document.uri.toString(), document);
            for (const imported of importedUris(document)) {
                add(imported.toString(), document);
            }
        }
        return referrers;
    }

    private usagesWrittenIn(document: LangiumDocument): Usages {
        const key = document.uri.toString();
        let own = this.byDocument.get(key);
        if (!own) {
            own = this.usagesIn(document);
            this.byDocument.set(key, own);
        }
        return own;
    }

    private usagesIn(document: LangiumDocument): Usages {
        const usages: Usages = new Map();
        for (const reference of document.references) {
            const target = 'ref' in reference ? reference.ref : undefined;
            const refNode = reference.$refNode;
            if (!target || !refNode) {
                continue;
            }
            const property = this.propertyOf(refNode);
            if (!property) {
                continue;
            }
            const list = usages.get(target);
            const usage = { container: refNode.astNode, property };
            if (list) {
                list.push(usage);
            } else {
                usages.set(target, [usage]);
            }
        }
        return usages;
    }

    /** The property a reference is assigned to: the assignment right around it (cached per grammar element), else Langium's search. */
    private propertyOf(refNode: CstNode): string | undefined {
        return assignedProperty(refNode) ?? GrammarUtils.findAssignment(refNode)?.feature;
    }
}
