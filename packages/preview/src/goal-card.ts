/**
 * One goal's card: title, status chip, owner and avatars, the figures (actual, expected
 * today, target, progress), the progress bar, the SMART letters, the deadline with days
 * left, the chart, and the strategy → tactic tree. Clicking the card reveals the goal.
 */
import type { GoalView } from '@smart-plan/language/protocol';
import { renderChart } from './chart.js';
import { html, lineAttribute, type SafeHtml } from './escape.js';
import { formatDate, formatDaysLeft, formatPercent, formatValue } from '@smart-plan/language/protocol';
import { statusChip, statusClass } from './labels.js';
import { renderLetterReasons, renderLetters } from './letters.js';
import { renderProgressBar } from './progress-bar.js';
import { renderStrategyTree } from './strategy-tree.js';

/** The status chip: a symbol and words, coloured by status. */
export function renderStatusChip(status: string): SafeHtml {
    const label = statusChip(status);
    return html`<span class="${`sp-chip sp-chip-${statusClass(status)}`}"><span class="sp-chip-symbol" aria-hidden="true">${label.symbol}</span> ${label.text}</span>`;
}

export function renderGoalCard(goal: GoalView, today: string): SafeHtml {
    const value = (v: number | null) => formatValue(v, goal.unit);
    return html`<article class="${`sp-goal sp-goal-${statusClass(goal.status)}`}"${lineAttribute(goal.line)}>
<header class="sp-goal-head">
<h3 class="sp-goal-title">${goal.title}</h3>
${renderStatusChip(goal.status)}
</header>
<p class="sp-goal-meta">${[
        goal.owner ? html`<span class="sp-meta-item"><span class="sp-meta-label">Owner</span> <span class="sp-person">${goal.owner}</span></span>` : html`<span class="sp-meta-item sp-warn">No owner</span>`,
        goal.avatars.length > 0 ? html`<span class="sp-meta-item"><span class="sp-meta-label">For</span> ${goal.avatars.map(avatar => html`<span class="sp-avatar">${avatar}</span>`)}</span>` : '',
        goal.metric ? html`<span class="sp-meta-item"><span class="sp-meta-label">Metric</span> ${goal.metric}</span>` : ''
    ]}</p>
<dl class="sp-figures">
<div><dt>Actual</dt><dd class="sp-figure-actual">${value(goal.actual)}</dd></div>
<div><dt>Expected today</dt><dd>${value(goal.expected)}</dd></div>
<div><dt>Target</dt><dd>${value(goal.target)}</dd></div>
<div><dt>Progress</dt><dd>${formatPercent(goal.progress)}</dd></div>
</dl>
${renderProgressBar(goal)}
<div class="sp-goal-foot">
${renderLetters(goal)}
<p class="sp-deadline">${goal.deadline ? html`<span class="sp-meta-label">Deadline</span> <time datetime="${goal.deadline}">${formatDate(goal.deadline)}</time>${goal.daysLeft !== null ? html` <span class="sp-days">· ${formatDaysLeft(goal.daysLeft)}</span>` : ''}` : html`<span class="sp-warn">No deadline</span>`}</p>
</div>
${renderLetterReasons(goal)}
${renderChart(goal, today)}
<section class="sp-goal-strategies">
<h4>Strategies and tactics</h4>
${renderStrategyTree(goal)}
</section>
</article>`;
}
