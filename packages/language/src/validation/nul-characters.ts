/**
 * NUL characters (U+0000) where the lexer takes any character: inside a quoted text or a
 * comment. Invisible in an editor, cut off by other tools and never meant, a NUL there is
 * a `syntax-error` like a NUL anywhere else (which the lexer reports itself). One
 * diagnostic, at the first such NUL, counts the others.
 */
import type { LangiumDocument } from 'langium';
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver';

export function nulCharacterDiagnostics(document: LangiumDocument, reported: Diagnostic[], source: string | undefined): Diagnostic[] {
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
        severity: DiagnosticSeverity.Error,
        code: 'syntax-error',
        data: { code: 'syntax-error' },
        source,
        message: `A NUL character (U+0000) is in this text${more}: remove it. A plan is UTF-8 text; NULs usually mean the file was saved as UTF-16 or holds binary data.`
    }];
}
