/**
 * The plan's budget: the total per currency, then per strategy (tactics under none of this
 * plan's strategies grouped by what they execute) and per channel, as the view model sums
 * them. A recurring budget counts once per period in its span.
 */
import { formatBudgets } from '@smart-plan/language/protocol';
import type { RenderContext } from './context.js';
import { html, type SafeHtml } from './escape.js';
import { renderRef, sectionHeadingId } from './refs.js';

export function renderBudget(context: RenderContext): SafeHtml {
    const { budget } = context.view;
    if (budget.total.length === 0) {
        return html``;
    }
    const table = (heading: string, rows: Array<[SafeHtml | string, string]>) => html`<table class="sp-table sp-budget-table">
<thead><tr><th scope="col">${heading}</th><th scope="col" class="sp-number">Budget</th></tr></thead>
<tbody>${rows.map(([label, amount]) => html`<tr><th scope="row">${label}</th><td class="sp-number" data-label="Budget">${amount}</td></tr>`)}</tbody>
</table>`;
    return html`<section class="sp-section sp-budget-section" aria-labelledby="${sectionHeadingId(context, 'budget')}">
<h2 id="${sectionHeadingId(context, 'budget')}">Budget</h2>
<p class="sp-budget-total"><span class="sp-meta-label">Total</span> <strong>${formatBudgets(budget.total)}</strong></p>
<div class="sp-grid">
${table('Strategy', budget.byStrategy.map(row => [row.strategy ? renderRef(context, 'strategy', row.strategy) : html`<span class="sp-warn">No strategy</span>`, formatBudgets(row.budgets)]))}
${table('Channel', budget.byChannel.map(row => [row.channel ?? html`<span class="sp-warn">No channel</span>`, formatBudgets(row.budgets)]))}
</div>
</section>`;
}
