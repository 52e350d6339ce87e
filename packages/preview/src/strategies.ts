/**
 * The strategies and tactics, each strategy drawn once (so no budget is shown twice): its
 * message and proposition, the goals it serves, its audience and the needs it addresses,
 * its budget summed per currency, and the tactics that execute it (channel, owner, budget,
 * span, the metric it moves, the skills behind it). Then the tactics under none of this
 * plan's strategies, flagged when they execute none at all. Each node carries its line.
 */
import type { StrategyView, TacticView } from '@smart-plan/language/protocol';
import { formatBudgets, formatMoney } from '@smart-plan/language/protocol';
import type { RenderContext } from './context.js';
import { html, type SafeHtml } from './escape.js';
import { budgetRateText, spanText } from './labels.js';
import { declarationAttributes, headingId, renderRef, renderRefs, sectionHeadingId } from './refs.js';

export function renderStrategies(context: RenderContext): SafeHtml {
    const { strategies, unassignedTactics } = context.view;
    if (strategies.length === 0 && unassignedTactics.length === 0) {
        return html``;
    }
    return html`<section class="sp-section sp-strategies" aria-labelledby="${sectionHeadingId(context, 'strategies')}">
<h2 id="${sectionHeadingId(context, 'strategies')}">Strategies and tactics</h2>
${strategies.length > 0 ? html`<div class="sp-grid">${strategies.map(strategy => renderStrategy(context, strategy))}</div>` : html`<p class="sp-empty">This plan has no strategy yet.</p>`}
${unassignedTactics.length > 0 ? html`<div class="sp-unassigned">
<h3 class="sp-subheading">Tactics under none of these strategies</h3>
<ul class="sp-tactics">${unassignedTactics.map(tactic => renderTactic(context, tactic, true))}</ul>
</div>` : ''}
</section>`;
}

function renderStrategy(context: RenderContext, strategy: StrategyView): SafeHtml {
    const title = headingId(context, 'strategy', strategy.name);
    const prop = (label: string, content: SafeHtml) => html`<div><dt>${label}</dt><dd>${content}</dd></div>`;
    return html`<article class="sp-card sp-strategy"${declarationAttributes(context, strategy.line, { anchor: ['strategy', strategy.name], labelledBy: title })}>
<header class="sp-node"><span class="sp-node-kind">Strategy</span><h3 class="sp-node-title" id="${title}">${strategy.title}</h3>${strategy.budgets.length > 0 ? html`<span class="sp-budget" title="Budget of its tactics">${formatBudgets(strategy.budgets)}</span>` : ''}</header>
${strategy.message ? html`<p class="sp-message">“${strategy.message}”</p>` : ''}
${strategy.proposition ? html`<p class="sp-proposition"><span class="sp-meta-label">Offer</span> ${strategy.proposition}</p>` : ''}
<dl class="sp-props">
${prop('Serves', strategy.serves.length > 0 ? renderRefs(context, 'goal', strategy.serves) : html`<span class="sp-warn">no goal</span>`)}
${strategy.audience.length > 0 ? prop('Audience', renderRefs(context, 'avatar', strategy.audience, 'sp-ref sp-avatar')) : ''}
${strategy.addresses.length > 0 ? prop('Addresses', renderRefs(context, 'need', strategy.addresses)) : ''}
</dl>
${strategy.tactics.length > 0 ? html`<ul class="sp-tactics">${strategy.tactics.map(tactic => renderTactic(context, tactic, false))}</ul>` : html`<p class="sp-tree-missing">No tactic executes this strategy yet.</p>`}
</article>`;
}

function renderTactic(context: RenderContext, tactic: TacticView, unassigned: boolean): SafeHtml {
    const span = spanText(tactic.from, tactic.to);
    return html`<li class="${unassigned && !tactic.strategy ? 'sp-tactic sp-tactic-loose' : 'sp-tactic'}"${declarationAttributes(context, tactic.line, { anchor: ['tactic', tactic.name] })}>
<div class="sp-node"><span class="sp-node-kind">Tactic</span><span class="sp-node-title">${tactic.title}</span>${tactic.budget ? html`<span class="sp-budget">${formatMoney(tactic.budget)}</span>` : ''}</div>
<p class="sp-tactic-facts">${[
        tactic.channel ? html`<span class="sp-tag">${tactic.channel}</span>` : '',
        tactic.owner ? renderRef(context, 'person', tactic.owner, 'sp-ref sp-person') : html`<span class="sp-warn">no owner</span>`,
        tactic.budgetRate ? html`<span class="sp-fact-text">${budgetRateText(tactic.budgetRate)}</span>` : '',
        span ? html`<span class="sp-fact-text">${span}</span>` : '',
        tactic.moves ? html`<span class="sp-fact-text">moves ${renderRef(context, 'metric', tactic.moves)}</span>` : '',
        tactic.skills.length > 0 ? html`<span class="sp-fact-text">skills: ${renderRefs(context, 'skill', tactic.skills)}</span>` : ''
    ]}</p>
${unassigned ? tactic.strategy
            ? html`<p class="sp-tactic-note">Executes ${renderRef(context, 'strategy', tactic.strategy)}, not a strategy of this plan</p>`
            : html`<p class="sp-step-flag"><span aria-hidden="true">⚠</span> Executes no strategy: the medium of no message</p>` : ''}
</li>`;
}
