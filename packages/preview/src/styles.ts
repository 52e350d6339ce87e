/**
 * The stylesheet of the pane and the report. Colours and fonts come from VS Code's theme
 * variables, each with a fallback, so the same CSS follows the editor's theme in the
 * webview and gives a clean light report in a browser or on paper (`@media print`). The
 * layout holds from a 360 px pane to a wide screen: grids of cards that wrap, journeys
 * whose steps wrap onto rows, tables that become labelled blocks on a narrow pane, and
 * chart text in fixed CSS pixels. The today marker is drawn in the editor's foreground
 * colour, so it keeps the theme's own text contrast (WCAG AA) in light, dark and
 * high-contrast themes. Interactive affordances (pointer, hover outline, focus ring, the
 * toolbar) only apply under `.sp-interactive`, which the webview sets and the static
 * report does not.
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
  --sp-today: var(--sp-fg);
  --sp-track: color-mix(in srgb, var(--sp-fg) 10%, transparent);
  --sp-font: var(--vscode-font-family, -apple-system, BlinkMacSystemFont, "Segoe UI", "Noto Sans", Helvetica, Arial, sans-serif);
  --sp-radius: 8px;
}
body { margin: 0; background: var(--sp-page); color: var(--sp-fg); font-family: var(--sp-font); font-size: var(--vscode-font-size, 14px); line-height: 1.5; }
.sp-report { max-width: 1120px; margin: 0 auto; padding: 24px 20px 40px; box-sizing: border-box; overflow-wrap: anywhere; }
.sp-report *, .sp-report *::before, .sp-report *::after { box-sizing: border-box; }
.sp-report h1, .sp-report h2, .sp-report h3, .sp-report h4 { margin: 0; line-height: 1.25; }
.sp-report ul, .sp-report ol { margin: 0; padding: 0; list-style: none; }
.sp-report p { margin: 0; }
.sp-report a.sp-ref { color: var(--sp-accent); text-decoration: none; }
.sp-report a.sp-ref:hover { text-decoration: underline; }
.sp-report code { font-family: var(--vscode-editor-font-family, ui-monospace, SFMono-Regular, Menlo, Consolas, monospace); font-size: .92em; padding: 0 4px; border-radius: 4px; background: var(--sp-track); }
.sp-section { margin-top: 28px; }
.sp-section > h2 { font-size: 1.05em; text-transform: uppercase; letter-spacing: .06em; color: var(--sp-muted); font-weight: 600; margin-bottom: 12px; padding-bottom: 6px; border-bottom: 1px solid var(--sp-border); }
.sp-subheading { font-size: .95em; font-weight: 650; margin: 14px 0 8px !important; }
.sp-visually-hidden { position: absolute; width: 1px; height: 1px; margin: -1px; padding: 0; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; border: 0; }
.sp-grid { display: grid; grid-template-columns: repeat(auto-fill, minmax(min(100%, 22rem), 1fr)); gap: 14px; align-items: start; }
.sp-card { background: var(--sp-card); border: 1px solid var(--sp-border); border-radius: var(--sp-radius); padding: 14px 16px; min-width: 0; }
.sp-tag { display: inline-block; font-size: .8em; padding: 0 6px; border-radius: 4px; border: 1px solid var(--sp-border); color: var(--sp-muted); }
.sp-tag-later { border-style: dashed; }
.sp-list li { position: relative; padding-left: 12px; }
.sp-list li::before { content: "•"; position: absolute; left: 0; color: var(--sp-muted); }
.sp-props { display: grid; gap: 6px; margin: 10px 0 0; font-size: .88em; }
.sp-props dt { font-size: .8em; text-transform: uppercase; letter-spacing: .05em; color: var(--sp-muted); }
.sp-props dd { margin: 0; }

/* Plan header */
.sp-plan { padding-bottom: 18px; border-bottom: 2px solid var(--sp-fg); }
.sp-plan-top { display: flex; flex-wrap: wrap; justify-content: space-between; align-items: center; gap: 8px; }
.sp-eyebrow { font-size: .78em; text-transform: uppercase; letter-spacing: .1em; color: var(--sp-muted); font-weight: 600; }
.sp-toolbar { display: flex; gap: 6px; }
.sp-button { font: inherit; font-size: .85em; padding: 3px 12px; border-radius: 4px; cursor: pointer; color: var(--vscode-button-secondaryForeground, var(--sp-fg)); background: var(--vscode-button-secondaryBackground, var(--sp-track)); border: 1px solid var(--vscode-button-border, var(--sp-border)); }
.sp-button:hover { background: var(--vscode-button-secondaryHoverBackground, var(--sp-track)); }
.sp-plan-title { font-size: 1.9em; font-weight: 700; margin-top: 4px !important; }
.sp-plan-file { font-size: .8em; color: var(--sp-muted); margin-top: 2px !important; }
.sp-description { margin-top: 10px !important; font-size: 1.02em; max-width: 70ch; }
.sp-facts { display: grid; grid-template-columns: repeat(auto-fill, minmax(min(100%, 150px), 1fr)); gap: 10px 20px; margin: 16px 0 0; }
.sp-fact dt { font-size: .72em; text-transform: uppercase; letter-spacing: .06em; color: var(--sp-muted); }
.sp-fact dd { margin: 2px 0 0; font-weight: 600; }
.sp-flag { display: inline-block; font-size: .75em; font-weight: 700; text-transform: uppercase; letter-spacing: .04em; padding: 0 6px; border-radius: 4px; vertical-align: 1px; }
.sp-flag-overdue { color: var(--sp-red); background: color-mix(in srgb, var(--sp-red) 14%, transparent); }
.sp-callout { margin-top: 16px; padding: 10px 14px; border-left: 4px solid var(--sp-blue); border-radius: 4px; background: color-mix(in srgb, var(--sp-blue) 9%, transparent); }
.sp-callout p + p { margin-top: 4px; }
.sp-summary { display: flex; flex-wrap: wrap; justify-content: space-between; align-items: center; gap: 8px 16px; margin-top: 16px; }
.sp-summary-goals { display: flex; flex-wrap: wrap; align-items: center; gap: 6px; }
.sp-summary-goals strong { margin-right: 4px; }
.sp-count { font-size: .82em; font-weight: 600; padding: 1px 8px; border-radius: 999px; }
.sp-diagnostics { display: flex; flex-wrap: wrap; gap: 6px; font-size: .82em; color: var(--sp-muted); }
.sp-diag { padding: 1px 8px; border: 1px solid var(--sp-border); border-radius: 999px; }
.sp-diag-error { color: var(--vscode-errorForeground, var(--sp-red)); border-color: currentColor; }
.sp-diag-warning { color: var(--vscode-editorWarning-foreground, var(--sp-yellow)); border-color: currentColor; }
.sp-diag-info { color: var(--vscode-editorInfo-foreground, var(--sp-blue)); border-color: currentColor; }

