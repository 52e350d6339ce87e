/**
 * Call hierarchy over `aligns`: "Show Call Hierarchy" on a goal walks the alignment tree.
 * Incoming calls are the goals that align to it (in any loaded plan), outgoing the goal it
 * aligns to; each item says the goal's status and title. Only goals have a hierarchy.
 */
import { AstUtils, type AstNode, type LangiumDocument, type ReferenceDescription, type Stream } from 'langium';
import { AbstractCallHierarchyProvider } from 'langium/lsp';
import { SymbolKind, type CallHierarchyIncomingCall, type CallHierarchyItem, type CallHierarchyOutgoingCall, type Range } from 'vscode-languageserver';
import { statusPhrase } from '../common/vocabulary.js';
import { isGoal, type Goal } from '../generated/ast.js';
import { propertyNode } from '../parser/property-nodes.js';
import type { SmartServices } from '../smart-module.js';

export class SmartCallHierarchyProvider extends AbstractCallHierarchyProvider {
    constructor(private readonly smart: SmartServices) {
        super(smart);
    }

    protected override getCallHierarchyItems(targetNode: AstNode, document: LangiumDocument): CallHierarchyItem[] | undefined {
        return isGoal(targetNode) ? super.getCallHierarchyItems(targetNode, document) : undefined;
    }

    protected override getCallHierarchyItem(node: AstNode): Partial<CallHierarchyItem> | undefined {
        if (!isGoal(node)) {
            return undefined;
        }
        const status = this.smart.plan.Alignment.of(node)?.progress.status;
        return { kind: SymbolKind.Event, detail: `${status ? `${statusPhrase(status)} · ` : ''}${node.title ?? ''}` };
    }

    /** The goals whose `aligns` names this goal. */
    protected override getIncomingCalls(node: AstNode, _references: Stream<ReferenceDescription>): CallHierarchyIncomingCall[] | undefined {
        if (!isGoal(node)) {
            return undefined;
        }
        const calls: CallHierarchyIncomingCall[] = [];
        for (const usage of this.smart.plan.UsageIndex.usagesOf(node)) {
            if (isGoal(usage.container) && usage.property === 'aligns') {
                const item = this.itemOf(usage.container);
                const range = alignsRange(usage.container);
                if (item && range) {
                    calls.push({ from: item, fromRanges: [range] });
                }
            }
        }
        return calls;
    }

    /** The goal this goal `aligns` to. */
    protected override getOutgoingCalls(node: AstNode): CallHierarchyOutgoingCall[] | undefined {
        const parent = isGoal(node) ? node.aligns[0]?.ref : undefined;
        const item = parent && this.itemOf(parent);
        const range = isGoal(node) ? alignsRange(node) : undefined;
        return item && range ? [{ to: item, fromRanges: [range] }] : [];
    }

    private itemOf(goal: Goal): CallHierarchyItem | undefined {
        return this.getCallHierarchyItems(goal, AstUtils.getDocument(goal))?.[0];
    }
}

/** Where a goal writes its `aligns` reference. */
function alignsRange(goal: Goal): Range | undefined {
    return propertyNode(goal.$cstNode, 'aligns', 0)?.range;
}
