/**
 * Langium's parser with two repairs of how it builds the concrete syntax tree, both met on
 * large plans:
 *
 * - Before every token Langium places the comments preceding it (`addHiddenNodes`), and for
 *   the first token of a declaration it looked the new node up among all the declarations
 *   parsed so far with `indexOf`: quadratic, 35 s for a 5 MB plan of 280,000 metrics. The node
 *   being built is always its container's last child, so it is looked up from the end, and
 *   nothing is looked up when there is no comment to place.
 * - Children were added with `push(...children)` and `splice(i, 0, ...children)`, which
 *   overflow the stack for about 120,000 comments in a row.
 *
 * And one safety net: after a parse that threw, the shared parser's stacks are emptied,
 * or every later plan parsed wrong (smart-document-factory.ts turns the failure into a
 * syntax error).
 */
import { CstNodeBuilder, type CompositeCstNode, type CstNode, type LangiumCoreServices, type LangiumParser, type RootCstNode } from 'langium';
import { createLangiumParser } from 'langium';
import type { IToken } from 'chevrotain';
import { pushAll } from '../common/collections.js';

/** The CompositeCstNode's content, which the builder (and only the builder) writes. */
type Writable = { content: CstNode[] };

export class SmartCstNodeBuilder extends CstNodeBuilder {
    private root: RootCstNode | undefined;

    override buildRootNode(input: string): RootCstNode {
        this.root = super.buildRootNode(input);
        return this.root;
    }

    override appendChildren(parent: CompositeCstNode, children: CstNode[]): void {
        for (const child of children) {
            (child as { container?: CompositeCstNode }).container = parent;
        }
        const node = parent as unknown as Writable;
        if (node.content.length === 0) {
            node.content = children.slice();
        } else {
            pushAll(node.content, children);
        }
    }

    override insertChildren(parent: CompositeCstNode, index: number, children: CstNode[]): void {
        for (const child of children) {
            (child as { container?: CompositeCstNode }).container = parent;
        }
        const content = (parent as unknown as Writable).content;
        const after = content.splice(index);
        pushAll(pushAll(content, children), after);
    }

    override addHiddenNodes(tokens: IToken[]): void {
        if (tokens.length === 0) {
            return;
        }
        const nodes: CstNode[] = tokens.map(token => this.createLeafNode(token, true));
        let current: CompositeCstNode = this.current;
        if (current.content.length > 0) {
            this.appendChildren(current, nodes);
            return;
        }
        // A node just opened: the comments go before it, in the first ancestor that has content.
        while (current.container) {
            const index = current.container.content.lastIndexOf(current);
            if (index > 0) {
                this.insertChildren(current.container, index, nodes);
                return;
            }
            current = current.container;
        }
        this.insertChildren(this.root!, 0, nodes);
    }
}

/** The parser's private state that a thrown parse leaves behind. */
interface ParserInternals {
    nodeBuilder: CstNodeBuilder;
    stack: unknown[];
    unorderedGroups: Map<unknown, unknown>;
}

/** Langium's parser, building its tree with SmartCstNodeBuilder. */
export function createSmartParser(services: LangiumCoreServices): LangiumParser {
    const parser = createLangiumParser(services);
    const internals = parser as unknown as ParserInternals;
    if (!(internals.nodeBuilder instanceof CstNodeBuilder) || !Array.isArray(internals.stack) || !(internals.unorderedGroups instanceof Map)) {
        // A Langium upgrade renamed what this module replaces: fail loudly, not slowly.
        throw new Error('smart-parser.ts: the Langium parser no longer has nodeBuilder, stack and unorderedGroups');
    }
    internals.nodeBuilder = new SmartCstNodeBuilder();
    return parser;
}

/** Empties what a parse that threw left on the parser's stacks, so the next parse starts clean. */
export function resetParser(parser: LangiumParser): void {
    const internals = parser as unknown as ParserInternals;
    internals.stack.length = 0;
    internals.unorderedGroups.clear();
}