/* Tables: the goals at a glance, the budget */
.sp-table { width: 100%; border-collapse: collapse; font-size: .9em; background: var(--sp-card); border: 1px solid var(--sp-border); border-radius: var(--sp-radius); }
.sp-table th, .sp-table td { text-align: left; padding: 6px 10px; border-bottom: 1px solid var(--sp-border); vertical-align: top; overflow-wrap: break-word; }
.sp-table thead th { white-space: nowrap; }
.sp-table thead th { font-size: .78em; text-transform: uppercase; letter-spacing: .05em; color: var(--sp-muted); font-weight: 600; }
.sp-table tbody th { font-weight: 600; }
.sp-figure-cell, .sp-number { font-variant-numeric: tabular-nums; }
.sp-number { text-align: right !important; }
.sp-budget-total { margin-bottom: 10px !important; font-size: 1.05em; }
@media (max-width: 720px) {
  .sp-table, .sp-table tbody, .sp-table tr, .sp-table th, .sp-table td { display: block; width: 100%; }
  .sp-table thead { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); }
  .sp-table tr { padding: 8px 10px; border-bottom: 1px solid var(--sp-border); }
  .sp-table th, .sp-table td { border: 0; padding: 1px 0; }
  .sp-table td { display: inline-block; width: auto; margin-right: 14px; white-space: normal; }
  .sp-table td[data-label]::before { content: attr(data-label) ": "; color: var(--sp-muted); font-size: .85em; }
  .sp-number { text-align: left !important; }
}

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
.sp-goal-head { display: flex; flex-wrap: wrap; justify-content: space-between; align-items: flex-start; gap: 6px 12px; }
.sp-goal-title { font-size: 1.12em; font-weight: 650; flex: 1 1 12em; min-width: 0; }
.sp-chip { flex: none; display: inline-flex; align-items: center; gap: 2px; font-size: .8em; font-weight: 650; white-space: nowrap; padding: 2px 10px; border-radius: 999px; }
.sp-chip-done, .sp-chip-on-track { color: var(--sp-green); background: color-mix(in srgb, var(--sp-green) 14%, transparent); }
.sp-chip-at-risk { color: var(--sp-yellow); background: color-mix(in srgb, var(--sp-yellow) 16%, transparent); }
.sp-chip-behind, .sp-chip-missed { color: var(--sp-red); background: color-mix(in srgb, var(--sp-red) 14%, transparent); }
.sp-chip-not-started { color: var(--sp-blue); background: color-mix(in srgb, var(--sp-blue) 14%, transparent); }
.sp-chip-unknown { color: var(--sp-grey); background: color-mix(in srgb, var(--sp-grey) 16%, transparent); }
.sp-goal-meta { display: flex; flex-wrap: wrap; gap: 4px 14px; margin-top: 6px !important; font-size: .85em; }
.sp-meta-label { color: var(--sp-muted); }
.sp-person { font-weight: 600; }
.sp-avatar { display: inline-block; padding: 0 6px; border-radius: 4px; background: color-mix(in srgb, var(--sp-purple) 12%, transparent); color: var(--sp-purple); font-size: .95em; }
.sp-report a.sp-avatar { color: var(--sp-purple); }
.sp-warn { color: var(--sp-orange); font-weight: 600; }
.sp-figures { display: grid; grid-template-columns: repeat(auto-fit, minmax(6.5em, 1fr)); gap: 8px; margin: 14px 0 6px; }
.sp-figures dt { font-size: .7em; text-transform: uppercase; letter-spacing: .05em; color: var(--sp-muted); }
.sp-figures dd { margin: 0; font-size: 1.15em; font-weight: 650; font-variant-numeric: tabular-nums; }
.sp-figure-actual { color: var(--sp-status, inherit); }
.sp-goal-part { margin-top: 14px; padding-top: 12px; border-top: 1px solid var(--sp-border); }
.sp-goal-part h4, .sp-part-heading { font-size: .72em; text-transform: uppercase; letter-spacing: .06em; color: var(--sp-muted); font-weight: 600; margin: 0 0 6px !important; }
.sp-served li + li { margin-top: 2px; }
.sp-checkins { display: grid; gap: 4px; font-size: .88em; }
.sp-checkin { display: flex; flex-wrap: wrap; align-items: baseline; gap: 2px 8px; }
.sp-checkin-date { color: var(--sp-muted); font-variant-numeric: tabular-nums; min-width: 6.5em; }
.sp-checkin-value { font-weight: 650; font-variant-numeric: tabular-nums; }
.sp-checkin-later { color: var(--sp-muted); }
.sp-note { flex-basis: 100%; padding-left: calc(6.5em + 8px); font-style: italic; }

