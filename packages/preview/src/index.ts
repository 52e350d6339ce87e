/**
 * @smart-plan/preview: draws a plan's progress view model (from
 * `@smart-plan/language/protocol`) as the editor's preview pane, as a self-contained
 * HTML report and as Markdown, and a portfolio of plans as HTML and Markdown.
 * Browser-safe: imports nothing but the protocol's schema and types. The pane's script
 * (webview-main.ts) is a separate browser entry.
 */
export { renderPlanBody } from './body.js';
export type { RenderOptions } from './context.js';
export { afterTodayNote } from './labels.js';
export { renderPlanStyles } from './styles.js';
export { renderReportHtml, renderReportHtmlChunks, REPORT_CSP } from './report-html.js';
export { renderWebviewHtml, type WebviewHtmlOptions } from './webview-html.js';
export { renderPlanMarkdown } from './markdown.js';
export { renderPortfolioHtml, renderPortfolioHtmlChunks } from './portfolio-html.js';
export { renderPortfolioMarkdown } from './portfolio-markdown.js';
export type { PortfolioOptions } from './portfolio-index.js';
export { goalAnchor, planAnchors } from './anchors.js';
export type { ReportOptions, SyntaxErrorNotice } from './syntax-notice.js';
export * from './messages.js';
