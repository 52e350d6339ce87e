/**
 * The one formatter of .smart plans, used by `smart fmt` and by the editor's "Format
 * Document". Canonical layout: one top-level item per line with at most one blank line
 * between items; `{` at the end of the header line; one property per line, indented four
 * spaces per block level; `}` on its own line; single spaces between the words of a
 * property; `a, b` lists; comments kept where they are. Lists of nodes go to the
 * formatter as one array (`cst`), never spread into a call (Langium's `nodes(...)` and
 * `keywords(...)`), so a plan of 150,000 declarations or a list of as many names formats.
 */
import { GrammarUtils, isCompositeCstNode, type AstNode, type CstNode, type LangiumDocument } from 'langium';
import { AbstractFormatter, Formatting, type NodeFormatter } from 'langium/lsp';
import type { FormattingOptions, Range, TextEdit } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { pushAll } from '../common/collections.js';
import * as ast from '../generated/ast.js';

/** Keywords that start a property line, per block type. */
const PROPERTY_KEYWORDS: Partial<Record<string, string[]>> = {
    PlanHeader: ['owner', 'period', 'review', 'currency', 'description'],
    Person: ['role'],
    Avatar: ['segment', 'market', 'motivation', 'criteria', 'channel'],
    Swot: ['strength', 'weakness', 'opportunity', 'threat'],
    Goal: ['for', 'metric', 'baseline', 'target', 'owner', 'aligns', 'review'],
    Strategy: ['serves', 'audience', 'addresses', 'message', 'proposition'],
    Tactic: ['executes', 'channel', 'owner', 'budget', 'from', 'moves'],
    Step: ['stakeholder', 'competitor', 'worst', 'alternative'],
    Review: ['attendee'],
    Skill: ['coach', 'supports']
};

/** Child nodes that each start a property line. */
function childLines(node: AstNode): AstNode[] {
    if (ast.isAvatar(node)) return node.needs;
    if (ast.isGoal(node)) return node.benchmarks;
    if (ast.isJourney(node)) return node.steps;
    if (ast.isStep(node)) return node.reactions;
    if (ast.isCheckin(node)) return node.entries;
    if (ast.isReview(node)) return node.decisions;
    return [];
}

/** The line break a text mostly uses: `\r\n`, `\n` or `\r` (`\n` for a text without any). */
export function lineEnding(text: string): string {
    const counts = { '\r\n': 0, '\n': 0, '\r': 0 };
    for (const [lineBreak] of text.matchAll(/\r\n|\r|\n/g)) {
        counts[lineBreak as keyof typeof counts]++;
    }
    return counts['\r\n'] > counts['\n'] && counts['\r\n'] >= counts['\r'] ? '\r\n' : counts['\r'] > counts['\n'] ? '\r' : '\n';
}

export class SmartFormatter extends AbstractFormatter {
    /** The line breaks the formatter writes are the document's own: a CRLF plan stays CRLF. */
    protected override doDocumentFormat(document: LangiumDocument, options: FormattingOptions, range?: Range): TextEdit[] {
        const edits = super.doDocumentFormat(document, options, range);
        const eol = lineEnding(document.textDocument.getText());
        return edits
            .map(edit => eol === '\n' ? edit : { ...edit, newText: edit.newText.replace(/\n/g, eol) })
            .filter(edit => this.isNecessary(edit, document.textDocument));
    }

    /**
     * Langium drops an edit whose text equals the old one with every CR removed, so a stray
     * CR between two words (a lone `\r`, which is a line break) would survive one run and
     * be joined by the next: compare exactly, and let doDocumentFormat drop true no-ops.
     */
    protected override isNecessary(edit: TextEdit, document: TextDocument): boolean {
        return edit.newText !== document.getText(edit.range);
    }

    protected override format(node: AstNode): void {
        const formatter = this.getNodeFormatter(node);
        if (ast.isPlanFile(node)) {
            this.formatFile(node, formatter as NodeFormatter<ast.PlanFile>);
            return;
        }
        // Words of a line are separated by one space; commas hug the word before them.
        formatter.cst(ownParts(node).slice(1)).prepend(Formatting.oneSpace());
        formatter.cst(keywordNodes(node, [','])).prepend(Formatting.noSpace());
        formatter.cst(keywordNodes(node, ['.'])).surround(Formatting.noSpace());
        const open = formatter.keyword('{');
        const close = formatter.keyword('}');
        if (open.nodes.length === 0) {
            return;
        }
        const starts = PROPERTY_KEYWORDS[node.$type] ?? [];
        if (starts.length > 0) {
            // Only keywords between the braces: `for` in a journey's header starts no line.
            const [from, to] = [open.nodes[0].offset, close.nodes[0]?.offset ?? Infinity];
            formatter.cst(keywordNodes(node, starts).filter(k => k.offset > from && k.offset < to)).prepend(Formatting.indent());
        }
        const children = childLines(node);
        if (children.length > 0) {
            formatter.cst(cstNodesOf(children)).prepend(Formatting.indent());
        }
        close.prepend(Formatting.newLine());
    }