/* Progress bar */
.sp-bar { margin: 4px 0 2px; }
.sp-bar-svg { display: block; overflow: visible; }
.sp-bar-track { fill: var(--sp-track); }
.sp-bar-fill { fill: var(--sp-status, var(--sp-accent)); }
.sp-bar-tick { stroke: color-mix(in srgb, var(--sp-fg) 45%, transparent); stroke-width: 2; }
.sp-bar-expected { stroke: var(--sp-today); stroke-width: 2; stroke-dasharray: 3 2; }
.sp-bar-actual { fill: var(--sp-card); stroke: var(--sp-status, var(--sp-accent)); stroke-width: 3; }
.sp-bar-scale { display: flex; flex-wrap: wrap; justify-content: space-between; gap: 0 8px; font-size: .78em; font-variant-numeric: tabular-nums; color: var(--sp-muted); }
.sp-bar-scale small { font-size: .95em; }
.sp-bar-missing, .sp-chart-missing, .sp-tree-missing, .sp-empty { font-size: .85em; color: var(--sp-muted); font-style: italic; }

/* SMART letters and deadline */
.sp-goal-foot { display: flex; flex-wrap: wrap; justify-content: space-between; align-items: center; gap: 8px; margin-top: 12px; }
.sp-letters { display: flex; gap: 4px; }
.sp-letter { width: 24px; height: 24px; display: inline-grid; place-items: center; border-radius: 5px; font-size: .8em; font-weight: 700; cursor: help; }
.sp-letter-ok { color: var(--sp-green); background: color-mix(in srgb, var(--sp-green) 14%, transparent); }
.sp-letter-fail { color: var(--sp-bg); background: var(--sp-red); }
.sp-deadline { font-size: .85em; }
.sp-forecast, .sp-rollup { font-size: .85em; margin-top: 8px !important; }
.sp-rollup { padding-left: 8px; border-left: 3px solid var(--sp-rollup, var(--sp-grey)); }
.sp-rollup-done, .sp-rollup-on-track { --sp-rollup: var(--sp-green); }
.sp-rollup-at-risk { --sp-rollup: var(--sp-yellow); }
.sp-rollup-behind, .sp-rollup-missed { --sp-rollup: var(--sp-red); }
.sp-rollup-not-started { --sp-rollup: var(--sp-blue); }
.sp-days { color: var(--sp-muted); }
.sp-reasons { margin-top: 8px !important; font-size: .82em; border-left: 3px solid var(--sp-red); padding-left: 10px !important; }
.sp-reasons li + li { margin-top: 2px; }
.sp-reason-letter { font-weight: 700; color: var(--sp-red); }

