/**
 * The notice at the top of a report on a plan that does not fully parse (`smart report`
 * exits 1 then): how many syntax errors there are, each with its line, column and message,
 * and that the report shows only what parsed (in a portfolio, first which plans have
 * them). The view model itself is unchanged; the CLI passes the errors beside it. HTML
 * and Markdown, with the message text escaped.
 */
import { escapeMarkdown as md, plural } from '@smart-plan/language/protocol';
import { html, type SafeHtml } from './escape.js';

export interface SyntaxErrorNotice {
    /** 1-based line and column, as the CLI prints them. */
    line: number;
    column: number;
    message: string;
}

/** What a report can show besides the view model. */
export interface ReportOptions {
    syntaxErrors?: readonly SyntaxErrorNotice[];
}

function headline(errors: readonly SyntaxErrorNotice[]): string {
    return `This plan has ${plural(errors.length, 'syntax error')}: the report shows only what parsed. Fix ${errors.length === 1 ? 'it' : 'them'} and run the report again.`;
}

/** The portfolio's notice: how many of its plans have syntax errors (each plan's part then lists its own). */
export function brokenPlansHeadline(count: number): string {
    return `${count === 1 ? '1 plan has' : `${count} plans have`} syntax errors: ${count === 1 ? 'its part' : 'their parts'} of the report show${count === 1 ? 's' : ''} only what parsed. Fix ${count === 1 ? 'it' : 'them'} and run the report again.`;
}

/** Inline styles of the HTML notice (the report's stylesheet is shared with the preview pane). */
export const SYNTAX_NOTICE_STYLES = `.sp-syntax-errors { width: calc(100% - 40px); max-width: 1080px; margin: 24px auto 0; box-sizing: border-box; padding: 12px 16px; border: 2px solid var(--sp-red); border-radius: var(--sp-radius); background: color-mix(in srgb, var(--sp-red) 8%, var(--sp-card)); }
.sp-syntax-errors h2 { font-size: 1em; margin: 0 0 6px; color: var(--sp-red); }
.sp-syntax-errors ol { margin: 0; padding-left: 1.4em; }
.sp-syntax-errors code { font-family: var(--vscode-editor-font-family, ui-monospace, SFMono-Regular, Menlo, monospace); }`;

export function syntaxNoticeHtml(errors: readonly SyntaxErrorNotice[] = []): SafeHtml | undefined {
    if (errors.length === 0) {
        return undefined;
    }
    return html`<section class="sp-syntax-errors" role="alert">
<h2>${headline(errors)}</h2>
<ol>${errors.map(error => html`<li><code>line ${error.line}, column ${error.column}</code>: ${error.message}</li>`)}</ol>
</section>`;
}

export function syntaxNoticeMarkdown(errors: readonly SyntaxErrorNotice[] = []): string[] {
    if (errors.length === 0) {
        return [];
    }
    return [`> **${md(headline(errors))}**`, '>', ...errors.map(error => `> - line ${error.line}, column ${error.column}: ${md(error.message)}`), ''];
}
