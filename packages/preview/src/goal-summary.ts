/**
 * The goals at a glance, first on the page: one row per goal with its status and figures
 * (the columns of goal-columns.ts), the goal's title linking to its card. On a narrow pane
 * each row reads as a small block of labelled figures (the cells carry their column's
 * heading for that).
 */
import type { RenderContext } from './context.js';
import { html, type SafeHtml } from './escape.js';
import { GOAL_FIGURE_COLUMNS } from './goal-columns.js';
import { renderStatusChip } from './goal-card.js';
import { renderRef, sectionHeadingId } from './refs.js';

export function renderGoalSummary(context: RenderContext): SafeHtml {
    const { goals } = context.view;
    if (goals.length === 0) {
        return html``;
    }
    return html`<section class="sp-section sp-overview" aria-labelledby="${sectionHeadingId(context, 'overview')}">
<h2 id="${sectionHeadingId(context, 'overview')}">Goals at a glance</h2>
<table class="sp-table sp-goal-table">
<thead><tr><th scope="col">Goal</th><th scope="col">Status</th>${GOAL_FIGURE_COLUMNS.map(column => html`<th scope="col">${column.heading}</th>`)}</tr></thead>
<tbody>
${goals.map(goal => html`<tr>
<th scope="row" class="sp-goal-cell">${renderRef(context, 'goal', goal)}</th>
<td data-label="Status">${renderStatusChip(goal.status)}</td>
${GOAL_FIGURE_COLUMNS.map(column => html`<td class="sp-figure-cell" data-label="${column.heading}">${column.text(goal)}</td>`)}
</tr>`)}
</tbody>
</table>
</section>`;
}