/* Chart: CSS pixels, x in percent of the plot, so its text keeps its size at any width */
.sp-chart { margin: 14px 0 0; container-type: inline-size; }
@container (max-width: 340px) { .sp-chart-tick-odd { display: none; } }
.sp-chart-body { display: grid; grid-template-columns: 44px minmax(0, 1fr); padding-right: 12px; }
.sp-chart-svg, .sp-chart-axis-svg { display: block; overflow: visible; }
.sp-chart-grid { stroke: var(--sp-track); stroke-width: 1; }
.sp-chart-axis { stroke: color-mix(in srgb, var(--sp-fg) 35%, transparent); stroke-width: 1; }
.sp-chart-axis-tick { stroke: color-mix(in srgb, var(--sp-fg) 35%, transparent); }
.sp-chart-label { fill: var(--sp-muted); font-size: 11px; font-family: var(--sp-font); }
.sp-chart-today { stroke: var(--sp-today); stroke-width: 1.5; stroke-dasharray: 4 3; }
.sp-chart-today-label { fill: var(--sp-today); font-weight: 600; }
.sp-chart-plan { stroke: var(--sp-muted); stroke-width: 1.6; stroke-dasharray: 5 4; stroke-linecap: round; }
.sp-chart-benchmark { fill: var(--sp-card); stroke: var(--sp-muted); stroke-width: 1.5; }
.sp-chart-actual { stroke: var(--sp-accent); stroke-width: 2.2; stroke-linecap: round; }
.sp-chart-checkin { fill: var(--sp-accent); stroke: var(--sp-card); stroke-width: 1.5; }
.sp-chart-forecast { stroke: var(--sp-accent); stroke-width: 1.8; stroke-dasharray: 1 4; stroke-linecap: round; }
.sp-chart-forecast-end { fill: var(--sp-card); stroke: var(--sp-accent); stroke-width: 1.5; }
.sp-chart-legend { display: flex; flex-wrap: wrap; gap: 4px 14px; font-size: max(11px, .78em); color: var(--sp-muted); margin-top: 4px; }
.sp-key::before { content: ""; display: inline-block; width: 16px; height: 0; margin-right: 5px; vertical-align: middle; border-top: 2px solid; }
.sp-key-plan::before { border-top: 2px dashed var(--sp-muted); }
.sp-key-benchmark::before { width: 7px; height: 7px; border: 1.5px solid var(--sp-muted); transform: rotate(45deg); margin-right: 8px; }
.sp-key-actual::before { border-color: var(--sp-accent); }
.sp-key-forecast::before { border-top: 2px dotted var(--sp-accent); }
.sp-key-today::before { width: 0; height: 12px; border-top: 0; border-left: 1.5px dashed var(--sp-today); }