    /**
     * Comments keep their place, indented like the lines around them: one level per block
     * they are inside. (Langium indents a comment by the level of the node being formatted,
     * which for our property lines is the block's own level, not its interior's.) As between
     * items, blank lines before a comment fold to one.
     */
    protected override createHiddenTextEdits(previous: CstNode | undefined, hidden: CstNode, formatting: Parameters<AbstractFormatter['createHiddenTextEdits']>[2], context: Parameters<AbstractFormatter['createHiddenTextEdits']>[3]): TextEdit[] {
        const indentation = context.indentation;
        context.indentation = blockDepth(hidden);
        const edits = super.createHiddenTextEdits(previous, hidden, formatting, context);
        context.indentation = indentation;
        const blankLines = previous ? hidden.range.start.line - previous.range.end.line - 1 : 0;
        if (blankLines > 1) {
            // First, as edits go in document order: after the comment's indentation edit it
            // would be taken for an overlap and drop it.
            edits.unshift({ newText: '', range: { start: { line: previous!.range.end.line + 2, character: 0 }, end: { line: hidden.range.start.line, character: 0 } } });
        }
        return edits;
    }

    private formatFile(file: ast.PlanFile, formatter: NodeFormatter<ast.PlanFile>): void {
        const [first, ...rest]: AstNode[] = [...file.header ? [file.header] : [], ...file.imports, ...file.declarations];
        if (first) {
            formatter.node(first).prepend(Formatting.noIndent());
        }
        if (rest.length > 0) {
            // Each item on its own line; one blank line between items is kept, more are folded.
            formatter.cst(cstNodesOf(rest)).prepend(Formatting.fit(Formatting.newLine(), Formatting.newLines(2)));
        }
    }
}

/** The syntax nodes of the nodes that have one. */
function cstNodesOf(nodes: readonly AstNode[]): CstNode[] {
    const found: CstNode[] = [];
    for (const node of nodes) {
        if (node.$cstNode) {
            found.push(node.$cstNode);
        }
    }
    return found;
}

/** The node's keyword tokens among `words` (as Langium's `keywords(...)`, without spreading what it finds). */
function keywordNodes(node: AstNode, words: readonly string[]): CstNode[] {
    const found: CstNode[] = [];
    for (const word of words) {
        pushAll(found, GrammarUtils.findNodesForKeyword(node.$cstNode, word));
    }
    return found;
}

/**
 * How many blocks (`{ ... }`) of the syntax tree enclose a comment. The plan file itself
 * has no braces of its own and is not searched (its children are every declaration, and a
 * search per comment made 120,000 comments in a row quadratic).
 */
function blockDepth(hidden: CstNode): number {
    let depth = 0;
    for (let node: AstNode | undefined = hidden.container?.astNode ?? hidden.astNode; node && !ast.isPlanFile(node); node = node.$container) {
        const open = GrammarUtils.findNodesForKeyword(node.$cstNode, '{')[0];
        const close = GrammarUtils.findNodesForKeyword(node.$cstNode, '}').at(-1);
        if (open && open.offset < hidden.offset && (!close || close.offset > hidden.offset)) {
            depth++;
        }
    }
    return depth;
}

/**
 * The node's own parts in the syntax tree (its tokens and its child nodes), comments left
 * out. A declaration reached through `Declaration: Person | Goal | ...` sits inside a
 * wrapper node for that rule call; the parts are those of the innermost wrapper.
 */
function ownParts(node: AstNode): CstNode[] {
    let cst = node.$cstNode;
    while (cst && isCompositeCstNode(cst)) {
        const parts = cst.content.filter(part => !part.hidden);
        if (parts.length === 1 && isCompositeCstNode(parts[0]) && parts[0].astNode === node) {
            cst = parts[0];
            continue;
        }
        return parts;
    }
    return [];
}
