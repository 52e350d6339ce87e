/**
 * The portfolio's own styles, after the plan stylesheet (styles.ts), whose variables,
 * tables, chips and flags it reuses: the contents list in columns (so 500 plans stay a
 * page or two), the alignment tree as indented rows with a guide line per level, each
 * plan's part set apart on screen and starting a new page in print.
 */
export const PORTFOLIO_STYLES = `.sp-muted-file { color: var(--sp-muted); font-size: .85em; font-weight: 400; }
.sp-section-note { font-size: .88em; color: var(--sp-muted); margin-bottom: 10px !important; }
.sp-flag-syntax { color: var(--sp-red); background: color-mix(in srgb, var(--sp-red) 14%, transparent); }
.sp-contents-parts { display: flex; flex-wrap: wrap; gap: 4px 20px; margin-bottom: 10px !important; font-weight: 600; }
.sp-contents-plans { columns: 15rem; column-gap: 28px; font-size: .92em; }
.sp-contents-plans li { break-inside: avoid; padding: 1px 0; }
.sp-plans-table .sp-summary-goals { gap: 4px; }
.sp-tree { font-size: .92em; }
.sp-tree-children { margin-left: 9px !important; padding-left: 14px !important; border-left: 2px solid var(--sp-border); }
.sp-tree-row { display: flex; flex-wrap: wrap; align-items: baseline; gap: 2px 10px; padding: 4px 0; }
.sp-tree-title { font-weight: 600; }
.sp-tree-figures { font-variant-numeric: tabular-nums; }
.sp-rollup { font-size: .85em; font-weight: 600; padding: 0 8px; border-radius: 999px; }
.sp-tree-plan { color: var(--sp-muted); font-size: .85em; }
.sp-portfolio-plan { margin-top: 36px; border-top: 4px double var(--sp-border); }
.sp-portfolio-back { max-width: 1120px; margin: 10px auto 0; padding: 0 20px; box-sizing: border-box; font-size: .85em; }
.sp-portfolio-back a { color: var(--sp-accent); text-decoration: none; }
@media print {
  .sp-portfolio-plan { break-before: page; margin-top: 0; border-top: 0; }
  .sp-portfolio-back { display: none; }
  .sp-tree-row, .sp-contents-plans li { break-inside: avoid; }
}`;
