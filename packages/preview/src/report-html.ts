/**
 * `smart report --format html`: one self-contained, printable HTML document. A strict
 * Content-Security-Policy (no script, no remote anything; only the inline stylesheet and
 * data: images), the stylesheet inline, and the same body as the preview pane; above it,
 * the plan's syntax errors when it does not fully parse. The portfolio
 * (portfolio-html.ts) is the same kind of document.
 */
import type { PlanView } from '@smart-plan/language/protocol';
import { planBodyHtml } from './body.js';
import { html, SafeHtml } from './escape.js';
import { renderPlanStyles } from './styles.js';
import { SYNTAX_NOTICE_STYLES, syntaxNoticeHtml, type ReportOptions } from './syntax-notice.js';

export const REPORT_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:";

export function renderReportHtml(view: PlanView, options: ReportOptions = {}): string {
    return reportHtml(view, options).value;
}

/** The report in pieces, never joined: a plan of 150,000 goals is longer than one string can be. */
export function renderReportHtmlChunks(view: PlanView, options: ReportOptions = {}): Iterable<string> {
    return reportHtml(view, options).chunks();
}

function reportHtml(view: PlanView, options: ReportOptions): SafeHtml {
    const notice = syntaxNoticeHtml(options.syntaxErrors);
    return reportDocument({
        title: `${view.header?.title ?? view.file} — progress report`,
        styles: notice ? [SYNTAX_NOTICE_STYLES] : [],
        body: html`${notice ?? ''}${planBodyHtml(view)}`
    });
}

/** A report's document: its CSP, the plan stylesheet and any more styles inline, its title and body. */
export function reportDocument({ title, styles, body }: { title: string; styles: readonly string[]; body: SafeHtml }): SafeHtml {
    return html`<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${REPORT_CSP}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="smart report">
<title>${title}</title>
<style>${new SafeHtml([renderPlanStyles(), ...styles].join('\n'))}</style>
</head>
<body>
${body}
</body>
</html>
`;
}
