/**
 * Who refers to what, across every loaded plan: for each referenced element, the
 * elements that refer to it and through which property (`Strategy.goals` → a goal).
 * Read off the linker's own reference lists, so cross-element rules (unused avatar, goal
 * without strategy, ...) stay linear. Each document's usages are kept until that document
 * changes or is linked again, and merged once per build: a keystroke in one plan of a
 * large workspace re-reads that plan only.
 */
import type { AstNode, CstNode, LangiumCoreServices, LangiumDocument, LangiumDocuments } from 'langium';
import { DocumentState, GrammarUtils, WorkspaceCache } from 'langium';
import { assignedProperty } from '../parser/property-nodes.js';

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
    /** Every document's usages together, merged once per build. */
    private readonly merged: WorkspaceCache<'all', Usages>;

    constructor(services: LangiumCoreServices) {
        this.documents = services.shared.workspace.LangiumDocuments;
        this.merged = new WorkspaceCache(services.shared, DocumentState.Linked);
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

    usagesOf(node: AstNode): Usage[] {
        return this.merged.get('all', () => this.merge()).get(node) ?? [];
    }

    /** Whether an element is referred to from a container of one of the types, through one of the properties. */
    isUsedBy(node: AstNode, containerTypes: string[], properties?: string[]): boolean {
        return this.usagesOf(node).some(usage => containerTypes.includes(usage.container.$type) && (!properties || properties.includes(usage.property)));
    }

    /** All documents' usages, in document order; the per-document lists are never modified. */
    private merge(): Usages {
        const perDocument = this.documents.all.map(document => {
            const key = document.uri.toString();
            let own = this.byDocument.get(key);
            if (!own) {
                own = this.usagesIn(document);
                this.byDocument.set(key, own);
            }
            return own;
        }).toArray();
        if (perDocument.length === 1) {
            return perDocument[0]; // one plan alone (the common CLI case): nothing to merge
        }
        const all: Usages = new Map();
        for (const own of perDocument) {
            for (const [target, usages] of own) {
                const earlier = all.get(target);
                all.set(target, earlier ? earlier.concat(usages) : usages);
            }
        }
        return all;
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
