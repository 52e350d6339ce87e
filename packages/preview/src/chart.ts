/**
 * A goal's small chart as inline SVG: the planned path (dashed, with its benchmarks)
 * against the check-ins (solid, with a dot each), today as a vertical rule, and both axes
 * labelled. Self-contained: no fonts, images or scripts, colours from the stylesheet.
 */
import type { GoalView } from '@smart-plan/language/protocol';
import { html, type SafeHtml } from './escape.js';
import { formatCompact, formatDate, formatValue, monthName } from '@smart-plan/language/protocol';
import { chartGeometry, type ChartPoint } from './geometry.js';

export function renderChart(goal: GoalView, today: string): SafeHtml {
    const chart = chartGeometry(goal, today);
    if (!chart) {
        return html`<p class="sp-chart-missing">No dated figures to chart yet.</p>`;
    }
    const { box } = chart;
    const bottom = box.height - box.bottom;
    const right = box.width - box.right;
    const points = (list: ChartPoint[]) => list.map(p => `${p.x},${p.y}`).join(' ');
    const describe = (p: ChartPoint & { note?: string }) => `${formatDate(p.date)}: ${formatValue(p.value, goal.unit)}${p.note ? ` — ${p.note}` : ''}`;
    return html`<figure class="sp-chart">
<svg class="sp-chart-svg" viewBox="0 0 ${box.width} ${box.height}" width="100%" role="img" aria-label="${`Planned path and check-ins of ${goal.title}`}">
${chart.yTicks.map(tick => html`<line class="sp-chart-grid" x1="${box.left}" x2="${right}" y1="${tick.y}" y2="${tick.y}"/><text class="sp-chart-label" x="${box.left - 6}" y="${tick.y}" text-anchor="end" dominant-baseline="middle">${formatCompact(tick.value)}</text>`)}
${chart.xTicks.map(tick => html`<line class="sp-chart-axis-tick" x1="${tick.x}" x2="${tick.x}" y1="${bottom}" y2="${bottom + 4}"/><text class="sp-chart-label" x="${tick.x}" y="${bottom + 15}" text-anchor="middle">${monthName(tick.month)}${tick.year !== undefined ? ` ${tick.year}` : ''}</text>`)}
<line class="sp-chart-axis" x1="${box.left}" x2="${right}" y1="${bottom}" y2="${bottom}"/>
${chart.today !== null ? html`<line class="sp-chart-today" x1="${chart.today}" x2="${chart.today}" y1="${box.top}" y2="${bottom}"/><text class="sp-chart-label sp-chart-today-label" x="${chart.today + 3}" y="${box.top + 2}" dominant-baseline="hanging">today</text>` : ''}
${chart.plan.length > 1 ? html`<polyline class="sp-chart-plan" points="${points(chart.plan)}"/>` : ''}
${chart.benchmarks.map(p => html`<rect class="sp-chart-benchmark" x="${p.x - 3}" y="${p.y - 3}" width="6" height="6" transform="rotate(45 ${p.x} ${p.y})"><title>${`Benchmark ${describe(p)}`}</title></rect>`)}
${chart.checkins.length > 1 ? html`<polyline class="sp-chart-actual" points="${points(chart.checkins)}"/>` : ''}
${chart.checkins.map(p => html`<circle class="sp-chart-checkin" cx="${p.x}" cy="${p.y}" r="3.5"><title>${`Check-in ${describe(p)}`}</title></circle>`)}
</svg>
<figcaption class="sp-chart-legend">${[
        chart.plan.length > 1 ? html`<span class="sp-key sp-key-plan">planned path</span>` : '',
        chart.benchmarks.length > 0 ? html`<span class="sp-key sp-key-benchmark">benchmark</span>` : '',
        chart.checkins.length > 0 ? html`<span class="sp-key sp-key-actual">check-ins</span>` : '',
        chart.today !== null ? html`<span class="sp-key sp-key-today">today</span>` : ''
    ]}</figcaption>
</figure>`;
}
