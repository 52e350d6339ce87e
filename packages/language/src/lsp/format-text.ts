/**
 * Formatting a whole plan to text with the language's formatter: what `smart fmt` writes
 * and what the editor's "Format Document" produces. A plan with syntax errors is not
 * formatted, so no text is ever moved around a misunderstood structure. The result keeps
 * the plan's line breaks (CRLF stays CRLF; a mix becomes the kind the plan mostly uses).
 */
import type { LangiumDocument } from 'langium';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { firstSyntaxError } from '../parser/syntax-errors.js';
import type { SmartServices } from '../smart-module.js';
import { lineEnding } from './smart-formatter.js';

export const FORMATTING_OPTIONS = { tabSize: 4, insertSpaces: true } as const;

export type FormatResult = { ok: true; text: string } | { ok: false; reason: string };

export async function formatPlan(services: SmartServices, document: LangiumDocument): Promise<FormatResult> {
    const syntaxError = firstSyntaxError(document);
    if (syntaxError) {
        return { ok: false, reason: `has syntax errors (first on line ${syntaxError.line + 1}); fix them before formatting` };
    }
    const edits = await services.lsp.Formatter!.formatDocument(document, {
        textDocument: { uri: document.uri.toString() },
        options: { ...FORMATTING_OPTIONS }
    });
    const original = document.textDocument.getText();
    const text = TextDocument.applyEdits(TextDocument.create(document.uri.toString(), 'smart', 0, original), edits);
    return { ok: true, text: withLineEndings(text, lineEnding(original)) };
}

/** One kind of line break throughout (the plan's own), and one at the end of a non-empty plan. */
function withLineEndings(text: string, eol: string): string {
    const trimmed = text.replace(/\s+$/, '');
    return trimmed.length === 0 ? '' : trimmed.replace(/\r\n|\r|\n/g, eol) + eol;
}
