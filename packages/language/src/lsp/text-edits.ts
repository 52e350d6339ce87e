/**
 * Text edits that keep a plan in the formatter's canonical layout: a property line added
 * to a block, a declaration added after another, a comment line above a line. Quick fixes
 * build on these, so applying a fix never leaves work for the formatter.
 */
import type { AstNode, CstNode, LangiumDocument } from 'langium';
import { GrammarUtils } from 'langium';
import type { Range, TextEdit } from 'vscode-languageserver';

const INDENT = '    ';

function lineText(document: LangiumDocument, line: number): string {
    return document.textDocument.getText({ start: { line, character: 0 }, end: { line: line + 1, character: 0 } }).replace(/\r?\n$/, '');
}

function indentationOf(document: LangiumDocument, line: number): string {
    return /^\s*/.exec(lineText(document, line))![0];
}

function closingBrace(node: AstNode): CstNode | undefined {
    const braces = GrammarUtils.findNodesForKeyword(node.$cstNode, '}');
    return braces[braces.length - 1];
}

/** Adds `text` as the block's last property line, indented one level deeper than the block. */
export function addPropertyLine(document: LangiumDocument, node: AstNode, text: string): TextEdit | undefined {
    const close = closingBrace(node);
    if (!close || !node.$cstNode) {
        return undefined;
    }
    const blockIndent = indentationOf(document, node.$cstNode.range.start.line);
    const closeLine = lineText(document, close.range.start.line);
    if (closeLine.trim().startsWith('}')) {
        const position = { line: close.range.start.line, character: 0 };
        return { range: { start: position, end: position }, newText: `${blockIndent}${INDENT}${text}\n` };
    }
    // A block closed on a line with other text: move the brace to its own line.
    const start = close.range.start;
    const before = document.textDocument.getText({ start: { line: start.line, character: 0 }, end: start });
    const trimmed = before.replace(/\s+$/, '');
    const range: Range = { start: { line: start.line, character: trimmed.length }, end: start };
    return { range, newText: `\n${blockIndent}${INDENT}${text}\n${blockIndent}` };
}

/** Adds a declaration after the given top-level one, separated by a blank line. */
export function addDeclarationAfter(node: AstNode, text: string): TextEdit | undefined {
    const end = node.$cstNode?.range.end;
    return end && { range: { start: end, end }, newText: `\n\n${text}` };
}

/** Inserts a comment line above the given line, at that line's indentation. */
export function addCommentAbove(document: LangiumDocument, line: number, comment: string): TextEdit {
    const position = { line, character: 0 };
    return { range: { start: position, end: position }, newText: `${indentationOf(document, line)}// ${comment}\n` };
}

export { lineText };
