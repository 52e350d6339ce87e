/**
 * Where a plan's first syntax error is: the earliest of the lexer's and the parser's
 * errors, for the tools that refuse a plan that does not parse (`smart fmt`, `smart diff`).
 * A parser error at the end of the input (no token) is placed just after the last token.
 */
import type { LangiumDocument } from 'langium';
import type { Position } from 'vscode-languageserver';

/** The 0-based position of the first syntax error, or undefined when the plan parses. */
export function firstSyntaxError(document: LangiumDocument): Position | undefined {
    const { lexerErrors, parserErrors } = document.parseResult;
    if (lexerErrors.length + parserErrors.length === 0) {
        return undefined;
    }
    const text = document.textDocument;
    const length = text.getText().length;
    let first = length;
    for (const error of lexerErrors) {
        if (Number.isFinite(error.offset)) {
            first = Math.min(first, error.offset);
        }
    }
    for (const error of parserErrors) {
        const previous = (error as { previousToken?: { endOffset?: number } }).previousToken;
        const offset = Number.isFinite(error.token.startOffset) && error.token.startOffset >= 0 ? error.token.startOffset : (previous?.endOffset ?? length - 1) + 1;
        if (Number.isFinite(offset)) {
            first = Math.min(first, offset);
        }
    }
    return text.positionAt(first);
}
