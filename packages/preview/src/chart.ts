/**
 * A goal's small chart as inline SVG: the planned path (dashed, with its benchmarks)
 * against the check-ins (solid, with a dot each), the forecast at the pace so far (dotted,
 * from the last check-in to the deadline), today as a vertical rule, and both axes
 * labelled. Drawn in CSS pixels with x as a percentage of the card's width (geometry.ts):
 * the chart stretches with the card while its labels keep their size, legible at any pane
 * width. Self-contained: no fonts, images or scripts, colours from the stylesheet.
 */
import type { GoalView } from '@smart-plan/language/protocol';
import { formatCompact, formatDate, formatForecastValue, formatValue, monthName } from '@smart-plan/language/protocol';
import { html, type SafeHtml } from './escape.js';
import { chartGeometry, segments, type ChartPoint } from './geometry.js';

/** Today's label sits right of its rule, or left of it near the right edge. */
const TODAY_LABEL_FLIP = 80;
/** A month label this close (percent) to an edge is aligned to it rather than centred. */
const EDGE = 5;

export function renderChart(goal: GoalView, today: string): SafeHtml {
    const chart = chartGeometry(goal, today);
    if (!chart) {
        return html`<p class="sp-chart-missing">No dated figures to chart yet.</p>`;
    }
    const { box } = chart;
    const bottom = box.height - box.bottom;
    const line = (points: ChartPoint[], className: string) => segments(points).map(([a, b]) => html`<line class="${className}" x1="${`${a.x}%`}" y1="${a.y}" x2="${`${b.x}%`}" y2="${b.y}"/>`);
    const describe = (p: ChartPoint & { note?: string }) => `${formatDate(p.date)}: ${formatValue(p.value, goal.unit)}${p.note ? ` — ${p.note}` : ''}`;
    const label = `Chart of ${goal.title}: planned path from ${formatValue(goal.baseline, goal.unit)} to ${formatValue(goal.target, goal.unit)}, ${chart.checkins.length} check-in${chart.checkins.length === 1 ? '' : 's'}`;
    return html`<figure class="sp-chart">
<div class="sp-chart-body">
<svg class="sp-chart-axis-svg" width="44" height="${box.height}" aria-hidden="true">
${chart.yTicks.map(tick => html`<text class="sp-chart-label" x="40" y="${tick.y}" text-anchor="end" dominant-baseline="middle">${formatCompact(tick.value)}</text>`)}
</svg>
<svg class="sp-chart-svg" width="100%" height="${box.height}" role="img" aria-label="${label}">
${chart.yTicks.map(tick => html`<line class="sp-chart-grid" x1="0" x2="100%" y1="${tick.y}" y2="${tick.y}"/>`)}
<line class="sp-chart-axis" x1="0" x2="100%" y1="${bottom}" y2="${bottom}"/>
${chart.xTicks.map((tick, index) => html`<line class="sp-chart-axis-tick" x1="${`${tick.x}%`}" x2="${`${tick.x}%`}" y1="${bottom}" y2="${bottom + 4}"/><text class="${index % 2 === 1 ? 'sp-chart-label sp-chart-tick-odd' : 'sp-chart-label'}" x="${`${tick.x}%`}" y="${bottom + 16}" text-anchor="${tick.x < EDGE ? 'start' : tick.x > 100 - EDGE ? 'end' : 'middle'}">${monthName(tick.month)}${tick.year !== undefined ? ` ${tick.year}` : ''}</text>`)}
${chart.today !== null ? html`<line class="sp-chart-today" x1="${`${chart.today}%`}" x2="${`${chart.today}%`}" y1="${box.top}" y2="${bottom}"/><text class="sp-chart-label sp-chart-today-label" x="${`${chart.today}%`}" dx="${chart.today > TODAY_LABEL_FLIP ? -4 : 4}" y="${box.top - 4}" text-anchor="${chart.today > TODAY_LABEL_FLIP ? 'end' : 'start'}">today</text>` : ''}
${line(chart.plan, 'sp-chart-plan')}
${chart.benchmarks.map(p => html`<svg x="${`${p.x}%`}" y="${p.y}" overflow="visible"><rect class="sp-chart-benchmark" x="-3.5" y="-3.5" width="7" height="7" transform="rotate(45)"><title>${`Benchmark ${describe(p)}`}</title></rect></svg>`)}
${line(chart.projection, 'sp-chart-forecast')}
${chart.projection.length > 0 ? html`<circle class="sp-chart-forecast-end" cx="${`${chart.projection[1].x}%`}" cy="${chart.projection[1].y}" r="3"><title>${`Forecast ${formatForecastValue(goal)} at the pace so far`}</title></circle>` : ''}
${line(chart.checkins, 'sp-chart-actual')}
${chart.checkins.map(p => html`<circle class="sp-chart-checkin" cx="${`${p.x}%`}" cy="${p.y}" r="4"><title>${`Check-in ${describe(p)}`}</title></circle>`)}
</svg>
</div>
<figcaption class="sp-chart-legend">${[
        chart.plan.length > 1 ? html`<span class="sp-key sp-key-plan">planned path</span>` : '',
        chart.benchmarks.length > 0 ? html`<span class="sp-key sp-key-benchmark">benchmark</span>` : '',
        chart.checkins.length > 0 ? html`<span class="sp-key sp-key-actual">check-ins</span>` : '',
        chart.projection.length > 0 ? html`<span class="sp-key sp-key-forecast">forecast</span>` : '',
        chart.today !== null ? html`<span class="sp-key sp-key-today">today</span>` : ''
    ]}</figcaption>
</figure>`;
}
