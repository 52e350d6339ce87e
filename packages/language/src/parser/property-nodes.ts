/**
 * Where a property of an element is written: the CST nodes assigned to it, as Langium's
 * GrammarUtils.findNodesForProperty finds them, but with the assignment of each grammar
 * element looked up once instead of once per CST node visited. Every diagnostic placed on
 * a property (`goal 'x'` on its name) goes through here, so on a large plan with many
 * findings this is a measurable part of validation.
 */
import { AstUtils, GrammarAST, isCompositeCstNode, type AstNode, type CstNode } from 'langium';

/** The property each grammar element is assigned to (null: none), by grammar element. */
const featureByGrammarElement = new WeakMap<AstNode, string | null>();

/** The property a CST node is assigned to through the assignment directly around its grammar element. */
export function assignedProperty(node: CstNode): string | undefined {
    const source = node.grammarSource;
    if (!source) {
        return undefined;
    }
    let feature = featureByGrammarElement.get(source);
    if (feature === undefined) {
        feature = AstUtils.getContainerOfType(source, GrammarAST.isAssignment)?.feature ?? null;
        featureByGrammarElement.set(source, feature);
    }
    return feature ?? undefined;
}

/** The CST nodes written for `property` of the element that `node` belongs to, in document order. */
export function propertyNodes(node: CstNode | undefined, property: string, limit = Infinity): CstNode[] {
    const found: CstNode[] = [];
    if (node) {
        collect(node, property, node.astNode, true, found, limit);
    }
    return found;
}

/**
 * The CST node of one value of `property` (the `index`th, clamped to those written; the
 * first without an index), or undefined when the property is not written.
 */
export function propertyNode(node: CstNode | undefined, property: string, index?: number): CstNode | undefined {
    const wanted = index === undefined || index < 0 ? 0 : index;
    const nodes = propertyNodes(node, property, wanted + 1);
    return nodes.length === 0 ? undefined : nodes[Math.min(wanted, nodes.length - 1)];
}

function collect(node: CstNode, property: string, element: AstNode, first: boolean, found: CstNode[], limit: number): void {
    if (!first && assignedProperty(node) === property) {
        found.push(node);
        return;
    }
    if (isCompositeCstNode(node) && node.astNode === element) {
        for (const child of node.content) {
            if (found.length >= limit) {
                return;
            }
            collect(child, property, element, false, found, limit);
        }
    }
}
