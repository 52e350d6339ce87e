/**
 * A cap on syntax errors: a pasted blob or a binary file can make hundreds of thousands
 * of them, which no one reads and which slow every editor and CI log down. The first
 * MAX_SYNTAX_ERRORS (in document order) are reported; one more diagnostic, where the
 * next would have been, says how many are not shown.
 */
import type { Diagnostic } from 'vscode-languageserver';

export const MAX_SYNTAX_ERRORS = 100;

export function limitSyntaxErrors(diagnostics: Diagnostic[]): Diagnostic[] {
    const syntax = diagnostics.filter(d => d.code === 'syntax-error');
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
