/**
 * Every figure the benchmark reports, with its unit and its budget (issue 8), and the
 * verdict of a measured figure against its budget. A figure without a budget is reported
 * for information; one that cannot be measured yet (no .vsix, no `smart/preview`) is
 * "not available" and fails nothing.
 */

/** @typedef {{ max?: number, min?: number, p95Max?: number }} Budget */

/** @type {Array<{ id: string, unit: string, budget?: Budget, label: (lines: Record<string, string>) => string }>} */
export const FIGURES = [
    { id: 'coldLint200', unit: 'ms', budget: { max: 300 }, label: l => `cold \`smart lint\`, ${l.plan200}-line plan (whole process)` },
    { id: 'lintInProcess50k', unit: 'lines/s', label: l => `lint throughput, ${l.plan50k}-line plan, in process` },
    { id: 'lintProcess50k', unit: 'lines/s', budget: { min: 50_000 }, label: l => `lint throughput, ${l.plan50k}-line plan, whole process` },
    { id: 'lintInProcessWorkspace', unit: 'lines/s', label: l => `lint throughput, workspace (${l.workspace}), in process` },
    { id: 'lintProcessWorkspace', unit: 'lines/s', budget: { min: 50_000 }, label: l => `lint throughput, workspace (${l.workspace}), whole process` },
    { id: 'linearity', unit: '×', label: l => `linearity: build time per line at ${l.plan50k} ÷ at ${l.plan1k} lines` },
    { id: 'checkinImport', unit: 'ms', budget: { max: 2000 }, label: l => `\`smart checkin --from\` ${l.checkinRows} CSV rows into a ${l.plan1k}-line plan (whole process)` },
    { id: 'portfolioReportWorkspace', unit: 'ms', label: l => `\`smart report\` of the workspace (${l.workspace}): the portfolio, HTML (whole process)` },
    { id: 'portfolioRatioWorkspace', unit: '×', budget: { max: 1.5 }, label: l => `\`smart report\` ÷ \`smart lint\`, workspace (${l.workspace}), whole processes in turns` },
    { id: 'rollupWorkspace', unit: 'ms', label: l => `roll-up after a build: statuses, forecasts, roll-ups and tree of the workspace (${l.workspace})` },
    { id: 'rollupRatioWorkspace', unit: '×', label: l => `roll-up ÷ our validation, workspace (${l.workspace})` },
    { id: 'validationRatio5k', unit: '×', budget: { max: 0.25 }, label: l => `our validation ÷ (parse + link), ${l.plan5k}-line plan` },
    { id: 'validationRatio50k', unit: '×', budget: { max: 0.25 }, label: l => `our validation ÷ (parse + link), ${l.plan50k}-line plan` },
    { id: 'validationRatioWorkspace', unit: '×', budget: { max: 0.25 }, label: l => `our validation ÷ (parse + link), workspace (${l.workspace})` },
    { id: 'open1k', unit: 'ms', label: l => `LSP open → first diagnostics, ${l.plan1k} lines (fresh server)` },
    { id: 'open5k', unit: 'ms', label: l => `LSP open → first diagnostics, ${l.plan5k} lines (fresh server)` },
    { id: 'edit1k', unit: 'ms', budget: { max: 30, p95Max: 60 }, label: l => `LSP 1-char edit → diagnostics, ${l.plan1k} lines` },
    { id: 'edit5k', unit: 'ms', budget: { max: 100, p95Max: 200 }, label: l => `LSP 1-char edit → diagnostics, ${l.plan5k} lines` },
    { id: 'completion5k', unit: 'ms', budget: { max: 30 }, label: l => `LSP completion, ${l.plan5k} lines` },
    { id: 'preview5k', unit: 'ms', budget: { max: 50 }, label: l => `LSP smart/preview, ${l.plan5k} lines` },
    { id: 'serverMemory', unit: 'MB', budget: { max: 250 }, label: l => `LSP server memory, workspace (${l.workspace}) open` },
    { id: 'serverMemoryGrowth', unit: 'MB', budget: { max: 20 }, label: l => `LSP server memory growth over ${l.cycles} open/edit/close cycles` },
    { id: 'serverLiveHeapGrowth', unit: 'MB', label: l => `LSP server live heap (after a full collection) growth over ${l.cycles} cycles` },
    { id: 'webStart200', unit: 'ms', label: l => `web worker: start → first diagnostics, ${l.plan200}-line plan (Chromium; the worker loads, initializes, opens)` },
    { id: 'webOpen200', unit: 'ms', label: l => `web worker: open → first diagnostics, ${l.plan200}-line plan (fresh worker)` },
    { id: 'workerBundleSize', unit: 'MB', budget: { max: 1.5 }, label: () => 'web worker language server bundle, minified' },
    { id: 'vsixSize', unit: 'MB', budget: { max: 2 }, label: () => 'packaged .vsix size' }
];

export const FIGURE_IDS = FIGURES.map(figure => figure.id);

/**
 * The verdict of one figure: `pass` or `fail` against its budget, `info` without one,
 * `not-available` without a value, `unjudged` in quick mode.
 */
export function verdict(figure, value, p95, judge) {
    if (value === null || value === undefined) {
        return 'not-available';
    }
    if (!figure.budget) {
        return 'info';
    }
    if (!judge) {
        return 'unjudged';
    }
    const { max, min, p95Max } = figure.budget;
    const ok = (max === undefined || value <= max) && (min === undefined || value >= min) && (p95Max === undefined || (p95 !== undefined && p95 <= p95Max));
    return ok ? 'pass' : 'fail';
}

export function describeBudget(figure) {
    const budget = figure.budget;
    if (!budget) {
        return '';
    }
    const unit = figure.unit === '×' ? '×' : ` ${figure.unit}`;
    const parts = [];
    if (budget.max !== undefined) {
        parts.push(`≤ ${formatNumber(budget.max)}${unit}`);
    }
    if (budget.min !== undefined) {
        parts.push(`≥ ${formatNumber(budget.min)}${unit}`);
    }
    if (budget.p95Max !== undefined) {
        parts.push(`p95 ≤ ${formatNumber(budget.p95Max)}${unit}`);
    }
    return parts.join(', ');
}

export function formatNumber(value) {
    if (Math.abs(value) >= 1000) {
        return Math.round(value).toLocaleString('en-US');
    }
    if (Math.abs(value) >= 100) {
        return value.toFixed(0);
    }
    if (Math.abs(value) >= 10) {
        return value.toFixed(1);
    }
    return value.toFixed(2);
}
