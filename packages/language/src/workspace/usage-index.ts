/**
 * Who refers to what, across every loaded plan: for each referenced element, the
 * elements that refer to it and through which property (`Strategy.goals` → a goal).
 * Built once per workspace build from the linker's own reference lists, so
 * cross-element rules (unused avatar, goal without strategy, ...) stay linear.
 */
import type { AstNode, LangiumCoreServices, LangiumDocuments } from 'langium';
import { DocumentState, GrammarUtils, WorkspaceCache } from 'langium';

export interface Usage {
    /** The element holding the reference (a Strategy for `serves g`). */
    container: AstNode;
    /** The property the reference is written in (`goals` for `serves`). */
    property: string;
}

export class UsageIndex {
    private readonly documents: LangiumDocuments;
    private readonly index: WorkspaceCache<'all', Map<AstNode, Usage[]>>;

    constructor(services: LangiumCoreServices) {
        this.documents = services.shared.workspace.LangiumDocuments;
        this.index = new WorkspaceCache(services.shared, DocumentState.Linked);
    }

    usagesOf(node: AstNode): Usage[] {
        return this.index.get('all', () => this.build()).get(node) ?? [];
    }

    /** Whether an element is referred to from a container of one of the types, through one of the properties. */
    isUsedBy(node: AstNode, containerTypes: string[], properties?: string[]): boolean {
        return this.usagesOf(node).some(usage => containerTypes.includes(usage.container.$type) && (!properties || properties.includes(usage.property)));
    }

    private build(): Map<AstNode, Usage[]> {
        const usages = new Map<AstNode, Usage[]>();
        for (const document of this.documents.all) {
            for (const reference of document.references) {
                const target = 'ref' in reference ? reference.ref : undefined;
                const refNode = reference.$refNode;
                if (!target || !refNode) {
                    continue;
                }
                const property = GrammarUtils.findAssignment(refNode)?.feature;
                if (!property) {
                    continue;
                }
                const list = usages.get(target) ?? [];
                list.push({ container: refNode.astNode, property });
                usages.set(target, list);
            }
        }
        return usages;
    }
}