/* Strategies and tactics */
.sp-node { display: flex; flex-wrap: wrap; align-items: baseline; gap: 4px 8px; }
.sp-node-kind { font-size: .68em; text-transform: uppercase; letter-spacing: .06em; color: var(--sp-muted); font-weight: 600; }
.sp-node-title { flex: 1 1 12em; min-width: 0; font-size: 1em; }
h3.sp-node-title { font-weight: 650; }
.sp-budget { margin-left: auto; font-size: .85em; font-weight: 600; font-variant-numeric: tabular-nums; }
.sp-message { font-size: .9em; font-style: italic; margin: 6px 0 0 !important; }
.sp-proposition { font-size: .85em; margin-top: 4px !important; }
.sp-tactics { margin: 10px 0 0 6px !important; border-left: 2px solid var(--sp-border); }
.sp-tactic { padding: 4px 0 4px 12px; font-size: .88em; }
.sp-tactic + .sp-tactic { margin-top: 2px; }
.sp-tactic-facts { display: flex; flex-wrap: wrap; align-items: baseline; gap: 2px 10px; font-size: .92em; color: var(--sp-muted); margin-top: 2px !important; }
.sp-tactic-facts .sp-person { font-weight: 500; }
.sp-tactic-note { font-size: .9em; color: var(--sp-muted); }
.sp-tactic-loose { border-left: 2px dashed var(--sp-orange); margin-left: -2px; }
.sp-unassigned { margin-top: 14px; }

/* Ideal clients */
.sp-segment { font-size: .88em; color: var(--sp-muted); margin: 4px 0 10px !important; }
.sp-needs { display: grid; gap: 4px; font-size: .88em; }
.sp-need { display: flex; flex-wrap: wrap; gap: 0 8px; }
.sp-need-title { font-weight: 600; }
.sp-need-by { color: var(--sp-muted); }

/* Journeys: steps wrap onto rows, never scroll sideways */
.sp-journey { background: var(--sp-card); border: 1px solid var(--sp-border); border-radius: var(--sp-radius); padding: 14px 16px; min-width: 0; }
.sp-journey + .sp-journey { margin-top: 12px; }
.sp-journey-title { font-size: 1em; font-weight: 650; margin-bottom: 10px !important; }
.sp-journey-for { font-weight: 400; color: var(--sp-muted); font-size: .9em; }
.sp-steps { display: grid; grid-template-columns: repeat(auto-fill, minmax(min(100%, 13rem), 1fr)); gap: 10px; }
.sp-step { min-width: 0; border: 1px solid var(--sp-border); border-radius: 6px; padding: 10px 12px; }
.sp-step-head { display: flex; align-items: flex-start; gap: 8px; margin-bottom: 6px; }
.sp-step-number { flex: none; display: inline-grid; place-items: center; width: 22px; height: 22px; border-radius: 50%; font-size: .75em; font-weight: 700; background: var(--sp-track); }
.sp-step-title { font-weight: 600; font-size: .92em; min-width: 0; }
.sp-reactions li { font-size: .85em; padding-left: 14px; position: relative; }
.sp-reactions li::before { content: "↳"; position: absolute; left: 0; color: var(--sp-green); }
.sp-step-details { margin: 6px 0 0; font-size: .8em; }
.sp-step-details dt { color: var(--sp-muted); text-transform: uppercase; letter-spacing: .05em; font-size: .85em; margin-top: 4px; }
.sp-step-details dd { margin: 0; }
.sp-step-missing { border: 1.5px dashed var(--sp-orange); background: color-mix(in srgb, var(--sp-orange) 7%, transparent); }
.sp-step-flag { font-size: .8em; font-weight: 650; color: var(--sp-orange); }

