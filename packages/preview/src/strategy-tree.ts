/**
 * The strategy → tactic tree under a goal: each strategy serving it (its message, and its
 * budget summed per currency, as the view model has it) with the tactics that execute it
 * (channel, owner, budget). Each node carries its declaration's line.
 */
import type { GoalView, StrategyView } from '@smart-plan/language/protocol';
import { html, lineAttribute, type SafeHtml } from './escape.js';
import { formatBudgets, formatMoney } from '@smart-plan/language/protocol';

type TacticView = StrategyView['tactics'][number];

export function renderStrategyTree(goal: GoalView): SafeHtml {
    if (goal.strategies.length === 0) {
        return html`<p class="sp-tree-missing">No strategy serves this goal yet.</p>`;
    }
    return html`<ul class="sp-tree" aria-label="Strategies and tactics">${goal.strategies.map(renderStrategy)}</ul>`;
}

function renderStrategy(strategy: StrategyView): SafeHtml {
    return html`<li class="sp-strategy"${lineAttribute(strategy.line)}>
<div class="sp-node"><span class="sp-node-kind">Strategy</span><span class="sp-node-title">${strategy.title}</span>${strategy.budgets.length > 0 ? html`<span class="sp-budget" title="Budget of its tactics">${formatBudgets(strategy.budgets)}</span>` : ''}</div>
${strategy.message ? html`<p class="sp-message">“${strategy.message}”</p>` : ''}
${strategy.tactics.length > 0 ? html`<ul class="sp-tactics">${strategy.tactics.map(renderTactic)}</ul>` : html`<p class="sp-tree-missing">No tactic executes this strategy yet.</p>`}
</li>`;
}

function renderTactic(tactic: TacticView): SafeHtml {
    return html`<li class="sp-tactic"${lineAttribute(tactic.line)}>
<span class="sp-node-kind">Tactic</span><span class="sp-node-title">${tactic.title}</span>${tactic.channel ? html`<span class="sp-tag">${tactic.channel}</span>` : ''}${tactic.owner ? html`<span class="sp-person">${tactic.owner}</span>` : ''}${tactic.budget ? html`<span class="sp-budget">${formatMoney(tactic.budget)}</span>` : ''}
</li>`;
}
