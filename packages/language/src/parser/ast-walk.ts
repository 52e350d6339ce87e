/**
 * The syntax tree walked without Langium's streams, for the passes that visit every node
 * of a large plan on every build (linking, validation): a node's own properties are read
 * once with a `for...in` (no array per node; `$` properties are Langium's bookkeeping),
 * its child nodes pushed onto a stack so that popping it visits them in the order of
 * Langium's `streamAst`, and, for the linker, its cross-references collected in the
 * order of `streamReferences`.
 */
import { isAstNode, isMultiReference, isReference, type AstNode, type ReferenceInfo } from 'langium';

const DOLLAR = '$'.charCodeAt(0);

/**
 * Pushes the nodes directly contained in `node` onto `stack`, the first child on top, and
 * adds the node's own cross-references to `references` when given.
 */
export function pushChildNodes(node: AstNode, stack: AstNode[], references?: ReferenceInfo[]): void {
    const start = stack.length;
    const properties = node as unknown as Record<string, unknown>;
    for (const property in properties) {
        if (property.charCodeAt(0) === DOLLAR) {
            continue; // $container, $cstNode, $document, ...: not children
        }
        const value = properties[property];
        if (Array.isArray(value)) {
            for (let index = 0; index < value.length; index++) {
                sortOut(value[index], node, property, index, stack, references);
            }
        } else {
            sortOut(value, node, property, undefined, stack, references);
        }
    }
    for (let low = start, high = stack.length - 1; low < high; low++, high--) {
        const swap = stack[low];
        stack[low] = stack[high];
        stack[high] = swap;
    }
}

/** A property value is a child node (pushed), a reference (collected when asked) or plain data. */
function sortOut(value: unknown, container: AstNode, property: string, index: number | undefined, stack: AstNode[], references: ReferenceInfo[] | undefined): void {
    if (typeof value !== 'object' || value === null) {
        return;
    }
    if (isAstNode(value)) {
        stack.push(value);
    } else if (references && (isReference(value) || isMultiReference(value))) {
        references.push({ reference: value, container, property, index });
    }
}
