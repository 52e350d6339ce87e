/**
 * A goal's progress bar as inline SVG: the track from baseline (left) to target (right),
 * the part done, a tick per benchmark, a dashed marker for expected-today and a dot for
 * the actual value. Positions are SVG percentages, so the bar stretches with the card
 * without distorting its marks, and no inline style is needed (the webview's CSP forbids
 * style attributes).
 */
import type { GoalView } from '@smart-plan/language/protocol';
import { html, type SafeHtml } from './escape.js';
import { formatDate, formatPercent, formatValue } from '@smart-plan/language/protocol';
import { progressBar } from './geometry.js';

export function renderProgressBar(goal: GoalView): SafeHtml {
    const bar = progressBar(goal);
    if (!bar) {
        return html`<p class="sp-bar-missing">No baseline and target to measure progress against.</p>`;
    }
    const value = (v: number | null) => formatValue(v, goal.unit);
    const label = `Progress ${formatPercent(goal.progress)} from ${value(goal.baseline)} to ${value(goal.target)}` +
        (goal.expected !== null ? `; expected today ${value(goal.expected)}` : '');
    return html`<div class="sp-bar">
<svg class="sp-bar-svg" width="100%" height="28" role="img" aria-label="${label}">
<rect class="sp-bar-track" x="0" y="9" width="100%" height="10" rx="5"/>
${bar.fill !== null && bar.fill > 0 ? html`<rect class="sp-bar-fill" x="0" y="9" width="${bar.fill}%" height="10" rx="5"/>` : ''}
${bar.ticks.map(tick => html`<line class="sp-bar-tick" x1="${tick.at}%" x2="${tick.at}%" y1="5" y2="23"><title>${`Benchmark ${value(tick.value)} by ${formatDate(tick.date)}`}</title></line>`)}
${bar.expected !== null ? html`<line class="sp-bar-expected" x1="${bar.expected}%" x2="${bar.expected}%" y1="1" y2="27"><title>${`Expected today: ${value(goal.expected)}`}</title></line>` : ''}
${bar.actual !== null ? html`<circle class="sp-bar-actual" cx="${bar.actual}%" cy="14" r="6"><title>${`Actual: ${value(goal.actual)}`}</title></circle>` : ''}
</svg>
<div class="sp-bar-scale"><span>${value(goal.baseline)} <small>baseline</small></span><span>${value(goal.target)} <small>target</small></span></div>
</div>`;
}
