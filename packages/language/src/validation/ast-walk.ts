/**
 * The syntax tree walked without Langium's streams: the child nodes of a node pushed onto
 * a stack so that popping it visits them in the order of Langium's `streamAst` (property
 * by property as the parser assigned them, which is the order the plan writes them).
 * Used where every node of a large plan is visited on every build; a `for...in` over the
 * node allocates nothing, where `Object.keys` made an array per node.
 */
import { isAstNode, type AstNode } from 'langium';

const DOLLAR = '$'.charCodeAt(0);

/** Pushes the nodes directly contained in `node` onto `stack`, the first child on top. */
export function pushChildNodes(node: AstNode, stack: AstNode[]): void {
    const start = stack.length;
    const properties = node as unknown as Record<string, unknown>;
    for (const key in properties) {
        if (key.charCodeAt(0) === DOLLAR) {
            continue; // $container, $cstNode, $document, ...: not children
        }
        const value = properties[key];
        if (Array.isArray(value)) {
            for (let index = 0; index < value.length; index++) {
                if (isAstNode(value[index])) {
                    stack.push(value[index]);
                }
            }
        } else if (isAstNode(value)) {
            stack.push(value);
        }
    }
    for (let low = start, high = stack.length - 1; low < high; low++, high--) {
        const swap = stack[low];
        stack[low] = stack[high];
        stack[high] = swap;
    }
}