/* SWOT */
.sp-swot-grid { display: grid; grid-template-columns: repeat(auto-fit, minmax(min(100%, 16rem), 1fr)); gap: 10px; }
.sp-swot-part { background: var(--sp-card); border: 1px solid var(--sp-border); border-top: 3px solid var(--sp-swot, var(--sp-grey)); border-radius: 6px; padding: 8px 12px 10px; font-size: .9em; }
.sp-swot-part .sp-subheading { margin-top: 0 !important; }
.sp-swot-s { --sp-swot: var(--sp-green); }
.sp-swot-w { --sp-swot: var(--sp-orange); }
.sp-swot-o { --sp-swot: var(--sp-blue); }
.sp-swot-t { --sp-swot: var(--sp-red); }

/* Reviews, skills, people, metrics */
.sp-review-list { display: grid; gap: 10px; }
.sp-review-title { font-size: .98em; font-weight: 650; }
.sp-review-people { font-size: .88em; margin-top: 4px !important; }
.sp-decisions { margin-top: 6px !important; font-size: .9em; }
.sp-decisions li { position: relative; padding-left: 16px; }
.sp-decisions li::before { content: "→"; position: absolute; left: 0; color: var(--sp-muted); }
.sp-rows { display: grid; gap: 6px; }
.sp-row { display: flex; flex-wrap: wrap; align-items: baseline; gap: 2px 12px; padding: 6px 10px; background: var(--sp-card); border: 1px solid var(--sp-border); border-radius: 6px; font-size: .92em; }
.sp-row-title { font-weight: 600; }
.sp-row-facts { color: var(--sp-muted); }

/* The pane: click, or focus and press Enter, to reveal a declaration */
.sp-interactive [data-line] { cursor: pointer; }
.sp-interactive [data-line]:focus { outline: none; }
.sp-interactive [data-line]:focus-visible { outline: 2px solid var(--sp-focus); outline-offset: 2px; }
.sp-interactive .sp-goal:hover, .sp-interactive .sp-journey:hover, .sp-interactive .sp-card:hover { border-color: var(--sp-focus); }
.sp-interactive .sp-tactic:hover .sp-node-title, .sp-interactive .sp-step:hover .sp-step-title, .sp-interactive .sp-row:hover .sp-row-title { text-decoration: underline; }
.sp-interactive .sp-report { padding: 16px 16px 32px; }
.sp-highlight { animation: sp-highlight 1.6s ease-out; }
@keyframes sp-highlight { from { box-shadow: 0 0 0 3px var(--sp-focus); } to { box-shadow: 0 0 0 3px transparent; } }
.sp-notice { padding: 16px; color: var(--sp-muted); }
.sp-error { padding: 16px; color: var(--vscode-errorForeground, #cf222e); }

@media print {
  :root { --sp-fg: #1f2328; --sp-bg: #ffffff; --sp-page: #ffffff; --sp-card: #ffffff; --sp-muted: #57606a; --sp-border: #d0d7de; --sp-accent: #0969da; --sp-focus: #0969da;
    --sp-green: #1a7f37; --sp-yellow: #9a6700; --sp-orange: #bc4c00; --sp-red: #cf222e; --sp-blue: #0969da; --sp-purple: #8250df; --sp-grey: #6e7781; }
  @page { margin: 14mm 12mm; }
  body { font-size: 10pt; print-color-adjust: exact; -webkit-print-color-adjust: exact; }
  .sp-report { max-width: none; padding: 0; }
  .sp-toolbar { display: none; }
  .sp-goals { grid-template-columns: 1fr 1fr; }
  .sp-goal, .sp-journey, .sp-step, .sp-chart, .sp-card, .sp-table tr { break-inside: avoid; }
  .sp-section > h2 { break-after: avoid; }
}
`;

export function renderPlanStyles(): string {
    return STYLES;
}
