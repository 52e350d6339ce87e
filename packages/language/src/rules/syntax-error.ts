/**
 * `syntax-error`: the text does not follow the .smart syntax. Found by Langium's lexer and
 * parser (their errors are this rule's), and by this module where the lexer takes any
 * character: a NUL (U+0000) inside a quoted text or a comment, invisible in an editor,
 * cut off by other tools and never meant. Syntax errors are capped: a pasted blob or a
 * binary file can make hundreds of thousands of them, which no one reads.
 */
import { DocumentValidator, type LangiumDocument } from 'langium';
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver';
import { createRule, type DocumentFinding } from './support/rule.js';

export const MAX_SYNTAX_ERRORS = 100;

/** Whether a diagnostic's code (a rule id) is this rule's: for the tools that list syntax errors apart. */
export function isSyntaxErrorCode(code: unknown): boolean {
    return code === 'syntax-error';
}

export default createRule({
    meta: {
        id: 'syntax-error', severity: 'error',
        summary: 'The text does not follow the .smart syntax.',
        fix: 'Correct the text at the reported place; the message says what was expected.',
        example: `goal growMembers "Grow paid membership" {
    target 400 by
}`
    },
    langiumCodes: [DocumentValidator.LexingError, DocumentValidator.ParsingError],
    checkDocument: ({ document, found }) => nulCharacters(document, found),
    suppressible: false
});

/** One finding at the first NUL the lexer let through (inside a text or comment), counting the others. */
function nulCharacters(document: LangiumDocument, reported: readonly Diagnostic[]): DocumentFinding[] {
    const text = document.textDocument.getText();
    if (!text.includes('\0')) {
        return [];
    }
    const textDocument = document.textDocument;
    const covered = reported
        .filter(d => d.severity === DiagnosticSeverity.Error)
        .map(d => [textDocument.offsetAt(d.range.start), textDocument.offsetAt(d.range.end)]);
    const unreported: number[] = [];
    for (let offset = text.indexOf('\0'); offset >= 0; offset = text.indexOf('\0', offset + 1)) {
        if (!covered.some(([start, end]) => offset >= start && offset < end)) {
            unreported.push(offset);
        }
    }
    if (unreported.length === 0) {
        return [];
    }
    const more = unreported.length > 1 ? ` (and ${unreported.length - 1} more)` : '';
    return [{
        range: { start: textDocument.positionAt(unreported[0]), end: textDocument.positionAt(unreported[0] + 1) },
        message: `A NUL character (U+0000) is in this text${more}: remove it. A plan is UTF-8 text; NULs usually mean the file was saved as UTF-16 or holds binary data.`
    }];
}

/**
 * The first MAX_SYNTAX_ERRORS syntax errors (in document order) and, where the next would
 * have been, one more saying how many are not shown.
 */
export function limitSyntaxErrors(diagnostics: Diagnostic[]): Diagnostic[] {
    const syntax = diagnostics.filter(d => isSyntaxErrorCode(d.code));
    if (syntax.length <= MAX_SYNTAX_ERRORS) {
        return diagnostics;
    }
    syntax.sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
    const hidden = new Set(syntax.slice(MAX_SYNTAX_ERRORS));
    const next = syntax[MAX_SYNTAX_ERRORS];
    return [...diagnostics.filter(d => !hidden.has(d)), {
        ...next,
        message: `${hidden.size} more syntax errors from here on are not shown: fix the ones above first (one mistake often causes many).`
    }];
}
