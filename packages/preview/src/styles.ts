/**
 * The stylesheet of the pane and the report. Colours and fonts come from VS Code's theme
 * variables, each with a fallback, so the same CSS follows the editor's theme in the
 * webview and gives a clean light report in a browser or on paper (`@media print`).
 * Interactive affordances (pointer, hover outline) only apply under `.sp-interactive`,
 * which the webview sets and the static report does not.
 */

const STYLES = `
:root {
  --sp-fg: var(--vscode-editor-foreground, #1f2328);
  --sp-bg: var(--vscode-editor-background, #ffffff);
  --sp-muted: var(--vscode-descriptionForeground, #59636e);
  --sp-border: var(--vscode-widget-border, var(--vscode-panel-border, #d8dee4));
  --sp-card: var(--vscode-editorWidget-background, #ffffff);
  --sp-page: var(--vscode-editor-background, #f6f8fa);
  --sp-accent: var(--vscode-textLink-foreground, #0969da);
  --sp-focus: var(--vscode-focusBorder, #0969da);
  --sp-green: var(--vscode-charts-green, #1a7f37);
  --sp-yellow: var(--vscode-charts-yellow, #9a6700);
  --sp-orange: var(--vscode-charts-orange, #bc4c00);
  --sp-red: var(--vscode-charts-red, #cf222e);
  --sp-blue: var(--vscode-charts-blue, #0969da);
  --sp-purple: var(--vscode-charts-purple, #8250df);
  --sp-grey: var(--vscode-descriptionForeground, #6e7781);
  --sp-track: color-mix(in srgb, var(--sp-fg) 10%, transparent);
  --sp-font: var(--vscode-font-family, -apple-system, BlinkMacSystemFont, "Segoe UI", "Noto Sans", Helvetica, Arial, sans-serif);
  --sp-radius: 8px;
}
body { margin: 0; background: var(--sp-page); color: var(--sp-fg); font-family: var(--sp-font); font-size: var(--vscode-font-size, 14px); line-height: 1.5; }
.sp-report { max-width: 1120px; margin: 0 auto; padding: 24px 20px 40px; box-sizing: border-box; }
.sp-report *, .sp-report *::before, .sp-report *::after { box-sizing: border-box; }
.sp-report h1, .sp-report h2, .sp-report h3, .sp-report h4 { margin: 0; line-height: 1.25; }
.sp-report ul, .sp-report ol { margin: 0; padding: 0; list-style: none; }
.sp-report p { margin: 0; }
.sp-section { margin-top: 28px; }
.sp-section > h2 { font-size: 1.05em; text-transform: uppercase; letter-spacing: .06em; color: var(--sp-muted); font-weight: 600; margin-bottom: 12px; padding-bottom: 6px; border-bottom: 1px solid var(--sp-border); }

/* Plan header */
.sp-plan { padding-bottom: 18px; border-bottom: 2px solid var(--sp-fg); }
.sp-eyebrow { font-size: .78em; text-transform: uppercase; letter-spacing: .1em; color: var(--sp-muted); font-weight: 600; }
.sp-plan-title { font-size: 1.9em; font-weight: 700; margin-top: 4px !important; overflow-wrap: anywhere; }
.sp-plan-file { font-size: .8em; color: var(--sp-muted); margin-top: 2px !important; overflow-wrap: anywhere; }
.sp-facts { display: grid; grid-template-columns: repeat(auto-fill, minmax(150px, 1fr)); gap: 10px 20px; margin: 16px 0 0; }
.sp-fact dt { font-size: .72em; text-transform: uppercase; letter-spacing: .06em; color: var(--sp-muted); }
.sp-fact dd { margin: 2px 0 0; font-weight: 600; overflow-wrap: anywhere; }
.sp-flag { display: inline-block; font-size: .75em; font-weight: 700; text-transform: uppercase; letter-spacing: .04em; padding: 0 6px; border-radius: 4px; vertical-align: 1px; }
.sp-flag-overdue { color: var(--sp-red); background: color-mix(in srgb, var(--sp-red) 14%, transparent); }
.sp-summary { display: flex; flex-wrap: wrap; justify-content: space-between; align-items: center; gap: 8px 16px; margin-top: 16px; }
.sp-summary-goals { display: flex; flex-wrap: wrap; align-items: center; gap: 6px; }
.sp-summary-goals strong { margin-right: 4px; }
.sp-count { font-size: .82em; font-weight: 600; padding: 1px 8px; border-radius: 999px; }
.sp-diagnostics { display: flex; gap: 6px; font-size: .82em; color: var(--sp-muted); }
.sp-diag { padding: 1px 8px; border: 1px solid var(--sp-border); border-radius: 999px; }
.sp-diag-error { color: var(--vscode-errorForeground, var(--sp-red)); border-color: currentColor; }
.sp-diag-warning { color: var(--vscode-editorWarning-foreground, var(--sp-yellow)); border-color: currentColor; }
.sp-diag-info { color: var(--vscode-editorInfo-foreground, var(--sp-blue)); border-color: currentColor; }

/* Goal cards */
.sp-goals { display: grid; grid-template-columns: repeat(auto-fit, minmax(min(100%, 460px), 1fr)); gap: 16px; align-items: start; }
.sp-goals > h2, .sp-goals > .sp-empty { grid-column: 1 / -1; margin-bottom: 0; }
.sp-goal { background: var(--sp-card); border: 1px solid var(--sp-border); border-top: 4px solid var(--sp-status, var(--sp-grey)); border-radius: var(--sp-radius); padding: 16px 18px; min-width: 0; }
.sp-goal-done { --sp-status: var(--sp-green); }
.sp-goal-on-track { --sp-status: var(--sp-green); }
.sp-goal-at-risk { --sp-status: var(--sp-yellow); }
.sp-goal-behind { --sp-status: var(--sp-red); }
.sp-goal-missed { --sp-status: var(--sp-red); }
.sp-goal-not-started { --sp-status: var(--sp-blue); }
.sp-goal-unknown { --sp-status: var(--sp-grey); }
.sp-goal-head { display: flex; justify-content: space-between; align-items: flex-start; gap: 12px; }
.sp-goal-title { font-size: 1.12em; font-weight: 650; overflow-wrap: anywhere; }
.sp-chip { flex: none; display: inline-flex; align-items: center; gap: 2px; font-size: .8em; font-weight: 650; white-space: nowrap; padding: 2px 10px; border-radius: 999px; }
.sp-chip-done, .sp-chip-on-track { color: var(--sp-green); background: color-mix(in srgb, var(--sp-green) 14%, transparent); }
.sp-chip-at-risk { color: var(--sp-yellow); background: color-mix(in srgb, var(--sp-yellow) 16%, transparent); }
.sp-chip-behind, .sp-chip-missed { color: var(--sp-red); background: color-mix(in srgb, var(--sp-red) 14%, transparent); }
.sp-chip-not-started { color: var(--sp-blue); background: color-mix(in srgb, var(--sp-blue) 14%, transparent); }
.sp-chip-unknown { color: var(--sp-grey); background: color-mix(in srgb, var(--sp-grey) 16%, transparent); }
.sp-goal-meta { display: flex; flex-wrap: wrap; gap: 4px 14px; margin-top: 6px !important; font-size: .85em; overflow-wrap: anywhere; }
.sp-meta-label { color: var(--sp-muted); }
.sp-person { font-weight: 600; }
.sp-avatar { display: inline-block; padding: 0 6px; margin-right: 4px; border-radius: 4px; background: color-mix(in srgb, var(--sp-purple) 12%, transparent); color: var(--sp-purple); font-size: .95em; }
.sp-warn { color: var(--sp-orange); font-weight: 600; }
.sp-figures { display: grid; grid-template-columns: repeat(4, minmax(0, 1fr)); gap: 8px; margin: 14px 0 6px; }
.sp-figures dt { font-size: .7em; text-transform: uppercase; letter-spacing: .05em; color: var(--sp-muted); white-space: nowrap; overflow: hidden; text-overflow: ellipsis; }
.sp-figures dd { margin: 0; font-size: 1.15em; font-weight: 650; font-variant-numeric: tabular-nums; overflow-wrap: anywhere; }
.sp-figure-actual { color: var(--sp-status, inherit); }

/* Progress bar */
.sp-bar { margin: 4px 0 2px; }
.sp-bar-svg { display: block; overflow: visible; }
.sp-bar-track { fill: var(--sp-track); }
.sp-bar-fill { fill: var(--sp-status, var(--sp-accent)); }
.sp-bar-tick { stroke: color-mix(in srgb, var(--sp-fg) 45%, transparent); stroke-width: 2; }
.sp-bar-expected { stroke: var(--sp-fg); stroke-width: 2; stroke-dasharray: 3 2; }
.sp-bar-actual { fill: var(--sp-card); stroke: var(--sp-status, var(--sp-accent)); stroke-width: 3; }
.sp-bar-scale { display: flex; justify-content: space-between; font-size: .78em; font-variant-numeric: tabular-nums; color: var(--sp-muted); }
.sp-bar-scale small { font-size: .95em; }
.sp-bar-missing, .sp-chart-missing, .sp-tree-missing, .sp-empty { font-size: .85em; color: var(--sp-muted); font-style: italic; }

/* SMART letters and deadline */
.sp-goal-foot { display: flex; flex-wrap: wrap; justify-content: space-between; align-items: center; gap: 8px; margin-top: 12px; }
.sp-letters { display: flex; gap: 4px; }
.sp-letter { width: 24px; height: 24px; display: inline-grid; place-items: center; border-radius: 5px; font-size: .8em; font-weight: 700; cursor: help; }
.sp-letter-ok { color: var(--sp-green); background: color-mix(in srgb, var(--sp-green) 14%, transparent); }
.sp-letter-fail { color: var(--sp-bg); background: var(--sp-red); }
.sp-deadline { font-size: .85em; }
.sp-days { color: var(--sp-muted); }
.sp-reasons { margin-top: 8px !important; font-size: .82em; border-left: 3px solid var(--sp-red); padding-left: 10px !important; }
.sp-reasons li + li { margin-top: 2px; }
.sp-reason-letter { font-weight: 700; color: var(--sp-red); }

/* Chart */
.sp-chart { margin: 14px 0 0; }
.sp-chart-svg { display: block; max-height: 220px; }
.sp-chart-grid { stroke: var(--sp-track); stroke-width: 1; }
.sp-chart-axis { stroke: color-mix(in srgb, var(--sp-fg) 35%, transparent); stroke-width: 1; }
.sp-chart-axis-tick { stroke: color-mix(in srgb, var(--sp-fg) 35%, transparent); }
.sp-chart-label { fill: var(--sp-muted); font-size: 10px; font-family: var(--sp-font); }
.sp-chart-today { stroke: var(--sp-orange); stroke-width: 1.2; stroke-dasharray: 3 3; }
.sp-chart-today-label { fill: var(--sp-orange); }
.sp-chart-plan { fill: none; stroke: var(--sp-muted); stroke-width: 1.6; stroke-dasharray: 5 4; }
.sp-chart-benchmark { fill: var(--sp-card); stroke: var(--sp-muted); stroke-width: 1.5; }
.sp-chart-actual { fill: none; stroke: var(--sp-accent); stroke-width: 2.2; stroke-linejoin: round; }
.sp-chart-checkin { fill: var(--sp-accent); stroke: var(--sp-card); stroke-width: 1.5; }
.sp-chart-legend { display: flex; flex-wrap: wrap; gap: 4px 14px; font-size: .75em; color: var(--sp-muted); margin-top: 2px; }
.sp-key::before { content: ""; display: inline-block; width: 16px; height: 0; margin-right: 5px; vertical-align: middle; border-top: 2px solid; }
.sp-key-plan::before { border-top: 2px dashed var(--sp-muted); }
.sp-key-benchmark::before { width: 7px; height: 7px; border: 1.5px solid var(--sp-muted); transform: rotate(45deg); margin-right: 8px; }
.sp-key-actual::before { border-color: var(--sp-accent); }
.sp-key-today::before { width: 0; height: 12px; border-top: 0; border-left: 1.5px dashed var(--sp-orange); }

/* Strategy → tactic tree */
.sp-goal-strategies { margin-top: 14px; padding-top: 12px; border-top: 1px solid var(--sp-border); }
.sp-goal-strategies h4 { font-size: .72em; text-transform: uppercase; letter-spacing: .06em; color: var(--sp-muted); font-weight: 600; margin-bottom: 8px; }
.sp-strategy + .sp-strategy { margin-top: 10px; }
.sp-node { display: flex; flex-wrap: wrap; align-items: baseline; gap: 4px 8px; }
.sp-node-kind { font-size: .68em; text-transform: uppercase; letter-spacing: .06em; color: var(--sp-muted); font-weight: 600; }
.sp-strategy > .sp-node .sp-node-title { font-weight: 650; }
.sp-node-title { flex: 1 1 12em; min-width: 0; overflow-wrap: anywhere; }
.sp-budget { margin-left: auto; font-size: .85em; font-weight: 600; font-variant-numeric: tabular-nums; white-space: nowrap; }
.sp-message { font-size: .85em; color: var(--sp-muted); font-style: italic; margin: 2px 0 0 !important; overflow-wrap: anywhere; }
.sp-tactics { margin: 6px 0 0 6px !important; border-left: 2px solid var(--sp-border); }
.sp-tactic { display: flex; flex-wrap: wrap; align-items: baseline; gap: 2px 8px; padding: 3px 0 3px 12px; font-size: .88em; }
.sp-tag { font-size: .8em; padding: 0 6px; border-radius: 4px; border: 1px solid var(--sp-border); color: var(--sp-muted); }
.sp-tactic .sp-person { font-weight: 500; color: var(--sp-muted); font-size: .92em; }

/* Journeys */
.sp-journey { background: var(--sp-card); border: 1px solid var(--sp-border); border-radius: var(--sp-radius); padding: 14px 16px; }
.sp-journey + .sp-journey { margin-top: 12px; }
.sp-journey-title { font-size: 1em; font-weight: 650; margin-bottom: 10px !important; overflow-wrap: anywhere; }
.sp-journey-for { font-weight: 400; color: var(--sp-muted); font-size: .9em; }
.sp-steps { display: flex; gap: 22px; overflow-x: auto; padding-bottom: 4px !important; }
.sp-step { position: relative; flex: 1 0 150px; min-width: 150px; border: 1px solid var(--sp-border); border-radius: 6px; padding: 10px 12px; }
.sp-step + .sp-step::before { content: "›"; position: absolute; left: -17px; top: 50%; transform: translateY(-50%); font-size: 1.4em; color: var(--sp-muted); }
.sp-step-number { display: inline-grid; place-items: center; width: 20px; height: 20px; border-radius: 50%; font-size: .72em; font-weight: 700; background: var(--sp-track); }
.sp-step-title { font-weight: 600; font-size: .9em; margin: 6px 0; overflow-wrap: anywhere; }
.sp-reactions li { font-size: .8em; padding-left: 12px; position: relative; overflow-wrap: anywhere; }
.sp-reactions li::before { content: "↳"; position: absolute; left: 0; color: var(--sp-green); }
.sp-step-missing { border: 1.5px dashed var(--sp-orange); background: color-mix(in srgb, var(--sp-orange) 7%, transparent); }
.sp-step-flag { font-size: .8em; font-weight: 650; color: var(--sp-orange); }

/* The pane: click a declaration to reveal it */
.sp-interactive [data-line] { cursor: pointer; }
.sp-interactive .sp-goal:hover, .sp-interactive .sp-journey:hover { border-color: var(--sp-focus); }
.sp-interactive .sp-strategy > .sp-node:hover .sp-node-title, .sp-interactive .sp-tactic:hover .sp-node-title, .sp-interactive .sp-step:hover .sp-step-title { text-decoration: underline; }
.sp-interactive .sp-report { padding: 16px 16px 32px; }
.sp-notice { padding: 16px; color: var(--sp-muted); }
.sp-error { padding: 16px; color: var(--vscode-errorForeground, #cf222e); }

@media print {
  :root { --sp-fg: #1f2328; --sp-bg: #ffffff; --sp-page: #ffffff; --sp-card: #ffffff; --sp-muted: #57606a; --sp-border: #d0d7de; --sp-accent: #0969da; --sp-focus: #0969da;
    --sp-green: #1a7f37; --sp-yellow: #9a6700; --sp-orange: #bc4c00; --sp-red: #cf222e; --sp-blue: #0969da; --sp-purple: #8250df; --sp-grey: #6e7781; }
  @page { margin: 14mm 12mm; }
  body { font-size: 10pt; print-color-adjust: exact; -webkit-print-color-adjust: exact; }
  .sp-report { max-width: none; padding: 0; }
  .sp-goals { grid-template-columns: 1fr 1fr; }
  .sp-goal, .sp-journey, .sp-step, .sp-chart { break-inside: avoid; }
  .sp-steps { flex-wrap: wrap; overflow: visible; }
  .sp-section > h2 { break-after: avoid; }
}
`;

export function renderPlanStyles(): string {
    return STYLES;
}
